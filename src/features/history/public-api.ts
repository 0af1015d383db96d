// What other features may use of the history feature.
export { describeValue, fieldLabel, type Lookups } from './describe-change.ts';
export { useLookups } from './use-lookups.ts';
