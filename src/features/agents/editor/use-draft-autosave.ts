import { useEffect } from 'react';
import { clearDraft, saveDraft } from './agent-drafts.ts';
import type { ChangeSetStore } from './change-set-store.ts';

const QUIET_MS = 400;

/**
 * Keeps a copy of the edits on this device, written once typing pauses: it listens to the change
 * set outside React, so a keystroke never waits for storage or renders anything.
 */
export function useDraftAutosave(agentId: string, store: ChangeSetStore) {
  useEffect(() => {
    let timer = 0;
    const write = () => {
      const changes = store.get();
      if (changes.keys.length) saveDraft(agentId, changes.base, changes.values);
      else clearDraft(agentId);
    };
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(write, QUIET_MS);
    };
    schedule();
    const unsubscribe = store.subscribe(schedule);
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [agentId, store]);
}
