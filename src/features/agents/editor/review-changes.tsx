import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { languageName } from '../form/fields/language-options.ts';
import { FIELD_LABELS } from '../patch/build-agent-patch.ts';
import { languageReplacement } from './change-set.ts';
import { useChangeSet } from './change-set-store.ts';
import { describeField } from './describe-field.ts';
import { ResetButton } from './field-marker.tsx';
import { reviewWarnings } from './review-warnings.ts';
import type { AgentEditor } from './use-agent-editor.ts';
import { useFieldNames } from './use-field-names.ts';
import './review-changes-dialog.css';

/** The review's content: loaded when first opened, so the editor's first load does not carry it. */
export function ReviewChanges({ editor }: { editor: AgentEditor }) {
  const changes = useChangeSet((c) => c);
  const { names, known } = useFieldNames();
  const warnings = reviewWarnings(changes, known, names);
  const replacement = languageReplacement(changes);
  const ticked = replacement !== null && editor.languageConfirmed(replacement.next);
  const replaceLabel = replacement
    ? `Replace all ${replacement.languages.length} languages with ${
        replacement.next === null ? 'the default language' : languageName(replacement.next)
      }`
    : '';

  if (changes.keys.length === 0) {
    return (
      <>
        <Text>There are no unsaved changes.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={editor.review.close} data-autofocus>
            Close
          </Button>
        </Group>
      </>
    );
  }
  return (
    <Stack gap="md">
      <div className="review-changes__scroll">
        <table className="review-changes">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Saved</th>
              <th scope="col">New</th>
            </tr>
          </thead>
          <tbody>
            {changes.keys.map((key) => (
              <tr key={key}>
                <th scope="row">
                  <div>{FIELD_LABELS[key]}</div>
                  <ResetButton field={key} />
                </th>
                <td>{describeField(key, changes.saved, names)}</td>
                <td>{describeField(key, changes.values, names)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="review-changes__notes">
        {replacement && (
          <Alert color="yellow" title="This agent speaks more than one language" role="note">
            <Text size="sm" mb="xs">
              It speaks {replacement.languages.map(languageName).join(', ')}. OpenCX keeps one
              language when the primary language changes.
            </Text>
            <label className="review-changes__tick">
              <input
                type="checkbox"
                checked={ticked}
                onChange={(event) =>
                  editor.confirmLanguage(event.currentTarget.checked ? replacement.next : undefined)
                }
              />
              {replaceLabel}
            </label>
          </Alert>
        )}
        {warnings.map((warning) => (
          <Alert key={warning} color="yellow" title="Check before saving" role="note">
            <Text size="sm">{warning}</Text>
          </Alert>
        ))}
      </div>
      <Group justify="flex-end">
        <Button variant="default" onClick={editor.review.close} data-autofocus>
          Keep editing
        </Button>
        <Button
          disabled={(replacement !== null && !ticked) || editor.pending}
          onClick={() => {
            editor.review.close();
            void editor.submit();
          }}
        >
          Save changes
        </Button>
      </Group>
    </Stack>
  );
}
