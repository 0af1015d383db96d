import { trainingLabel, type TrainingScenario } from '../../../../api/schemas/lookups.ts';

const SAYS_DRAFT = /\(draft\)\s*$/i;

/** A scenario's title, marked "(draft)" once when it is one, even if its title already says so. */
export function scenarioLabel(scenario: TrainingScenario): string {
  const label = trainingLabel(scenario);
  return scenario.is_draft && !SAYS_DRAFT.test(label) ? `${label} (draft)` : label;
}
