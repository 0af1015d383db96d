import { describe, expect, it } from 'vitest';
import { trainingScenarioSchema } from '../../../../api/schemas/lookups.ts';
import { scenarioLabel } from './scenario-label.ts';

const scenario = (title: string, is_draft: boolean) =>
  trainingScenarioSchema.parse({ id: 's1', title, is_draft, type: 'SCENARIO_SPECIFIC' });

describe('scenarioLabel', () => {
  it('marks a draft once', () => {
    expect(scenarioLabel(scenario('Refunds', true))).toBe('Refunds (draft)');
    expect(scenarioLabel(scenario('Holiday opening hours (draft)', true))).toBe(
      'Holiday opening hours (draft)',
    );
    expect(scenarioLabel(scenario('Holiday hours (Draft)', true))).toBe('Holiday hours (Draft)');
  });

  it('leaves a published scenario as titled', () => {
    expect(scenarioLabel(scenario('Refunds', false))).toBe('Refunds');
  });
});
