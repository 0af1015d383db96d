import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_AGENT_ID, setupEditorTests } from '../../../test/editor-test-kit.ts';

const { textbox, patches, openEditor, replaceText } = setupEditorTests();

const LANGUAGE_LIST_AGENT_ID = 'e5991a9a-e02e-4c0e-8a10-cef05d4a076b';

const barButton = (name: string) => screen.getAllByRole('button', { name })[0] as HTMLElement;

describe('Review changes', { timeout: 60_000 }, () => {
  it('has one row per changed field, saved beside new, and resets a field from there', async () => {
    const user = await openEditor();
    await screen.findByText('Book appointment');
    await replaceText(user, 'Name', 'Front desk (main)');
    await user.click(screen.getByRole('radio', { name: 'No actions' }));
    await user.click(barButton('Review changes'));

    const dialog = await screen.findByRole('dialog', { name: 'Review changes' });
    const rows = (await within(dialog).findAllByRole('row')).slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'NameReset Name',
      'ActionsReset Actions',
    ]);
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent(
      'Book appointment, Reschedule appointment',
    );
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent('No actions');

    await user.click(within(dialog).getByRole('button', { name: 'Reset Actions' }));

    expect(within(dialog).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'Selected actions' })).toBeChecked();
    expect(screen.getAllByText('Changed')).toHaveLength(1);
  });

  it('sends a new language for a multi-language agent only once the replacement is ticked', async () => {
    const user = await openEditor(LANGUAGE_LIST_AGENT_ID);
    await user.click(screen.getByRole('combobox', { name: 'Language' }));
    await user.click(await screen.findByRole('option', { name: 'French (fr)' }));
    await user.click(barButton('Save changes'));

    const dialog = await screen.findByRole('dialog', { name: 'Review changes' });
    const save = await within(dialog).findByRole('button', { name: 'Save changes' });
    expect(save).toBeDisabled();
    expect(patches()).toHaveLength(0);

    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Replace all 2 languages with French' }),
    );
    await user.click(save);

    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(JSON.parse(patches()[0]?.body ?? '')).toEqual({ language: 'fr' });
  });

  it('warns when the handoff number is the agent’s own number', async () => {
    const user = await openEditor(FIRST_AGENT_ID);
    await replaceText(user, 'Handoff phone number', '+1 415 555 0100');
    await user.click(barButton('Review changes'));

    const dialog = await screen.findByRole('dialog', { name: 'Review changes' });
    expect(await within(dialog).findByText(/the agent's own number/)).toBeInTheDocument();
    expect(textbox('Name')).toBeInTheDocument();
  });
});
