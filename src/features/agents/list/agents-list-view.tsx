import { Group, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMediaQuery } from '@mantine/hooks';
import {
  memo,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { hasActiveFilters } from './agent-filters.ts';
import { AgentCards } from './agent-cards.tsx';
import { AgentsTable } from './agents-table.tsx';
import { EmptyOrg, NoMatch } from './list-states.tsx';
import { ListToolbar } from './list-toolbar.tsx';
import { useAgentResults } from './use-agent-results.ts';
import { useListView } from './use-list-view.ts';
import type { BulkEditProps } from './bulk-edit-slot.ts';
import { SelectionBar } from './selection-bar.tsx';
import { useListSelection } from './use-list-selection.ts';

const MemoTable = memo(AgentsTable);
const count = new Intl.NumberFormat('en');
const PHONE_QUERY = '(max-width: 40em)';

/** A left click with no key held: the browser would follow the link in this tab. */
const isPlainClick = (e: ReactMouseEvent) =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** Search, filters and sort over a loaded list; the view lives in the address. */
export function AgentsListView({
  agents,
  BulkEdit,
}: {
  agents: readonly PhoneAgent[];
  BulkEdit?: ComponentType<BulkEditProps>;
}) {
  const navigate = useNavigate();
  const { view, text, setText, update, clear, flush } = useListView();
  const { results, models, query, stale } = useAgentResults(agents, text, view.filters, view.sort);
  // A phone gets cards instead of a nine-column table that would scroll sideways.
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  const selection = useListSelection(results);
  const [bulkEditing, setBulkEditing] = useState<string[] | null>(null);

  // Stable callbacks keep the memoised rows from re-rendering on every keystroke.
  const latest = useRef({ flush, navigate });
  useLayoutEffect(() => {
    latest.current = { flush, navigate };
  });
  const openAgent = useCallback(
    (id: string) =>
      void latest.current.navigate({ to: '/agents/$agentId', params: { agentId: id } }),
    [],
  );
  const onOpen = useCallback(
    (id: string) => {
      const written = latest.current.flush();
      if (written) void written.then(() => openAgent(id));
      else openAgent(id);
    },
    [openAgent],
  );
  // A link followed in this tab while typed search is on its way to the address waits for it;
  // one opened in a new tab leaves this page to write it.
  const onFollowLink = useCallback(
    (event: ReactMouseEvent, id: string) => {
      const written = latest.current.flush();
      if (!written || !isPlainClick(event)) return;
      event.preventDefault();
      void written.then(() => openAgent(id));
    },
    [openAgent],
  );

  if (agents.length === 0) return <EmptyOrg />;
  const narrowed = query !== '' || hasActiveFilters(view.filters);
  return (
    <Stack gap="sm">
      <ListToolbar
        text={text}
        onTextChange={setText}
        filters={view.filters}
        sort={view.sort}
        models={models}
        onChange={update}
        folded={phone}
      />
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {narrowed
            ? `${count.format(results.length)} of ${count.format(agents.length)} agents`
            : `${count.format(agents.length)} agents`}
          {query ? ` match “${query}”` : ''}
        </Text>
        <SelectionBar
          store={selection.store}
          shown={results}
          onSelectAllShown={selection.selectAllShown}
          onBulkEdit={BulkEdit && (() => setBulkEditing(selection.store.ids()))}
        />
      </Group>
      {results.length === 0 ? (
        <NoMatch onClear={clear} />
      ) : (
        <div style={{ opacity: stale ? 0.85 : 1 }}>
          {phone ? (
            <AgentCards
              entries={results}
              onOpen={onOpen}
              onFollowLink={onFollowLink}
              selection={selection.store}
              onToggleSelect={selection.toggle}
            />
          ) : (
            <MemoTable
              entries={results}
              onOpen={onOpen}
              onFollowLink={onFollowLink}
              selection={selection.store}
              onToggleSelect={selection.toggle}
            />
          )}
        </div>
      )}
      {BulkEdit && bulkEditing && (
        <BulkEdit agentIds={bulkEditing} onClose={() => setBulkEditing(null)} />
      )}
    </Stack>
  );
}
