import type { Option } from './options-with-unknown.ts';

/** The label a select shows for `value`, or the value itself when no option has it. */
export const labelOf = (options: Option[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;

export const labelsOf = (options: Option[], values: string[]) =>
  values.map((v) => labelOf(options, v)).join(', ');
