import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { fetchThroughGateway } from '../../../server/fetch-through-gateway.ts';
import { setupFakeApi } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const { server, gateway } = setupFakeApi();

configure({ asyncUtilTimeout: 10_000 });

const FIRST_AGENT_ID = '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';
const ODD_ID = 'odd-agent-1';

/** OpenCX's real answer with `extra` added to its list: items outside the contract. */
function answerWithExtra(path: string, extra: unknown[]) {
  return http.get(`*/api${path}`, async ({ request }) => {
    const answer = await fetchThroughGateway(gateway, request);
    const body: unknown = await answer.json();
    const items = Array.isArray(body) ? body : (body as { items: unknown[] }).items;
    items.push(...extra);
    return new HttpResponse(JSON.stringify(body), {
      headers: { 'content-type': 'application/json' },
    });
  });
}

describe('data from OpenCX outside the contract', { timeout: 30_000 }, () => {
  it('lists an odd agent with a marker, and every other agent as usual', async () => {
    server.use(answerWithExtra('/phone', [{ id: ODD_ID, name: 'Odd Agent', speed: 'fast' }]));
    renderApp('/agents?q=odd');

    const table = await screen.findByRole('table', { name: 'Phone agents' });
    const row = within(table).getByRole('link', { name: 'Odd Agent' }).closest('tr')!;
    expect(within(row).getByText('Unexpected data from OpenCX')).toBeVisible();
  });

  it('shows an odd agent with the exact problem and no form to save', async () => {
    server.use(answerWithExtra('/phone', [{ id: ODD_ID, name: 'Odd Agent', speed: 'fast' }]));
    renderApp(`/agents/${ODD_ID}`);

    const alert = await screen.findByRole('alert', { name: 'Unexpected data from OpenCX' });
    expect(alert).toHaveTextContent('speed: expected number, received string');
    expect(screen.getByRole('heading', { name: 'Odd Agent' })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: /Name/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });

  it('leaves odd voices, actions and scenarios out, counted, and the editor works', async () => {
    server.use(
      answerWithExtra('/phone', [{ id: ODD_ID, name: 'Odd Agent', speed: 'fast' }]),
      answerWithExtra('/phone/voices', [{ name: 'No ID' }]),
      answerWithExtra('/actions', [{ id: 1 }, { id: 2 }]),
      answerWithExtra('/training', [{ title: 'No ID' }]),
    );
    renderApp(`/agents/${FIRST_AGENT_ID}`);

    expect(await screen.findByRole('textbox', { name: /Name/ })).toHaveValue(
      'Front Desk — Acme Dental',
    );
    expect(await screen.findByText(/^2 actions could not be read/)).toBeVisible();
    expect(await screen.findByText(/^1 voice could not be read/)).toBeVisible();
    expect(await screen.findByText(/^1 training scenario could not be read/)).toBeVisible();
  });

  it('stops a save when the re-read finds the agent itself no longer understood', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(`/agents/${FIRST_AGENT_ID}`);
    const name = await screen.findByRole('textbox', { name: /Name/ });
    await user.clear(name);
    await user.type(name, 'Front Desk — renamed');
    server.use(
      http.get('*/api/phone', () =>
        HttpResponse.json([{ id: FIRST_AGENT_ID, name: 'Front Desk', speed: 'fast' }]),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const failed = await screen.findByRole('alert', { name: /not saved/ });
    expect(failed).toHaveTextContent('this agent came back with speed: expected number');
    expect(name).toHaveValue('Front Desk — renamed');
    expect(gateway.fake?.store.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });
});
