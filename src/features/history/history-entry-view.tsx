import { Button, Group, Text } from '@mantine/core';
import type { HistoryChange, HistoryEntry } from '../../api/schemas/history.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { describeValue, fieldLabel, type Lookups } from './describe-change.ts';

const SOURCE_LABELS: Record<string, string> = {
  editor: 'in the editor',
  undo: 'by undo',
  revert: 'by a revert',
  bulk: 'by a bulk edit',
};

const REVERTIBLE = new Set([
  'name',
  'type',
  'voice_id',
  'language',
  'first_message',
  'handoff_phone_number',
  'use_org_knowledgebase',
  'actionIds',
  'instructions',
]);

export function revertibleChanges(entry: HistoryEntry): HistoryChange[] {
  if (entry.outcome === 'failed') return [];
  return entry.changes.filter((change) => REVERTIBLE.has(change.field));
}

export function describeWho(entry: HistoryEntry): string {
  if (entry.kind === 'outside') return 'Changed outside the console';
  const how = entry.source ? ` ${SOURCE_LABELS[entry.source] ?? ''}` : '';
  const what = entry.outcome === 'failed' ? 'tried to save' : 'saved';
  return `${entry.user} ${what}${how}`;
}

interface Props {
  entry: HistoryEntry;
  lookups: Lookups;
  showAgent?: boolean;
  onRevert?: (changes: HistoryChange[]) => void;
}

/** One entry: when, who, and each field's before → after in words. */
export function HistoryEntryView({ entry, lookups, showAgent, onRevert }: Props) {
  const revertible = onRevert ? revertibleChanges(entry) : [];
  return (
    <div className="history-entry">
      <Group gap="xs" wrap="wrap">
        <RelativeTime iso={entry.at} />
        <Text span size="sm">
          {showAgent && (
            <>
              <Text span fw={600} size="sm">
                {entry.agentName}
              </Text>
              {' · '}
            </>
          )}
          {describeWho(entry)}
        </Text>
      </Group>
      {entry.outcome === 'failed' && (
        <Text size="sm" c="red.8">
          Not saved: {entry.reason ?? 'OpenCX refused it'}
        </Text>
      )}
      <ul className="history-changes">
        {entry.changes.map((change) => (
          <li key={change.field}>
            <Text span size="sm" fw={600}>
              {fieldLabel(change.field)}:
            </Text>{' '}
            <Text span size="sm" className="history-before">
              {describeValue(change.field, change.before, lookups)}
            </Text>
            <Text span size="sm" aria-label="changed to">
              {' → '}
            </Text>
            <Text span size="sm">
              {describeValue(change.field, change.after, lookups)}
            </Text>
          </li>
        ))}
      </ul>
      {revertible.length > 0 && onRevert && (
        <Button size="xs" variant="default" onClick={() => onRevert(revertible)}>
          Revert this change
        </Button>
      )}
    </div>
  );
}
