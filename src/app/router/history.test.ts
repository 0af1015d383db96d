import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from './history.ts';
import { matchRoute } from './match-route.ts';

describe('app history', () => {
  it('notifies subscribers and exposes a stable location snapshot', () => {
    const history = createMemoryHistory('/agents?q=acme');
    const listener = vi.fn();
    history.subscribe(listener);
    const before = history.location();
    expect(before).toEqual({ pathname: '/agents', search: '?q=acme' });
    expect(history.location()).toBe(before);
    history.push('/agents/abc');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(history.location().pathname).toBe('/agents/abc');
  });

  it('holds navigation while blocked until the blocker proceeds', () => {
    const history = createMemoryHistory('/agents/abc');
    let proceed: (() => void) | null = null;
    const unblock = history.block((next) => {
      proceed = next;
    });
    history.push('/agents');
    expect(history.location().pathname).toBe('/agents/abc');
    expect(proceed).not.toBeNull();
    proceed!();
    expect(history.location().pathname).toBe('/agents');
    unblock();
    history.push('/agents/xyz');
    expect(history.location().pathname).toBe('/agents/xyz');
  });
});

describe('matchRoute', () => {
  it('matches static and parameter segments and decodes parameters', () => {
    expect(matchRoute('/agents', '/agents')).toEqual({});
    expect(matchRoute('/agents/:agentId', '/agents/a%2Fb')).toEqual({ agentId: 'a/b' });
    expect(matchRoute('/agents/:agentId', '/agents')).toBeNull();
    expect(matchRoute('/agents/:agentId', '/agents/%E0%A4%A')).toBeNull();
    expect(matchRoute('*', '/anything/else')).toEqual({});
  });
});
