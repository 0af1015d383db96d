import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { voiceLabel } from '../../../api/schemas/lookups.ts';
import { lookupQueries } from '../agent-queries.ts';
import { usePhoneFormatter } from '../format-phone.ts';
import { scenarioLabel } from '../form/fields/scenario-label.ts';
import type { FieldNames } from './describe-field.ts';

export interface KnownIds {
  /** Null until the list has loaded: nothing can be called unknown before then. */
  actions: Set<string> | null;
  scenarios: Set<string> | null;
  draftScenarios: Set<string>;
}

/** Names for the IDs in the form, from the lookups the fields already loaded. */
export function useFieldNames(): { names: FieldNames; known: KnownIds } {
  const voices = useQuery(lookupQueries.voices());
  const actions = useQuery(lookupQueries.actions());
  const training = useQuery(lookupQueries.training());
  const phone = usePhoneFormatter();
  return useMemo(() => {
    const voice = new Map(voices.data?.map((v) => [v.id, voiceLabel(v)]));
    const action = new Map(actions.data?.map((a) => [a.id, a.name?.trim() || a.id]));
    const scenario = new Map(training.data?.map((s) => [s.id, scenarioLabel(s)]));
    return {
      names: {
        voice: (id) => voice.get(id) ?? `Unknown voice (${id})`,
        action: (id) => action.get(id) ?? `Unknown action (${id})`,
        scenario: (id) => scenario.get(id) ?? `Unknown scenario (${id})`,
        phone,
      },
      known: {
        actions: actions.data ? new Set(action.keys()) : null,
        scenarios: training.data ? new Set(scenario.keys()) : null,
        draftScenarios: new Set(training.data?.filter((s) => s.is_draft).map((s) => s.id)),
      },
    };
  }, [voices.data, actions.data, training.data, phone]);
}
