import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { rejectedFields } from './rejected-fields.ts';

const badRequest = (message: string) =>
  new ApiError(message, { status: 400, kind: 'http', messages: [message] });

describe('rejectedFields', () => {
  it('puts each of the server’s refusals on the field it names, in words', () => {
    expect(rejectedFields(badRequest('edit.actions.ids: unknown action ID act_x'))).toEqual([
      ['action_ids', 'Unknown action ID act_x'],
    ]);
    expect(
      rejectedFields(badRequest('edit.scenarios.ids: unknown training scenario ID scn_x')),
    ).toEqual([['scenario_ids', 'Unknown training scenario ID scn_x']]);
    expect(rejectedFields(badRequest('edit.voice_id: unknown voice v_x'))).toEqual([
      ['voice_id', 'Unknown voice v_x'],
    ]);
    expect(rejectedFields(badRequest('agentIds: unknown agent ID a1, a2'))).toEqual([
      ['root', 'Unknown agent ID a1, a2'],
    ]);
  });

  it('leaves other failures to the general message', () => {
    expect(rejectedFields(new ApiError('boom', { status: 500, kind: 'http' }))).toEqual([]);
    expect(rejectedFields(new Error('offline'))).toEqual([]);
  });
});
