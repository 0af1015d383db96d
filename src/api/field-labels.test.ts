import { describe, expect, it } from 'vitest';
import { withFieldLabels } from './field-labels.ts';

describe('withFieldLabels', () => {
  it('names fields as the form labels them', () => {
    expect(withFieldLabels('first_message must be shorter than 1000 characters')).toBe(
      'First message must be shorter than 1000 characters',
    );
    expect(withFieldLabels('handoff_phone_number: must be in E.164 form')).toBe(
      'Handoff phone number: must be in E.164 form',
    );
    expect(withFieldLabels('each value in actionIds must be a UUID')).toBe(
      'each value in Actions must be a UUID',
    );
    expect(withFieldLabels('name must not be blank')).toBe('Name must not be blank');
  });

  it('leaves ordinary words alone', () => {
    expect(withFieldLabels('the name you gave is taken')).toBe('the name you gave is taken');
    expect(withFieldLabels('unknown type of request')).toBe('unknown type of request');
  });
});
