import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupEditorTests } from '../../../../test/editor-test-kit.ts';

const { openEditor } = setupEditorTests();

const HINT = /Aria speaks English; this agent speaks French/;

describe('Voice field', { timeout: 60_000 }, () => {
  it("says so under the field when the voice speaks another language than the agent's", async () => {
    const user = await openEditor();
    const voice = () => screen.getByRole<HTMLInputElement>('combobox', { name: 'Voice' });
    await waitFor(() => expect(voice().value).toMatch(/^Aria/));
    expect(screen.queryByText(HINT)).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Language' }));
    await user.click(await screen.findByRole('option', { name: 'French (fr)' }));

    const hint = await screen.findByText(HINT);
    expect(voice()).toHaveAccessibleDescription(hint.textContent ?? '');
    // A hint, not an error: the field stays valid and the save stays possible.
    expect(voice()).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('button', { name: 'Save changes' })[0]).not.toHaveAttribute(
      'aria-disabled',
    );

    await user.click(screen.getByRole('combobox', { name: 'Language' }));
    await user.click(await screen.findByRole('option', { name: 'English (en)' }));
    expect(screen.queryByText(HINT)).not.toBeInTheDocument();
  });
});
