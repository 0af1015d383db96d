import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Radio.css';
import { Group, Loader, Radio, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { lookupQueries } from '../../agent-queries.ts';
import type { ActionsMode, AgentFormControl } from '../agent-form-values.ts';
import { LazyMultiSelect } from './lazy-combobox.tsx';
import { LookupError } from './lookup-error.tsx';
import { UnreadableHint, unreadableCount } from './unreadable-hint.tsx';
import { optionsWithUnknown } from './options-with-unknown.ts';
import { labelsOf } from './option-labels.ts';

const MODE_CHOICES: { value: ActionsMode; label: string }[] = [
  { value: 'all', label: 'All actions' },
  { value: 'none', label: 'No actions' },
  { value: 'selected', label: 'Selected actions' },
];

export function ActionsField({ control }: { control: AgentFormControl }) {
  const mode = useController({ control, name: 'actions_mode' });
  const ids = useController({ control, name: 'action_ids' });
  const actions = useQuery(lookupQueries.actions());
  const unreadable = useQuery({ ...lookupQueries.actions(), select: unreadableCount }).data;

  const data = useMemo(
    () =>
      optionsWithUnknown(
        (actions.data ?? []).map((a) => ({ value: a.id, label: a.name?.trim() || a.id })),
        ids.field.value,
        actions.isSuccess,
        (id) => `Unknown action (${id})`,
      ),
    [actions.data, actions.isSuccess, ids.field.value],
  );

  return (
    <Stack gap="xs">
      <Radio.Group
        label="Actions"
        description="What the agent may do during a call"
        value={mode.field.value}
        onChange={mode.field.onChange}
      >
        <Group gap="lg" mt={6}>
          {MODE_CHOICES.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label} />
          ))}
        </Group>
      </Radio.Group>
      {mode.field.value === 'selected' && (
        <LazyMultiSelect
          label="Selected actions"
          shownValue={labelsOf(data, ids.field.value)}
          placeholder={ids.field.value.length ? undefined : 'Search actions by name'}
          data={data}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage="No action matches"
          value={ids.field.value}
          onChange={ids.field.onChange}
          onBlur={ids.field.onBlur}
          ref={ids.field.ref}
          error={ids.fieldState.error?.message}
          rightSection={actions.isPending ? <Loader size="xs" /> : undefined}
        />
      )}
      <UnreadableHint count={unreadable} one="action" many="actions" />
      {actions.isError && (
        <LookupError
          what="the actions"
          error={actions.error}
          onRetry={() => void actions.refetch()}
        />
      )}
    </Stack>
  );
}
