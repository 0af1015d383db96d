import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupFakeApi } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const { gateway, requests } = setupFakeApi();

// The whole app renders in happy-dom, lazy routes and all: give it more than the default second.
configure({ asyncUtilTimeout: 10_000 });

const FIRST_AGENT_ID = '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';
const UNNAMED_AGENT_ID = '323addbc-5dfc-4e81-90d2-4e5c19510dff';

const table = () => screen.findByRole('table', { name: 'Phone agents' });
const listGets = () => requests.filter((r) => r.method === 'GET' && r.path === '/api/phone');

describe('agents list page', { timeout: 30_000 }, () => {
  it('shows a loading state, then the agents as links to their editor', async () => {
    gateway.fake?.store.addFaults([
      // The route starts the list together with the page's chunk: slow enough to outlast it.
      { method: 'GET', path: '/phone', kind: 'slow', delayMs: 3_000, times: 1 },
    ]);
    renderApp('/agents');

    expect(await screen.findByLabelText('Loading agents')).toHaveAttribute('aria-busy', 'true');
    const agents = await table();
    expect(screen.queryByLabelText('Loading agents')).not.toBeInTheDocument();

    const frontDesk = within(agents).getByRole('link', { name: 'Front Desk — Acme Dental' });
    expect(frontDesk).toHaveAttribute('href', `/agents/${FIRST_AGENT_ID}`);
    // Rows are virtualised: the table still tells assistive tech how many there are in all.
    const total = gateway.fake?.store.agents.length ?? 0;
    expect(agents).toHaveAttribute('aria-rowcount', String(total + 1));
    expect(screen.getByText(`${total} agents`)).toBeVisible();
  });

  it('names an agent without a name "Unnamed agent"', async () => {
    renderApp('/agents?q=unnamed');

    const link = await screen.findByRole('link', { name: 'Unnamed agent' });
    expect(link).toHaveAttribute('href', `/agents/${UNNAMED_AGENT_ID}`);
  });

  it('opens the editor when an agent link is followed', async () => {
    const user = userEvent.setup();
    renderApp('/agents');

    await user.click(await screen.findByRole('link', { name: 'Front Desk — Acme Dental' }));

    // The file's first editor: its modules are transformed on the way, slow on a busy machine.
    expect(await screen.findByRole('textbox', { name: 'Name' }, { timeout: 25_000 })).toHaveValue(
      'Front Desk — Acme Dental',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Front Desk — Acme Dental' }),
    ).toBeVisible();
  });

  it('opens the editor with Enter on a focused row', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/agents?q=front%20desk%20acme');

    const link = await screen.findByRole('link', { name: 'Front Desk — Acme Dental' });
    const row = link.closest('tr');
    expect(row).not.toBeNull();
    act(() => row?.focus());
    await user.keyboard('{Enter}');

    await waitFor(() => expect(history.location.pathname).toBe(`/agents/${FIRST_AGENT_ID}`));
  });

  it('narrows by search and filters, keeps them in the address, and clears them', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/agents');
    await table();

    await user.type(screen.getByRole('searchbox', { name: 'Search agents' }), 'muller');
    expect(await screen.findByRole('link', { name: 'Kundenservice — Müller GmbH' })).toBeVisible();
    await waitFor(() => expect(screen.getAllByRole('link', { name: /—|Unnamed/ })).toHaveLength(1));
    await waitFor(() => expect(history.location.search).toBe('?q=muller'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'outbound');
    expect(history.location.search).toBe('?q=muller&type=outbound');
    expect(await screen.findByText(/No agents match/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(history.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search agents' })).toHaveValue('');
    expect(await screen.findByRole('link', { name: 'Front Desk — Acme Dental' })).toBeVisible();
  });

  it('shows phone numbers in international format, and copies them in E.164', async () => {
    const user = userEvent.setup();
    renderApp('/agents?q=front%20desk%20acme');

    const row = (await screen.findByRole('link', { name: 'Front Desk — Acme Dental' })).closest(
      'tr',
    ) as HTMLElement;
    expect(await within(row).findByText('+1 415 555 0100')).toBeVisible();
    expect(within(row).getByText('+1 415 555 0123')).toBeVisible();
    expect(within(row).queryByText('+14155550100')).not.toBeInTheDocument();

    await user.click(
      within(row).getByRole('button', { name: 'Copy phone number of Front Desk — Acme Dental' }),
    );
    expect(await navigator.clipboard.readText()).toBe('+14155550100');
  });

  it('is one tab stop: arrows move between rows and within one, Enter opens', async () => {
    const user = userEvent.setup();
    const { history } = renderApp('/agents');
    const agents = await table();
    const tabStops = () =>
      agents.querySelectorAll('[tabindex="0"], a[href]:not([tabindex]), button:not([tabindex])');
    const rows = () => within(agents).getAllByRole('row').slice(1);

    expect(tabStops()).toHaveLength(1);
    act(() => rows()[0]?.focus());
    await user.keyboard('{ArrowDown}');
    const second = rows()[1] as HTMLElement;
    expect(second).toHaveFocus();
    expect([...tabStops()]).toEqual([second]);

    await user.keyboard('{ArrowRight}');
    expect(within(second).getByRole('checkbox', { name: /^Select / })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(second).getAllByRole('link')[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(second).getAllByRole('button')[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(second).toHaveFocus();

    await user.tab();
    expect(agents.contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(second).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(history.location.pathname).toMatch(/^\/agents\/.+/));
  });

  it('says so when the organisation has no agents', async () => {
    gateway.fake?.store.seedAgents(0);
    renderApp('/agents');

    expect(await screen.findByText('This organisation has no phone agents yet.')).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Phone agents' })).not.toBeInTheDocument();
  });

  it('shows an error with Retry when GET /phone fails, and Retry loads the list', async () => {
    gateway.fake?.store.addFaults([
      {
        method: 'GET',
        path: '/phone',
        kind: 'status',
        status: 500,
        body: '{"statusCode":500,"message":"boom","error":"Internal Server Error"}',
        contentType: 'application/json',
        times: 1,
      },
    ]);
    const user = userEvent.setup();
    renderApp('/agents');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the agents');
    expect(alert).toHaveTextContent('boom');
    expect(screen.queryByRole('table', { name: 'Phone agents' })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: 'Front Desk — Acme Dental' })).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(listGets()).toHaveLength(2);
  });
});
