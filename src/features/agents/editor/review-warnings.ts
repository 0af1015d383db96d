import { samePhoneDigits } from '../form/handoff-number.ts';
import type { ChangeSet } from './change-set.ts';
import type { FieldNames } from './describe-field.ts';
import type { KnownIds } from './use-field-names.ts';

/** What a person should know before saving these changes, in words. */
export function reviewWarnings(changes: ChangeSet, known: KnownIds, names: FieldNames): string[] {
  const { keys, values, saved, base } = changes;
  const warnings: string[] = [];
  if (
    keys.includes('handoff_phone_number') &&
    samePhoneDigits(values.handoff_phone_number, base.phone_number)
  ) {
    warnings.push("The handoff number is the agent's own number: a handoff would call it back.");
  }
  if (keys.includes('instructions')) {
    const added = values.instructions.filter(
      (id) => !saved.instructions.includes(id) && known.draftScenarios.has(id),
    );
    if (added.length) {
      warnings.push(
        `Draft scenarios will be attached, not yet published: ${added.map(names.scenario).join(', ')}.`,
      );
    }
  }
  const unknown = [
    ...(keys.includes('actionIds') && values.actions_mode === 'selected' && known.actions
      ? values.action_ids.filter((id) => !known.actions?.has(id)).map(names.action)
      : []),
    ...(keys.includes('instructions') && known.scenarios
      ? values.instructions.filter((id) => !known.scenarios?.has(id)).map(names.scenario)
      : []),
  ];
  if (unknown.length) {
    warnings.push(`Kept although OpenCX no longer lists them: ${unknown.join(', ')}.`);
  }
  return warnings;
}
