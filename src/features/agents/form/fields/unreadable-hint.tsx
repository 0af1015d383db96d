import { Text } from '@mantine/core';
import type { Lookup } from '../../../../api/lookups-api.ts';

/** For `useQuery({ ...lookupQueries.actions(), select: unreadableCount })`. */
export const unreadableCount = (lookup: Lookup<unknown>) => lookup.unreadable;

/**
 * "2 actions could not be read": items OpenCX sent outside the contract are left out of the
 * choices instead of failing the whole list, and this says how many.
 */
export function UnreadableHint({
  count = 0,
  one,
  many,
}: {
  count?: number;
  one: string;
  many: string;
}) {
  if (count === 0) return null;
  return (
    <Text size="xs" c="dimmed" mt={4}>
      {count === 1 ? `1 ${one} could not be read` : `${count} ${many} could not be read`}: OpenCX
      sent {count === 1 ? 'it' : 'them'} in an unexpected form, so{' '}
      {count === 1 ? 'it is' : 'they are'} not offered here.
    </Text>
  );
}
