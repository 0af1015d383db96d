import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import {
  computeChangeSet,
  type AppliedEdits,
  type ChangeSet,
  type EditOrigin,
} from './change-set.ts';
import { INPUTS_OF } from './merge-agent-edits.ts';

/**
 * Holds the editor's change set outside React, so a keystroke recomputes it without rendering
 * the form; each reader re-renders only when the slice it selects changes.
 */
export class ChangeSetStore {
  private current: ChangeSet;
  private shown: ChangeSet;
  private typedValues: AgentFormInput | null = null;
  private waiting = false;
  private applied: AppliedEdits = {};
  private readonly listeners = new Set<() => void>();

  constructor(base: PhoneAgent, values: AgentFormInput) {
    this.current = computeChangeSet(base, values);
    this.shown = this.current;
  }

  /** The change set as of now, typing included: what a save, a reset or a draft works from. */
  get = (): ChangeSet => {
    if (this.typedValues) {
      const values = this.typedValues;
      this.typedValues = null;
      this.current = computeChangeSet(this.current.base, values, this.current.taken, this.applied);
    }
    return this.current;
  };

  /** What the page shows: catches up with typing once the typed character has been painted. */
  shownSnapshot = (): ChangeSet => this.shown;

  /** A keystroke: recorded now, computed and shown after the frame that echoes it. */
  typed(values: AgentFormInput) {
    this.typedValues = { ...values };
    if (this.waiting) return;
    this.waiting = true;
    // Typing happens only on a page that paints, so a frame is sure to come; and whatever acts on
    // the change set reads it fresh, or publishes first.
    requestAnimationFrame(() => setTimeout(() => this.waiting && this.publish()));
  }

  /** Shows typing not yet shown; says whether anything is unsaved, for acting on it at once. */
  publish(): boolean {
    this.waiting = false;
    const next = this.get();
    if (next !== this.shown) {
      this.shown = next;
      this.listeners.forEach((listener) => listener());
    }
    return next.keys.length > 0;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  setValues(values: AgentFormInput) {
    this.update(this.current.base, { ...values }, this.current.taken);
  }

  setBase(base: PhoneAgent, values: AgentFormInput, taken: AgentPatchKey[] = []) {
    this.update(base, { ...values }, taken);
    // A field saved or set back is no longer anyone's edit: typing it again later is the user's.
    for (const key of Object.keys(this.applied) as AgentPatchKey[]) {
      if (!this.current.keys.includes(key)) delete this.applied[key];
    }
  }

  /** `values` (the form's inputs now) hold edits of `origin` for the fields `inputs` belong to. */
  markApplied(origin: EditOrigin, inputs: (keyof AgentFormInput)[], values: AgentFormInput) {
    for (const [key, holders] of Object.entries(INPUTS_OF) as [AgentPatchKey, typeof inputs][]) {
      if (holders.some((input) => inputs.includes(input))) {
        this.applied[key] = { origin, values: { ...values } };
      }
    }
    this.setValues(values);
  }

  private update(base: PhoneAgent, values: AgentFormInput, taken: AgentPatchKey[]) {
    this.typedValues = null;
    this.current = computeChangeSet(base, values, taken, this.applied);
    this.publish();
  }
}

export const ChangeSetContext = createContext<ChangeSetStore | null>(null);

export function useChangeSetStore(): ChangeSetStore {
  const store = useContext(ChangeSetContext);
  if (!store) throw new Error('useChangeSet needs the editor around it');
  return store;
}

/** A slice of the change set; select a primitive so unrelated keystrokes do not re-render. */
export function useChangeSet<T>(select: (changes: ChangeSet) => T): T {
  const store = useChangeSetStore();
  const read = () => select(store.shownSnapshot());
  return useSyncExternalStore(store.subscribe, read, read);
}

export const useChangeCount = () => useChangeSet((c) => c.keys.length);
export const useHasChanges = () => useChangeSet((c) => c.keys.length > 0);
export const useFieldChanged = (key: AgentPatchKey) => useChangeSet((c) => c.keys.includes(key));
