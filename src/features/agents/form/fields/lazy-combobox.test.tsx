import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../../../test/render-with-mantine.tsx';

describe('LazySelect', () => {
  it('holds the place with the label and value, disabled, until the select arrives', async () => {
    // A fresh module registry, so the select's chunk has not been loaded by another test.
    vi.resetModules();
    const { LazySelect } = await import('./lazy-combobox.tsx');
    const data = [{ value: 'en', label: 'English (en)' }];

    renderWithMantine(
      <LazySelect label="Language" data={data} value="en" shownValue="English (en)" />,
    );

    const placeholder = screen.getByRole('textbox', { name: 'Language' });
    expect(placeholder).toBeDisabled();
    expect(placeholder).toHaveValue('English (en)');

    const select = await screen.findByRole('combobox', { name: 'Language' });
    expect(select).toBeEnabled();
    expect(select).toHaveValue('English (en)');
    expect(screen.queryByRole('textbox', { name: 'Language' })).not.toBeInTheDocument();
  });
});

describe('a searchable LazySelect', () => {
  it('searches for what is typed after a click, instead of appending it to the label', async () => {
    const { LazySelect } = await import('./lazy-combobox.tsx');
    const data = [
      { value: 'en', label: 'English (en)' },
      { value: 'de', label: 'German (de)' },
      { value: 'fr', label: 'French (fr)' },
    ];
    const user = userEvent.setup();
    renderWithMantine(
      <LazySelect label="Language" data={data} value="en" shownValue="English (en)" searchable />,
    );

    const select = await screen.findByRole('combobox', { name: 'Language' });
    await user.click(select);
    await user.keyboard('germ');

    expect(select).toHaveValue('germ');
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['German (de)']);
  });
});

describe('LazySelect when its chunk cannot be fetched', () => {
  it('keeps the value on screen, says why, and loads on Retry', async () => {
    vi.resetModules();
    let reachable = false;
    vi.doMock('./combobox-inputs.ts', async () => {
      if (!reachable) throw new Error('Failed to fetch dynamically imported module');
      return vi.importActual('./combobox-inputs.ts');
    });
    const { LazySelect } = await import('./lazy-combobox.tsx');
    const data = [{ value: 'en', label: 'English (en)' }];
    const user = userEvent.setup();

    renderWithMantine(
      <LazySelect label="Language" data={data} value="en" shownValue="English (en)" />,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not load this field/);
    expect(screen.getByRole('textbox', { name: 'Language' })).toHaveValue('English (en)');

    reachable = true;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('combobox', { name: 'Language' })).toHaveValue('English (en)');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    vi.doUnmock('./combobox-inputs.ts');
  });
});
