import type { UseFormReturn } from 'react-hook-form';
import type { AgentFormInput, AgentFormOutput } from '../form/agent-form-values.ts';
import { EDITABLE_FIELDS, INPUTS_OF } from './merge-agent-edits.ts';

// Every form input, in form order, from the one map of which inputs hold which OpenCX field.
const INPUT_KEYS = EDITABLE_FIELDS.flatMap((field) => INPUTS_OF[field]);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Makes `base` the form's saved baseline while showing `values`: every input that differs from
 * the base stays an unsaved edit, everything else shows the base.
 */
export function rebaseForm(
  form: UseFormReturn<AgentFormInput, unknown, AgentFormOutput>,
  base: AgentFormInput,
  values: AgentFormInput,
) {
  form.reset(base);
  for (const key of INPUT_KEYS) {
    if (!same(base[key], values[key])) {
      form.setValue(key, values[key], { shouldDirty: true, shouldValidate: false });
    }
  }
}

/** Inputs the user changed between two snapshots (e.g. while a save was in flight). */
export function changedInputs(before: AgentFormInput, after: AgentFormInput) {
  return INPUT_KEYS.filter((key) => !same(before[key], after[key]));
}
