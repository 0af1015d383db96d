import { Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { scenarioLabel } from './scenario-label.ts';
import { lookupQueries } from '../../agent-queries.ts';
import type { AgentFormControl } from '../agent-form-values.ts';
import { LazyMultiSelect } from './lazy-combobox.tsx';
import { LookupError } from './lookup-error.tsx';
import { UnreadableHint, unreadableCount } from './unreadable-hint.tsx';
import { optionsWithUnknown } from './options-with-unknown.ts';
import { labelsOf } from './option-labels.ts';

export function TrainingField({ control }: { control: AgentFormControl }) {
  const { field, fieldState } = useController({ control, name: 'instructions' });
  const training = useQuery(lookupQueries.training());
  const unreadable = useQuery({ ...lookupQueries.training(), select: unreadableCount }).data;

  const data = useMemo(
    () =>
      optionsWithUnknown(
        (training.data ?? []).map((s) => ({
          value: s.id,
          label: scenarioLabel(s),
        })),
        field.value,
        training.isSuccess,
        (id) => `Unknown scenario (${id})`,
      ),
    [training.data, training.isSuccess, field.value],
  );

  return (
    <div>
      <LazyMultiSelect
        label="Training scenarios"
        shownValue={labelsOf(data, field.value)}
        description="Scenarios the agent is trained on; drafts are not yet published"
        placeholder={field.value.length ? undefined : 'Search scenarios by title'}
        data={data}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage="No scenario matches"
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        ref={field.ref}
        error={fieldState.error?.message}
        rightSection={training.isPending ? <Loader size="xs" /> : undefined}
      />
      <UnreadableHint count={unreadable} one="training scenario" many="training scenarios" />
      {training.isError && (
        <LookupError
          what="the training scenarios"
          error={training.error}
          onRetry={() => void training.refetch()}
        />
      )}
    </div>
  );
}
