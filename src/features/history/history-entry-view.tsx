import { Badge, Button, Group, Text } from '@mantine/core';
import type { HistoryChange, HistoryEntry, HistorySource } from '../../api/schemas/history.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { describeValue, fieldLabel, type Lookups } from './describe-change.ts';

const SOURCE_LABELS: Record<HistorySource, string> = {
  editor: 'Editor',
  undo: 'Undo',
  revert: 'Reverted',
  bulk: 'Bulk edit',
};

/** How the change was made, in words: "Reverted", "Bulk edit"; null when not known. */
function describeSource(entry: HistoryEntry): string | null {
  if (entry.kind === 'outside') return null;
  return entry.source ? SOURCE_LABELS[entry.source] : null;
}

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
  return `${entry.user} ${entry.outcome === 'failed' ? 'tried to save' : 'saved'}`;
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
  const source = describeSource(entry);
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
        {source && (
          <Badge size="sm" variant="light" color="blue">
            {source}
          </Badge>
        )}
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
