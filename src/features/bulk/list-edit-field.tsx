import { Group, Radio, Stack } from '@mantine/core';
import { useController } from 'react-hook-form';
import { LazyMultiSelect } from '../agents/public-api.ts';
import type { BulkFormControl } from './bulk-form-schema.ts';

interface Option {
  value: string;
  label: string;
}

interface ListEditFieldProps {
  control: BulkFormControl;
  modeName: 'actions_mode' | 'scenarios_mode';
  idsName: 'action_ids' | 'scenario_ids';
  /** "Actions", "Training scenarios". */
  label: string;
  modes: readonly { value: string; label: string }[];
  options: Option[];
  /** What the picker is called per mode, e.g. "Actions to add". */
  pickerLabel: (mode: string) => string;
  loading: boolean;
}

const PICKS = new Set(['set', 'add', 'remove']);

/** Set exactly, add or remove for a list of IDs (plus, for actions, All and None). */
export function ListEditField(props: ListEditFieldProps) {
  const { control, modeName, idsName, label, modes, options, pickerLabel, loading } = props;
  const mode = useController({ control, name: modeName });
  const ids = useController({ control, name: idsName });
  const labels = new Map(options.map((option) => [option.value, option.label]));
  return (
    <Stack gap="xs">
      <Radio.Group label={label} value={mode.field.value} onChange={mode.field.onChange}>
        <Group gap="md" mt={6} wrap="wrap">
          {modes.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label} />
          ))}
        </Group>
      </Radio.Group>
      {PICKS.has(mode.field.value) && (
        <LazyMultiSelect
          label={pickerLabel(mode.field.value)}
          shownValue={ids.field.value.map((id) => labels.get(id) ?? id).join(', ')}
          data={options}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage="Nothing matches"
          disabled={loading}
          value={ids.field.value}
          onChange={ids.field.onChange}
          onBlur={ids.field.onBlur}
          ref={ids.field.ref}
          error={ids.fieldState.error?.message}
        />
      )}
    </Stack>
  );
}
