import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupFakeApi } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const { gateway } = setupFakeApi();
configure({ asyncUtilTimeout: 10_000 });

const table = () => screen.findByRole('table', { name: 'Phone agents' });
const bodyRows = (agents: HTMLElement) => within(agents).getAllByRole('row').slice(1);
const checkboxOf = (row: HTMLElement) =>
  within(row).getByRole<HTMLInputElement>('checkbox', { name: /^Select / });
const selectionText = () =>
  within(screen.getByRole('group', { name: 'Selection' })).getByText(/selected/);

describe('selecting agents in the list', { timeout: 30_000 }, () => {
  it('selects one by its checkbox and a range with shift, and Clear empties it', async () => {
    const user = userEvent.setup();
    renderApp('/agents');
    const agents = await table();
    const rows = bodyRows(agents);

    await user.click(checkboxOf(rows[1] as HTMLElement));
    expect(checkboxOf(rows[1] as HTMLElement)).toBeChecked();
    expect(selectionText()).toHaveTextContent('1 selected');
    expect(screen.getByRole('button', { name: 'Bulk edit 1 agent' })).toBeVisible();

    await user.keyboard('{Shift>}');
    await user.click(checkboxOf(rows[4] as HTMLElement));
    await user.keyboard('{/Shift}');
    const checked = bodyRows(agents).map((row) => checkboxOf(row).checked);
    expect(checked.slice(0, 6)).toEqual([false, true, true, true, true, false]);
    expect(selectionText()).toHaveTextContent('4 selected');
    expect(screen.getByRole('button', { name: 'Bulk edit 4 agents' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(selectionText()).toHaveTextContent('None selected');
    expect(bodyRows(agents).some((row) => checkboxOf(row).checked)).toBe(false);
    expect(screen.queryByRole('button', { name: /Bulk edit/ })).not.toBeInTheDocument();
  });

  it('toggles the focused row with Space and keeps the one tab stop', async () => {
    const user = userEvent.setup();
    renderApp('/agents');
    const agents = await table();
    const first = bodyRows(agents)[0] as HTMLElement;
    act(() => first.focus());

    await user.keyboard(' ');
    expect(checkboxOf(first)).toBeChecked();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Shift>} {/Shift}');
    expect(checkboxOf(bodyRows(agents)[1] as HTMLElement)).toBeChecked();
    expect(selectionText()).toHaveTextContent('2 selected');
    await user.keyboard(' ');
    expect(selectionText()).toHaveTextContent('1 selected');
  });

  it('selects all agents matching the search among thousands, and keeps them through a new search', async () => {
    gateway.fake?.store.seedAgents(10_000);
    const user = userEvent.setup();
    const { history } = renderApp('/agents?type=outbound');
    const agents = await table();
    const matching = Number(agents.getAttribute('aria-rowcount')) - 1;
    expect(matching).toBeGreaterThan(1000);
    expect(matching).toBeLessThan(10_000);

    const count = new Intl.NumberFormat('en').format(matching);
    await user.click(screen.getByRole('button', { name: `Select all ${count} matching` }));
    expect(selectionText()).toHaveTextContent(`${count} selected`);
    // Rows stay virtualised: selecting thousands renders only the rows in view.
    expect(bodyRows(agents).length).toBeLessThan(60);
    expect(bodyRows(agents).every((row) => checkboxOf(row).checked)).toBe(true);
    expect(screen.getByRole('button', { name: `Bulk edit ${count} agents` })).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), '');
    await waitFor(() => expect(history.location.search).toBe(''));
    expect(selectionText()).toHaveTextContent(`${count} selected`);
    expect(screen.getByRole('button', { name: /^Select all 10,000 matching$/ })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Select all 10,000 matching' }));
    expect(selectionText()).toHaveTextContent('10,000 selected');
    expect(screen.queryByRole('button', { name: /^Select all/ })).not.toBeInTheDocument();
  });
});
