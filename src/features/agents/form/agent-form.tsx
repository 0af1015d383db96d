import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { showToast } from '../../../components/toasts.tsx';
import { useMemo, useRef } from 'react';
import { useController, useForm } from 'react-hook-form';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { buildAgentPatch, changedFieldLabels } from '../patch/build-agent-patch.ts';
import { useSaveAgent } from '../editor/use-save-agent.ts';
import { agentToFormInput, previewHandoff, toFormOutput } from './agent-form-input.ts';
import { createAgentFormSchema } from './agent-form-schema.ts';
import type { AgentFormInput, AgentFormOutput } from './agent-form-values.ts';
import { ActionsField } from './fields/actions-field.tsx';
import { HandoffField } from './fields/handoff-field.tsx';
import { LanguageField } from './fields/language-field.tsx';
import { TrainingField } from './fields/training-field.tsx';
import { VoiceField } from './fields/voice-field.tsx';
import { fieldsEditedDuringSave } from './rebase-after-save.ts';
import { serverFieldErrors } from './server-field-errors.ts';

export function AgentForm({ agent }: { agent: PhoneAgent }) {
  const schema = useMemo(() => createAgentFormSchema(agent), [agent]);
  const form = useForm<AgentFormInput, unknown, AgentFormOutput>({
    defaultValues: agentToFormInput(agent),
    resolver: zodResolver(schema),
    mode: 'onTouched',
  });
  const { control, register, formState } = form;
  const save = useSaveAgent(agent.id);
  const inFlight = useRef(false);

  const values = form.watch();
  const savedHandoff = agent.handoff_phone_number ?? null;
  const hasChanges =
    Object.keys(
      buildAgentPatch(
        agent,
        toFormOutput(values, previewHandoff(values.handoff_phone_number, savedHandoff)),
      ),
    ).length > 0;
  const busy = save.isPending || formState.isSubmitting;

  const submit = form.handleSubmit(async (output) => {
    const patch = buildAgentPatch(agent, output);
    if (Object.keys(patch).length === 0) {
      form.reset(agentToFormInput(agent));
      return;
    }
    const submitted = form.getValues();
    save.reset();
    let saved: PhoneAgent;
    try {
      saved = await save.mutateAsync(patch);
    } catch (error) {
      for (const [field, message] of serverFieldErrors(error)) form.setError(field, { message });
      return;
    }
    const current = form.getValues();
    form.reset(agentToFormInput(saved));
    for (const key of fieldsEditedDuringSave(submitted, current)) {
      form.setValue(key, current[key], { shouldDirty: true });
    }
    showToast({
      color: 'green',
      title: 'Agent saved',
      message: `Saved: ${changedFieldLabels(patch).join(', ')}`,
    });
  });

  // Enter, clicks and mod+S arriving together must still send one PATCH.
  const onSave = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await submit();
    } finally {
      inFlight.current = false;
    }
  };

  const discard = () => {
    save.reset();
    form.reset(agentToFormInput(agent));
  };

  useHotkeys([['mod+S', () => void onSave()]], []);

  const type = useController({ control, name: 'type' });
  const knowledge = useController({ control, name: 'use_org_knowledgebase' });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="agent-settings-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <Stack gap="md">
          <Text id="agent-settings-heading" fw={600} size="lg">
            Settings
          </Text>
          <TextInput
            label="Name"
            withAsterisk
            autoComplete="off"
            {...register('name')}
            error={formState.errors.name?.message}
          />
          <Radio.Group
            label="Type"
            description={
              type.field.value === null ? 'This agent has no type on record yet' : undefined
            }
            value={type.field.value ?? ''}
            onChange={(value) => type.field.onChange(value)}
          >
            <Group mt={6}>
              <Radio value="inbound" label="Inbound" />
              <Radio value="outbound" label="Outbound" />
            </Group>
          </Radio.Group>
          <VoiceField control={control} />
          <LanguageField
            control={control}
            savedLanguages={Array.isArray(agent.language) ? agent.language : null}
          />
          <Textarea
            label="First message"
            description="What the agent says when the call starts. Leave blank and the agent says “Hello?”."
            autosize
            minRows={2}
            maxRows={10}
            {...register('first_message')}
            error={formState.errors.first_message?.message}
          />
          <HandoffField
            control={control}
            register={register}
            error={formState.errors.handoff_phone_number?.message}
            agentPhoneNumber={agent.phone_number ?? null}
          />
          <Switch
            label="Use knowledge base"
            description="Let the agent answer from the organisation's knowledge base"
            checked={knowledge.field.value}
            onChange={(event) => knowledge.field.onChange(event.currentTarget.checked)}
            onBlur={knowledge.field.onBlur}
            ref={knowledge.field.ref}
          />
          <ActionsField control={control} />
          <TrainingField control={control} />
          {save.isError && (
            <Alert color="red" title="The changes were not saved" role="alert">
              {save.error.message} Your edits are still here; try again when ready.
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            {hasChanges && (
              <Text size="sm" c="dimmed" mr="auto" role="status">
                Unsaved changes
              </Text>
            )}
            <Button variant="default" onClick={discard} disabled={!hasChanges || busy}>
              Discard changes
            </Button>
            <Button type="submit" disabled={!hasChanges || busy} loading={busy}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
