import { Group, InputBase, Paper, Stack, Text, TextInput } from '@mantine/core';
import { Button } from '../../../components/button.tsx';
import { useEffect } from 'react';
import { useController } from 'react-hook-form';
import { AGENT_TYPES } from '../../../api/schemas/agent.ts';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ToggleSwitch } from '../../../components/toggle-switch.tsx';
import { modKeyLabel, useModKey } from '../../../components/use-mod-key.ts';
import { ConflictDialog, preloadConflictChoices } from '../editor/conflict-dialog.tsx';
import { RemoteChangesNotice, RestoredDraftNotice } from '../editor/editor-notices.tsx';
import { SaveStatus } from '../editor/save-status.tsx';
import { UnsavedChangesGuard } from '../editor/unsaved-changes-guard.tsx';
import { useAgentEditor } from '../editor/use-agent-editor.ts';
import { useOnline } from '../editor/use-online.ts';
import { ActionsField } from './fields/actions-field.tsx';
import { HandoffField } from './fields/handoff-field.tsx';
import { LanguageField } from './fields/language-field.tsx';
import { TrainingField } from './fields/training-field.tsx';
import { VoiceField } from './fields/voice-field.tsx';
import type { AgentFormInput } from './agent-form-values.ts';

const TYPE_CHOICES = AGENT_TYPES.map((value) => ({
  value,
  label: value === 'inbound' ? 'Inbound' : 'Outbound',
}));

const FIRST_MESSAGE_STYLES = {
  input: { fieldSizing: 'content', minHeight: '4.25em', maxHeight: '15em', resize: 'vertical' },
} as const;

/** Puts values into the form as unsaved edits, as if the user had typed them. */
export type ApplyEdits = (values: Partial<AgentFormInput>) => void;

interface AgentFormProps {
  /** The newest version in the cache; the editor merges it into the user's edits. */
  agent: PhoneAgent;
  /** Hands out the form's ApplyEdits, for History's "Revert this change". */
  exposeApplyEdits?: (apply: ApplyEdits) => void;
}

export function AgentForm({ agent, exposeApplyEdits }: AgentFormProps) {
  const editor = useAgentEditor(agent);
  const { form, base, hasChanges, phase } = editor;
  useEffect(() => {
    exposeApplyEdits?.((values) => {
      for (const [key, value] of Object.entries(values)) {
        form.setValue(key as keyof AgentFormInput, value as never, {
          shouldDirty: true,
          shouldTouch: true,
        });
      }
    });
  }, [exposeApplyEdits, form]);
  const { control, register, formState } = form;
  const online = useOnline();
  const busy = phase !== 'idle';

  useModKey('s', () => void editor.submit());
  useEffect(() => {
    if (hasChanges) preloadConflictChoices();
  }, [hasChanges]);

  const type = useController({ control, name: 'type' });
  const knowledge = useController({ control, name: 'use_org_knowledgebase' });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="agent-settings-heading">
      <UnsavedChangesGuard when={hasChanges} onDiscard={editor.discard} />
      <ConflictDialog request={editor.conflictRequest} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void editor.submit();
        }}
      >
        <Stack gap="md">
          <Text id="agent-settings-heading" fw={600} size="lg">
            Settings
          </Text>
          {editor.draftSavedAt && hasChanges && (
            <RestoredDraftNotice
              savedAt={editor.draftSavedAt}
              onKeep={editor.dismissDraftNotice}
              onDiscard={editor.discard}
            />
          )}
          {editor.remote && (
            <RemoteChangesNotice changes={editor.remote} onDismiss={editor.dismissRemote} />
          )}
          <TextInput
            label="Name"
            withAsterisk={Boolean(base.name?.trim())}
            autoComplete="off"
            {...register('name')}
            error={formState.errors.name?.message}
          />
          <ChoiceGroup
            label="Type"
            description={
              type.field.value === null ? 'This agent has no type on record yet' : undefined
            }
            choices={TYPE_CHOICES}
            value={type.field.value}
            onChange={type.field.onChange}
          />
          <VoiceField control={control} />
          <LanguageField
            control={control}
            savedLanguages={Array.isArray(base.language) ? base.language : null}
          />
          <InputBase
            component="textarea"
            multiline
            rows={2}
            // Grows with its text where the browser can (field-sizing), scrolls after about nine lines.
            styles={FIRST_MESSAGE_STYLES}
            label="First message"
            description="What the agent says when the call starts. Leave blank and the agent says “Hello?”."
            {...register('first_message')}
            error={formState.errors.first_message?.message}
          />
          <HandoffField
            control={control}
            register={register}
            error={formState.errors.handoff_phone_number?.message}
            agentPhoneNumber={base.phone_number ?? null}
          />
          <ToggleSwitch
            label="Use knowledge base"
            description="Let the agent answer from the organisation's knowledge base"
            checked={knowledge.field.value}
            onChange={(event) => knowledge.field.onChange(event.currentTarget.checked)}
            onBlur={knowledge.field.onBlur}
            ref={knowledge.field.ref}
          />
          <ActionsField control={control} />
          <TrainingField control={control} />
          <SaveStatus
            phase={phase}
            online={online}
            error={editor.error}
            edits={form.getValues()}
            onRetry={() => void editor.submit()}
          />
          <Group justify="flex-end" gap="sm">
            {hasChanges && (
              <Text size="sm" c="dimmed" mr="auto" role="status">
                Unsaved changes
              </Text>
            )}
            <Button variant="default" onClick={editor.discard} disabled={!hasChanges || busy}>
              Discard changes
            </Button>
            <Button
              type="submit"
              disabled={!hasChanges || busy}
              loading={busy}
              aria-keyshortcuts={modKeyLabel('s').aria}
            >
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
