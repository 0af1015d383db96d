import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setupFakeApi } from '../test/fake-api.ts';

setupFakeApi();
configure({ asyncUtilTimeout: 10_000 });

describe('a page whose chunk cannot be fetched', { timeout: 30_000 }, () => {
  it('says so, and "Try again" fetches it anew', async () => {
    vi.resetModules();
    let reachable = false;
    vi.doMock('../features/agents/pages/agents-list-page.tsx', async () => {
      if (!reachable) throw new Error('Failed to fetch dynamically imported module');
      return vi.importActual('../features/agents/pages/agents-list-page.tsx');
    });
    const { renderApp } = await import('../test/render-app.tsx');
    const user = userEvent.setup();

    renderApp('/agents');

    const alert = await screen.findByRole('alert', { name: 'Something went wrong on this page' });
    reachable = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Phone agents' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    vi.doUnmock('../features/agents/pages/agents-list-page.tsx');
  });
});
