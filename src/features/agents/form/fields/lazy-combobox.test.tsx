import { screen } from '@testing-library/react';
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
