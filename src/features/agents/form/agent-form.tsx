import { Paper, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { useModKey } from '../../../components/use-mod-key.ts';
import { ApplyEditsContext } from '../editor/apply-edits-context.ts';
import { ChangeSetContext, useHasChanges } from '../editor/change-set-store.ts';
import { ConflictDialog } from '../editor/conflict-dialog.tsx';
import { RemoteChangesNotice, RestoredDraftNotice } from '../editor/editor-notices.tsx';
import { ChangeMarked } from '../editor/field-marker.tsx';
import { ReviewChangesDialog } from '../editor/review-changes-dialog.tsx';
import { SaveBar } from '../editor/save-bar.tsx';
import { UnsavedChangesGuard } from '../editor/unsaved-changes-guard.tsx';
import { useAgentEditor, type AgentEditor } from '../editor/use-agent-editor.ts';
import { ActionsField } from './fields/actions-field.tsx';
import { FirstMessageField } from './fields/first-message-field.tsx';
import { HandoffField } from './fields/handoff-field.tsx';
import { KnowledgeField } from './fields/knowledge-field.tsx';
import { LanguageField } from './fields/language-field.tsx';
import { NameField } from './fields/name-field.tsx';
import { TrainingField } from './fields/training-field.tsx';
import { TypeField } from './fields/type-field.tsx';
import { VoiceField } from './fields/voice-field.tsx';
import type { AgentFormInput } from './agent-form-values.ts';
import type { EditOrigin } from '../editor/change-set.ts';

/** Puts values into the form as unsaved edits; the origin says where they came from. */
export type ApplyEdits = (values: Partial<AgentFormInput>, origin?: EditOrigin) => void;

interface AgentFormProps {
  /** The newest version in the cache; the editor merges it into the user's edits. */
  agent: PhoneAgent;
  /** Hands out the form's ApplyEdits, for History's "Revert this change". */
  exposeApplyEdits?: (apply: ApplyEdits) => void;
}

/**
 * This component does not render while the user types: each field and the save bar subscribe
 * to their own part of the form and of the change set.
 */
export function AgentForm({ agent, exposeApplyEdits }: AgentFormProps) {
  const editor = useAgentEditor(agent);
  const { base, form, applyEdits } = editor;
  useEffect(() => {
    exposeApplyEdits?.(applyEdits);
  }, [exposeApplyEdits, applyEdits]);
  const { control } = form;
  const values = form.getValues();

  useModKey('s', () => void editor.submit());

  return (
    <ChangeSetContext value={editor.store}>
      <ApplyEditsContext value={editor.applyEdits}>
        <Paper withBorder p="lg" component="section" aria-labelledby="agent-settings-heading">
          <LeaveGuard editor={editor} />
          <ConflictDialog request={editor.conflictRequest} />
          <ReviewChangesDialog editor={editor} />
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
              {editor.draftSavedAt && <DraftNotice editor={editor} savedAt={editor.draftSavedAt} />}
              {editor.remote && (
                <RemoteChangesNotice changes={editor.remote} onDismiss={editor.dismissRemote} />
              )}
              <ChangeMarked field="name">
                <NameField
                  control={control}
                  required={Boolean(base.name?.trim())}
                  defaultValue={values.name}
                />
              </ChangeMarked>
              <ChangeMarked field="type">
                <TypeField control={control} />
              </ChangeMarked>
              <ChangeMarked field="voice_id">
                <VoiceField control={control} />
              </ChangeMarked>
              <ChangeMarked field="language">
                <LanguageField
                  control={control}
                  savedLanguages={Array.isArray(base.language) ? base.language : null}
                />
              </ChangeMarked>
              <ChangeMarked field="first_message">
                <FirstMessageField control={control} defaultValue={values.first_message} />
              </ChangeMarked>
              <ChangeMarked field="handoff_phone_number">
                <HandoffField control={control} agentPhoneNumber={base.phone_number ?? null} />
              </ChangeMarked>
              <ChangeMarked field="use_org_knowledgebase">
                <KnowledgeField control={control} />
              </ChangeMarked>
              <ChangeMarked field="actionIds">
                <ActionsField control={control} />
              </ChangeMarked>
              <ChangeMarked field="instructions">
                <TrainingField control={control} />
              </ChangeMarked>
              <SaveBar editor={editor} />
            </Stack>
          </form>
        </Paper>
      </ApplyEditsContext>
    </ChangeSetContext>
  );
}

function LeaveGuard({ editor }: { editor: AgentEditor }) {
  return <UnsavedChangesGuard when={() => editor.store.publish()} onDiscard={editor.discard} />;
}

function DraftNotice({ editor, savedAt }: { editor: AgentEditor; savedAt: string }) {
  if (!useHasChanges()) return null;
  return (
    <RestoredDraftNotice
      savedAt={savedAt}
      onKeep={editor.dismissDraftNotice}
      onDiscard={editor.discard}
    />
  );
}
