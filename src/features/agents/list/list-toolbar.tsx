// NativeSelect's chevron is styled by Combobox's stylesheet.
import '@mantine/core/styles/Combobox.css';
import { Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import './list-toolbar.css';
import type { AgentFilters, TypeFilter, YesNo } from './agent-filters.ts';
import { TYPE_FILTERS, UNKNOWN_MODEL, YES_NO } from './agent-filters.ts';
import { SORT_KEYS, SORT_LABELS, type SortKey } from './agent-sort.ts';

interface ListToolbarProps {
  text: string;
  onTextChange: (text: string) => void;
  filters: AgentFilters;
  sort: SortKey;
  models: string[];
  onChange: (change: { filters?: Partial<AgentFilters>; sort?: SortKey }) => void;
  /** On a phone the filters and sort fold away behind "Filters (N)". */
  folded?: boolean;
}

const ANY = '';
const TYPE_LABELS: Record<TypeFilter, string> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
  unknown: 'Type unknown',
};
const YES_NO_LABELS: Record<YesNo, string> = { yes: 'Yes', no: 'No' };

const anyOr = <T extends string>(value: string): T | null => (value === ANY ? null : (value as T));

export function ListToolbar({
  text,
  onTextChange,
  filters,
  sort,
  models,
  onChange,
  folded = false,
}: ListToolbarProps) {
  const search = (
    <TextInput
      label="Search agents"
      description="Name, agent ID, or phone number in any format"
      placeholder="e.g. Front desk, 3f6c2a1e, (415) 555-0100"
      type="search"
      value={text}
      onChange={(event) => onTextChange(event.currentTarget.value)}
      // A flex basis in the phone's column would be a height: 320 px of empty space.
      style={folded ? undefined : { flex: '1 1 320px' }}
      autoComplete="off"
      spellCheck={false}
    />
  );
  const controls = (
    <>
      <NativeSelect
        label="Type"
        value={filters.type ?? ANY}
        onChange={(e) => onChange({ filters: { type: anyOr<TypeFilter>(e.currentTarget.value) } })}
        data={[
          { value: ANY, label: 'Any type' },
          ...TYPE_FILTERS.map((t) => ({ value: t, label: TYPE_LABELS[t] })),
        ]}
      />
      <NativeSelect
        label="Model"
        value={filters.model ?? ANY}
        onChange={(e) => onChange({ filters: { model: anyOr(e.currentTarget.value) } })}
        data={[
          { value: ANY, label: 'Any model' },
          ...models.map((m) => ({ value: m, label: m === UNKNOWN_MODEL ? 'Model unknown' : m })),
        ]}
      />
      <NativeSelect
        label="Knowledge base"
        value={filters.knowledgeBase ?? ANY}
        onChange={(e) =>
          onChange({ filters: { knowledgeBase: anyOr<YesNo>(e.currentTarget.value) } })
        }
        data={[
          { value: ANY, label: 'Any' },
          ...YES_NO.map((v) => ({ value: v, label: v === 'yes' ? 'On' : 'Off' })),
        ]}
      />
      <NativeSelect
        label="Handoff number"
        value={filters.handoff ?? ANY}
        onChange={(e) => onChange({ filters: { handoff: anyOr<YesNo>(e.currentTarget.value) } })}
        data={[
          { value: ANY, label: 'Any' },
          ...YES_NO.map((v) => ({ value: v, label: YES_NO_LABELS[v] })),
        ]}
      />
      <NativeSelect
        label="Sort by"
        value={sort}
        onChange={(e) => onChange({ sort: e.currentTarget.value as SortKey })}
        data={SORT_KEYS.map((key) => ({ value: key, label: SORT_LABELS[key] }))}
      />
    </>
  );
  if (!folded) {
    return (
      <Group align="flex-end" gap="sm" wrap="wrap">
        {search}
        {controls}
      </Group>
    );
  }
  const active = Object.values(filters).filter((value) => value !== null).length;
  return (
    <Stack gap="xs">
      {search}
      <details className="list-filters">
        <summary>Filters ({active})</summary>
        <Group align="flex-end" gap="sm" wrap="wrap" mt="xs">
          {controls}
        </Group>
      </details>
    </Stack>
  );
}
