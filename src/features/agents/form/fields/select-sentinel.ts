// Mantine's Select uses null for "nothing picked"; the API uses null for "the default". A named
// option keeps the two apart so "Default" is a visible, deliberate choice.
export const DEFAULT_OPTION = '__default__';

export const toSelectValue = (value: string | null) => value ?? DEFAULT_OPTION;
export const fromSelectValue = (value: string | null) =>
  value === null || value === DEFAULT_OPTION ? null : value;
