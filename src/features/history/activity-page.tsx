import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { observeRectOr } from '../../lib/observe-rect-or.ts';
import { useMemo, useRef, useState } from 'react';
import { listAllHistory } from '../../api/history-api.ts';
import { QueryErrorAlert } from '../../components/query-error-alert.tsx';
import { agentQueries } from '../agents/public-api.ts';
import type { ActivitySearch } from './activity-search.ts';
import { toHistoryFilter } from './activity-search.ts';
import { FIELD_CHOICES } from './describe-change.ts';
import { download, entriesToCsv, entriesToJson } from './export-entries.ts';
import { HistoryEntryView } from './history-entry-view.tsx';
import { historyQueries } from './history-queries.ts';
import { UnrecordedNotice } from './unrecorded-notice.tsx';
import './history.css';
import { useLookups } from './use-lookups.ts';

const observeRect = observeRectOr({ width: 800, height: 800 });

/** Every recorded change across agents, filtered by the address, newest first. */
export function ActivityPage() {
  const search = useSearch({ from: '/activity' });
  const navigate = useNavigate({ from: '/activity' });
  const filter = useMemo(() => toHistoryFilter(search), [search]);
  const history = useInfiniteQuery(historyQueries.activity(filter));
  const agents = useQuery(agentQueries.list());
  const lookups = useLookups();
  const [exporting, setExporting] = useState(false);
  const entries = useMemo(
    () => history.data?.pages.flatMap((page) => page.entries) ?? [],
    [history.data],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 110,
    observeElementRect: observeRect,
    overscan: 8,
  });

  const setFilter = (key: keyof ActivitySearch, value: string) =>
    void navigate({
      search: (current: ActivitySearch) => ({ ...current, [key]: value || undefined }),
      replace: true,
    });

  const exportAs = async (format: 'csv' | 'json') => {
    setExporting(true);
    try {
      const all = await listAllHistory(filter);
      const stamp = new Date().toISOString().slice(0, 10);
      if (format === 'csv') download(`activity-${stamp}.csv`, 'text/csv', entriesToCsv(all));
      else download(`activity-${stamp}.json`, 'application/json', entriesToJson(all));
    } finally {
      setExporting(false);
    }
  };

  const agentOptions = [
    { value: '', label: 'All agents' },
    ...(agents.data ?? []).map((agent) => ({ value: agent.id, label: agent.name || agent.id })),
  ];

  return (
    <Stack>
      <Title order={1}>Activity</Title>
      <Group align="end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Agent"
          data={agentOptions}
          value={search.agent ?? ''}
          onChange={(event) => setFilter('agent', event.currentTarget.value)}
        />
        <TextInput
          label="User"
          defaultValue={search.user ?? ''}
          onBlur={(event) => setFilter('user', event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') setFilter('user', event.currentTarget.value);
          }}
        />
        <NativeSelect
          label="Field"
          data={[{ value: '', label: 'Any field' }, ...FIELD_CHOICES]}
          value={search.field ?? ''}
          onChange={(event) => setFilter('field', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="From"
          value={search.from ?? ''}
          onChange={(event) => setFilter('from', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="To"
          value={search.to ?? ''}
          onChange={(event) => setFilter('to', event.currentTarget.value)}
        />
        <Button variant="default" disabled={exporting} onClick={() => void exportAs('csv')}>
          Export CSV
        </Button>
        <Button variant="default" disabled={exporting} onClick={() => void exportAs('json')}>
          Export JSON
        </Button>
      </Group>
      {history.isError && (
        <QueryErrorAlert
          title="Could not load the activity"
          error={history.error}
          onRetry={() => void history.refetch()}
          retrying={history.isFetching}
        />
      )}
      <UnrecordedNotice count={history.data?.pages[0]?.unrecorded} />
      {history.isPending && <Text c="dimmed">Loading the activity…</Text>}
      {history.isSuccess && entries.length === 0 && (
        <Text c="dimmed">No changes match these filters.</Text>
      )}
      <div
        ref={scrollRef}
        style={{ height: '70vh', overflow: 'auto', display: entries.length ? 'block' : 'none' }}
        tabIndex={0}
        role="region"
        aria-label="Changes, newest first"
      >
        <ol
          className="history-list"
          style={{ position: 'relative', height: virtualizer.getTotalSize(), display: 'block' }}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const entry = entries[row.index];
            if (!entry) return null;
            return (
              <li
                key={entry.id}
                data-index={row.index}
                ref={virtualizer.measureElement}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${row.start}px)`,
                  paddingBottom: 'var(--mantine-spacing-md)',
                }}
              >
                <HistoryEntryView entry={entry} lookups={lookups} showAgent />
              </li>
            );
          })}
        </ol>
      </div>
      {history.hasNextPage && (
        <Button
          variant="default"
          loading={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          Load older changes
        </Button>
      )}
    </Stack>
  );
}
