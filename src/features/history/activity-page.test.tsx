import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { HistoryPage } from '../../api/schemas/history.ts';
import { setupFakeApi } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const { server } = setupFakeApi();
configure({ asyncUtilTimeout: 10_000 });

const page: HistoryPage = {
  entries: [
    {
      id: 7,
      at: new Date(Date.now() - 60 * 60_000).toISOString(),
      user: 'bob',
      agentId: 'agent_1',
      agentName: 'Billing',
      kind: 'save',
      source: 'bulk',
      outcome: 'failed',
      reason: '400: handoff_phone_number must be in E.164 form',
      changes: [{ field: 'handoff_phone_number', before: '+14155550123', after: '555' }],
    },
    {
      id: 6,
      at: new Date(Date.now() - 2 * 60 * 60_000).toISOString(),
      user: 'bob',
      agentId: 'agent_1',
      agentName: 'Billing',
      kind: 'save',
      source: 'revert',
      outcome: 'saved',
      reason: null,
      changes: [{ field: 'name', before: 'Sales', after: 'Billing' }],
    },
  ],
  next: null,
  unrecorded: 0,
};

describe('the Activity page', { timeout: 30_000 }, () => {
  it('reads its filters from the address and writes changes back to it', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get('*/api/history', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json(page);
      }),
    );
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/activity?user=bob&from=2026-01-05');
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'User' })).toHaveValue('bob');
    expect(await screen.findByText(/bob tried to save/)).toBeInTheDocument();
    // How each change was made, in words.
    expect(screen.getByText('Bulk edit')).toBeInTheDocument();
    expect(screen.getByText('Reverted')).toBeInTheDocument();
    expect(screen.getByText(/Not saved: 400: handoff_phone_number/)).toBeInTheDocument();
    expect(asked[0]?.get('user')).toBe('bob');
    expect(asked[0]?.get('from')).toBe(new Date('2026-01-05T00:00:00').toISOString());

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Field' }),
      'Handoff phone number',
    );
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ field: 'handoff_phone_number' }),
    );
    await waitFor(() => expect(asked.at(-1)?.get('field')).toBe('handoff_phone_number'));
    expect(asked.at(-1)?.get('user')).toBe('bob');
  });

  it('is linked from the header', async () => {
    server.use(http.get('*/api/history', () => HttpResponse.json({ ...page, entries: [] })));
    const user = userEvent.setup({ delay: null });
    renderApp('/agents');
    await user.click(await screen.findByRole('link', { name: 'Activity' }));
    expect(await screen.findByText('No changes match these filters.')).toBeInTheDocument();
  });
});
