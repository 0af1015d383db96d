// What other features may use of the agents feature; nothing else of it is theirs to import.
export { agentDisplayName } from './agent-display.ts';
export { agentKeys, agentQueries, lookupQueries } from './agent-queries.ts';
export { usePhoneFormatter } from './format-phone.ts';
export { HANDOFF_EXAMPLE, resolveHandoffNumber } from './form/handoff-number.ts';
export { LazyMultiSelect, LazySelect } from './form/fields/lazy-combobox.tsx';
export { languageName, languageOptions } from './form/fields/language-options.ts';
export { scenarioLabel } from './form/fields/scenario-label.ts';
export type { BulkEditProps } from './list/bulk-edit-slot.ts';
