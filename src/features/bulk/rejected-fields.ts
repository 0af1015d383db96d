import { isApiError } from '../../api/api-error.ts';
import type { BulkFormInput } from './bulk-form-schema.ts';

type Target = keyof BulkFormInput | 'root';

// The server's words for what it checks, and the field each belongs on.
const TARGETS: [RegExp, Target][] = [
  [/\baction/i, 'action_ids'],
  [/\b(scenario|instruction|training)/i, 'scenario_ids'],
  [/\bhandoff/i, 'handoff_phone_number'],
  [/\bvoice/i, 'voice_id'],
  [/\blanguage/i, 'language'],
  [/\bfirst.?message/i, 'first_message'],
  [/\bagent/i, 'root'],
];

/** A 400's messages, each on the form field it names (unknown IDs, a bad number), else the top. */
export function rejectedFields(error: unknown): [Target, string][] {
  if (!isApiError(error) || error.status !== 400) return [];
  const messages = error.messages.length ? error.messages : [error.message];
  return messages.map((message) => {
    // "edit.actions.ids: unknown action ID act_x" -> "Unknown action ID act_x" on the field.
    const words = message.replace(/^[\w.]+: /, '');
    return [
      TARGETS.find(([pattern]) => pattern.test(message))?.[1] ?? 'root',
      words.charAt(0).toUpperCase() + words.slice(1),
    ];
  });
}
