export interface Option {
  value: string;
  label: string;
}

/**
 * Adds an option for every selected ID the lookup does not know, so a stale or foreign ID stays
 * visible and selected instead of silently disappearing on the next save.
 */
export function optionsWithUnknown(
  options: Option[],
  selected: string[],
  loaded: boolean,
  unknownLabel: (id: string) => string,
): Option[] {
  const known = new Set(options.map((o) => o.value));
  const missing = selected
    .filter((id) => !known.has(id))
    .map((id) => ({ value: id, label: loaded ? unknownLabel(id) : id }));
  return [...missing, ...options];
}
