import { describe, expect, it, vi } from 'vitest';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { agentToFormInput } from '../form/agent-form-input.ts';
import { ChangeSetStore } from './change-set-store.ts';

const agent = {
  id: 'a1',
  name: 'Front desk',
  type: 'inbound',
  first_message: 'Hello',
} as PhoneAgent;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const afterFrame = async () => {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('ChangeSetStore', () => {
  it('answers with a keystroke at once but shows it only after the next frame', async () => {
    const store = new ChangeSetStore(agent, agentToFormInput(agent));
    const listener = vi.fn();
    store.subscribe(listener);

    store.typed({ ...agentToFormInput(agent), name: 'Front desk 2' });
    store.typed({ ...agentToFormInput(agent), name: 'Front desk 22' });

    expect(listener).not.toHaveBeenCalled();
    expect(store.shownSnapshot().keys).toEqual([]);
    expect(store.get().keys).toEqual(['name']);
    expect(store.get().values.name).toBe('Front desk 22');

    await afterFrame();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.shownSnapshot()).toBe(store.get());
  });

  it('shows typing at once when asked, and tells no one when nothing changed', async () => {
    const store = new ChangeSetStore(agent, agentToFormInput(agent));
    const listener = vi.fn();
    store.subscribe(listener);

    store.typed({ ...agentToFormInput(agent), first_message: 'Hi' });
    store.publish();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.shownSnapshot().keys).toEqual(['first_message']);

    await afterFrame();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
