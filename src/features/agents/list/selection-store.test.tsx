import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSelectionStore, useIsSelected, type SelectionStore } from './selection-store.ts';

const renders = new Map<string, number>();

function Row({ store, id }: { store: SelectionStore; id: string }) {
  const selected = useIsSelected(store, id);
  renders.set(id, (renders.get(id) ?? 0) + 1);
  return <input type="checkbox" aria-label={id} checked={selected} readOnly />;
}

describe('the selection store', () => {
  it('selects 10,000 agents in one step and re-renders only rows whose selection changed', () => {
    const store = createSelectionStore();
    let notified = 0;
    store.subscribe(() => (notified += 1));
    const ids = Array.from({ length: 10_000 }, (_, i) => `agent_${i}`);
    render(
      <>
        {['agent_0', 'agent_1', 'outside'].map((id) => (
          <Row key={id} store={store} id={id} />
        ))}
      </>,
    );
    renders.clear();

    act(() => store.set(ids, true));
    expect(notified).toBe(1);
    expect(store.size()).toBe(10_000);
    expect(screen.getByRole('checkbox', { name: 'agent_1' })).toBeChecked();
    expect(renders.get('agent_0')).toBe(1);
    expect(renders.get('outside')).toBeUndefined();

    renders.clear();
    act(() => store.set(['agent_1'], false));
    expect(renders.get('agent_1')).toBe(1);
    expect(renders.get('agent_0')).toBeUndefined();
    expect(store.size()).toBe(9_999);

    act(() => store.clear());
    expect(store.size()).toBe(0);
    expect(screen.getByRole('checkbox', { name: 'agent_0' })).not.toBeChecked();
  });
});
