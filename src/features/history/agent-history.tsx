import { Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { PhoneAgent } from '../../api/schemas/agent.ts';
import type { HistoryChange } from '../../api/schemas/history.ts';
import { AnchorLink } from '../../lib/anchor-link.tsx';
import { HistoryEntryView } from './history-entry-view.tsx';
import { historyQueries } from './history-queries.ts';
import { UnrecordedNotice } from './unrecorded-notice.tsx';
import './history.css';
import { useLookups } from './use-lookups.ts';

interface Props {
  agent: PhoneAgent;
  /** Puts the old values into the form as unsaved edits; never saves by itself. */
  onRevert?: (changes: HistoryChange[]) => void;
}

/** The editor's "History" section: this agent's entries, newest first. */
export function AgentHistory({ agent, onRevert }: Props) {
  const headingId = useId();
  const history = useQuery(historyQueries.agent(agent.id, agent.updated_at));
  const lookups = useLookups();
  const entries = history.data?.entries ?? [];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Text id={headingId} fw={600} size="lg" component="h2">
          History
        </Text>
        <UnrecordedNotice count={history.data?.unrecorded} />
        {history.isPending && <Text c="dimmed">Loading the history…</Text>}
        {history.isError && <Text c="dimmed">The history could not be loaded.</Text>}
        {history.isSuccess && entries.length === 0 && (
          <Text c="dimmed">No changes recorded for this agent yet.</Text>
        )}
        {entries.length > 0 && (
          <ol className="history-list" aria-label="Changes, newest first">
            {entries.map((entry) => (
              <li key={entry.id}>
                <HistoryEntryView entry={entry} lookups={lookups} onRevert={onRevert} />
              </li>
            ))}
          </ol>
        )}
        <AnchorLink to="/activity" search={{ agent: agent.id }} size="sm">
          All activity for this agent
        </AnchorLink>
      </Stack>
    </Paper>
  );
}
