import { afterEach, describe, expect, it } from 'vitest';
import { agentToFormInput } from '../form/agent-form-input.ts';
import { clearDraft, loadDraft, saveDraft } from './agent-drafts.ts';

const agent = { id: 'agent-1', name: 'Front Desk', updated_at: '2026-10-01T09:00:00.000Z' };

afterEach(() => window.localStorage.clear());

describe('agent drafts', () => {
  it('round-trips the edits with the version they were based on', () => {
    const input = { ...agentToFormInput(agent), name: 'Edited' };
    saveDraft(agent.id, agent, input);
    const draft = loadDraft(agent.id);
    expect(draft?.input.name).toBe('Edited');
    expect(draft?.base.updated_at).toBe(agent.updated_at);
    expect(Date.parse(draft?.savedAt ?? '')).not.toBeNaN();
  });

  it('keeps drafts per agent and clears them', () => {
    saveDraft('a', { ...agent, id: 'a' }, agentToFormInput(agent));
    expect(loadDraft('b')).toBeNull();
    clearDraft('a');
    expect(loadDraft('a')).toBeNull();
  });

  it('ignores a corrupt draft instead of crashing the editor', () => {
    window.localStorage.setItem('opencx-console:draft:agent-1', '{not json');
    expect(loadDraft('agent-1')).toBeNull();
    window.localStorage.setItem('opencx-console:draft:agent-1', JSON.stringify({ base: {} }));
    expect(loadDraft('agent-1')).toBeNull();
  });
});
