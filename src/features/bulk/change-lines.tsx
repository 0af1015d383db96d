import { Text } from '@mantine/core';
import type { HistoryChange } from '../../api/schemas/history.ts';
import { usePhoneFormatter } from '../agents/public-api.ts';
import { fieldLabel, useLookups } from '../history/public-api.ts';
import { describeBulkValue } from './describe-bulk-value.ts';

/** Each field's value before -> after, in words. */
export function ChangeLines({ changes, verb }: { changes: HistoryChange[]; verb: string }) {
  const lookups = useLookups();
  const formatPhone = usePhoneFormatter();
  const describe = (field: string, value: unknown) =>
    describeBulkValue(field, value, lookups, formatPhone);
  return (
    <ul className="bulk-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <Text span size="sm" fw={600}>
            {fieldLabel(change.field)}:
          </Text>{' '}
          <Text span size="sm">
            {describe(change.field, change.before)}
          </Text>
          <Text span size="sm" aria-label={verb}>
            {' → '}
          </Text>
          <Text span size="sm">
            {describe(change.field, change.after)}
          </Text>
        </li>
      ))}
    </ul>
  );
}
