import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from './history.ts';
import { HistoryContext } from './router-context.ts';
import { useSearchParams } from './use-search-params.ts';

function setup(initial: string) {
  const history = createMemoryHistory(initial);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>
  );
  return { history, ...renderHook(() => useSearchParams(), { wrapper }) };
}

describe('useSearchParams', () => {
  it('reads the query string and follows history changes', () => {
    const { result, history } = setup('/agents?q=front&type=inbound');
    expect(result.current[0].get('q')).toBe('front');

    act(() => history.push('/agents?q=billing'));

    expect(result.current[0].get('q')).toBe('billing');
    expect(result.current[0].get('type')).toBeNull();
  });

  it('pushes or replaces the path with new params, and drops an empty query string', () => {
    const { result, history } = setup('/agents?q=front');
    const push = vi.spyOn(history, 'push');
    const replace = vi.spyOn(history, 'replace');

    act(() => result.current[1]((p) => (p.set('sort', '-updated'), p)));
    expect(push).toHaveBeenCalledWith('/agents?q=front&sort=-updated');

    act(() => result.current[1](new URLSearchParams(), { replace: true }));
    expect(replace).toHaveBeenCalledWith('/agents');
  });

  it('writes nothing when the params do not change', () => {
    const { result, history } = setup('/agents?q=front');
    const push = vi.spyOn(history, 'push');

    act(() => result.current[1]((p) => p));

    expect(push).not.toHaveBeenCalled();
  });
});
