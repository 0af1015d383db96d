import { Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useFormState } from 'react-hook-form';
import { voiceLabel } from '../../api/schemas/lookups.ts';
import {
  HANDOFF_EXAMPLE,
  LazySelect,
  languageOptions,
  lookupQueries,
  scenarioLabel,
} from '../agents/public-api.ts';
import type { BulkFormControl } from './bulk-form-schema.ts';
import { ListEditField } from './list-edit-field.tsx';
import { OptInField } from './opt-in-field.tsx';

const ACTION_MODES = [
  { value: 'keep', label: 'Leave as they are' },
  { value: 'all', label: 'All actions' },
  { value: 'none', label: 'No actions' },
  { value: 'set', label: 'Set exactly' },
  { value: 'add', label: 'Add' },
  { value: 'remove', label: 'Remove' },
];
const SCENARIO_MODES = [
  { value: 'keep', label: 'Leave as they are' },
  { value: 'set', label: 'Set exactly' },
  { value: 'add', label: 'Add' },
  { value: 'remove', label: 'Remove' },
];
const PICKER_VERB: Record<string, string> = { set: 'to set', add: 'to add', remove: 'to remove' };

/** Every field a bulk edit can set, each behind its own "Change …" switch. */
export function BulkEditForm({ control }: { control: BulkFormControl }) {
  const { errors } = useFormState({ control });
  const voices = useQuery(lookupQueries.voices());
  const actions = useQuery(lookupQueries.actions());
  const training = useQuery(lookupQueries.training());
  const voiceOptions = useMemo(
    () => (voices.data ?? []).map((voice) => ({ value: voice.id, label: voiceLabel(voice) })),
    [voices.data],
  );
  const languages = useMemo(() => languageOptions(null), []);
  const actionOptions = useMemo(
    () => (actions.data ?? []).map((a) => ({ value: a.id, label: a.name?.trim() || a.id })),
    [actions.data],
  );
  const scenarioOptions = useMemo(
    () => (training.data ?? []).map((s) => ({ value: s.id, label: scenarioLabel(s) })),
    [training.data],
  );

  return (
    <Stack gap="lg">
      <OptInField control={control} name="change_type" label="type">
        <Controller
          control={control}
          name="type"
          render={({ field }) => (
            <Radio.Group label="New type" value={field.value} onChange={field.onChange}>
              <Group gap="md" mt={6}>
                <Radio value="inbound" label="Inbound" />
                <Radio value="outbound" label="Outbound" />
              </Group>
            </Radio.Group>
          )}
        />
      </OptInField>
      <OptInField control={control} name="change_voice" label="voice">
        <Controller
          control={control}
          name="voice_id"
          render={({ field, fieldState }) => (
            <LazySelect
              label="New voice"
              shownValue={voiceOptions.find((o) => o.value === field.value)?.label ?? ''}
              data={voiceOptions}
              searchable
              nothingFoundMessage="No voice matches"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
              disabled={voices.isPending}
            />
          )}
        />
      </OptInField>
      <OptInField control={control} name="change_language" label="language">
        <Controller
          control={control}
          name="language"
          render={({ field, fieldState }) => (
            <LazySelect
              label="New language"
              description="Agents that speak several languages keep them when this is already their first"
              shownValue={languages.find((o) => o.value === field.value)?.label ?? ''}
              data={languages}
              searchable
              nothingFoundMessage="No language matches"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </OptInField>
      <OptInField control={control} name="change_first_message" label="first message">
        <Textarea
          label="New first message"
          description="Leave blank and the agents say “Hello?”."
          autosize
          minRows={2}
          {...control.register('first_message')}
          error={errors.first_message?.message}
        />
      </OptInField>
      <OptInField control={control} name="change_handoff" label="handoff phone number">
        <TextInput
          label="New handoff phone number"
          description={`Any international format, e.g. ${HANDOFF_EXAMPLE}. Leave blank for no human handoff.`}
          type="tel"
          autoComplete="off"
          {...control.register('handoff_phone_number')}
          error={errors.handoff_phone_number?.message}
        />
      </OptInField>
      <OptInField control={control} name="change_knowledge_base" label="knowledge base">
        <Controller
          control={control}
          name="knowledge_base"
          render={({ field }) => (
            <Radio.Group label="Use knowledge base" value={field.value} onChange={field.onChange}>
              <Group gap="md" mt={6}>
                <Radio value="on" label="On" />
                <Radio value="off" label="Off" />
              </Group>
            </Radio.Group>
          )}
        />
      </OptInField>
      <ListEditField
        control={control}
        modeName="actions_mode"
        idsName="action_ids"
        label="Actions"
        modes={ACTION_MODES}
        options={actionOptions}
        pickerLabel={(mode) => `Actions ${PICKER_VERB[mode] ?? ''}`}
        loading={actions.isPending}
      />
      <ListEditField
        control={control}
        modeName="scenarios_mode"
        idsName="scenario_ids"
        label="Training scenarios"
        modes={SCENARIO_MODES}
        options={scenarioOptions}
        pickerLabel={(mode) => `Training scenarios ${PICKER_VERB[mode] ?? ''}`}
        loading={training.isPending}
      />
    </Stack>
  );
}
