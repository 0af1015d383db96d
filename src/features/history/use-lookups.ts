import { useQuery } from '@tanstack/react-query';
import { lookupQueries } from '../agents/public-api.ts';
import type { Lookups } from './describe-change.ts';

/** The names history shows in place of IDs; until they load, IDs stand in. */
export function useLookups(): Lookups {
  const voices = useQuery(lookupQueries.voices());
  const actions = useQuery(lookupQueries.actions());
  const scenarios = useQuery(lookupQueries.training());
  return { voices: voices.data, actions: actions.data, scenarios: scenarios.data };
}
