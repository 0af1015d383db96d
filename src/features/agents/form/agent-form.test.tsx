import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_AGENT_ID, setupEditorTests } from '../../../test/editor-test-kit.ts';

const { gateway, textbox, saveButton, patches, openEditor, replaceText, saveAndReadPatch } =
  setupEditorTests();

const LANGUAGE_LIST_AGENT_ID = 'e5991a9a-e02e-4c0e-8a10-cef05d4a076b';
const NO_TYPE_OR_MODEL_AGENT_ID = '4af70546-d380-4956-960d-c19c328d8f69';
const UNNAMED_AGENT_ID = '323addbc-5dfc-4e81-90d2-4e5c19510dff';
const UNKNOWN_ACTION_AGENT_ID = 'e56ee1d2-c0bd-428d-a693-ed128773857f';

describe('agent form fields', { timeout: 30_000 }, () => {
  it('rejects an invalid handoff number with an example and sends nothing', async () => {
    const user = await openEditor();

    await user.clear(textbox('Handoff phone number'));
    await user.type(textbox('Handoff phone number'), '12345');
    await user.click(saveButton());

    await waitFor(() =>
      expect(textbox('Handoff phone number')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(textbox('Handoff phone number')).toHaveAccessibleDescription(
      expect.stringMatching(/Start with \+ and the country code, e\.g\. \+14155550123/),
    );
    expect(patches()).toHaveLength(0);
  });

  it('saves a handoff number typed with punctuation in E.164', async () => {
    const user = await openEditor();

    await replaceText(user, 'Handoff phone number', '+1 (415) 555-0199');

    expect(await saveAndReadPatch(user, FIRST_AGENT_ID)).toEqual({
      handoff_phone_number: '+14155550199',
    });
  });

  it("warns when the handoff number is the agent's own number", async () => {
    const user = await openEditor();
    expect(screen.queryByText(/the agent's own number/)).not.toBeInTheDocument();

    await replaceText(user, 'Handoff phone number', '+1 415 555 0100');

    expect(await screen.findByText(/This is the agent's own number/)).toBeInTheDocument();
  });

  it('sends actionIds [] for "No actions"', async () => {
    const user = await openEditor();

    await user.click(screen.getByRole('radio', { name: 'No actions' }));

    expect(await saveAndReadPatch(user, FIRST_AGENT_ID)).toEqual({ actionIds: [] });
  });

  it('sends actionIds null for "All actions" on an agent with a list', async () => {
    const user = await openEditor();

    await user.click(screen.getByRole('radio', { name: 'All actions' }));

    expect(await saveAndReadPatch(user, FIRST_AGENT_ID)).toEqual({ actionIds: null });
  });

  it('refuses "Selected actions" with every action removed', async () => {
    const user = await openEditor();
    await screen.findByText('Reschedule appointment');

    await user.click(screen.getByRole('combobox', { name: 'Selected actions' }));
    await user.keyboard('{Backspace}{Backspace}{Escape}');
    expect(screen.getByRole('radio', { name: 'Selected actions' })).toBeChecked();
    await user.click(saveButton());

    expect(
      await screen.findByText('Pick at least one action, or choose “No actions”'),
    ).toBeInTheDocument();
    expect(patches()).toHaveLength(0);
  });

  it('keeps an action ID OpenCX no longer lists, marked unknown, when saving another field', async () => {
    const user = await openEditor(UNKNOWN_ACTION_AGENT_ID);

    expect(await screen.findByText('Unknown action (act_retired_legacy)')).toBeInTheDocument();

    await user.type(textbox('Name'), ' 2');
    const body = await saveAndReadPatch(user, UNKNOWN_ACTION_AGENT_ID);

    expect(body).toEqual({ name: 'Order Status — Northwind Outfitters 2' });
    await waitFor(() => expect(saveButton()).toHaveAttribute('aria-disabled', 'true'));
    expect(screen.getByText('Unknown action (act_retired_legacy)')).toBeInTheDocument();
    expect(gateway.fake?.store.findAgent(UNKNOWN_ACTION_AGENT_ID)?.actionIds).toEqual([
      'act_check_order_status',
      'act_retired_legacy',
      'act_track_shipment',
    ]);
  });

  it('tells the user every language of an agent that has a list', async () => {
    await openEditor(LANGUAGE_LIST_AGENT_ID);

    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('English (en)');
    expect(screen.getByText(/This agent speaks English, Spanish\./)).toBeInTheDocument();
  });

  it('shows an agent without type or model as unknown and never sends a type', async () => {
    const user = await openEditor(NO_TYPE_OR_MODEL_AGENT_ID);

    expect(screen.getByRole('radio', { name: 'Inbound' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Outbound' })).not.toBeChecked();
    expect(screen.getByText('This agent has no type on record yet')).toBeInTheDocument();
    expect(screen.getAllByText('Model unknown').length).toBeGreaterThan(0);
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');

    await replaceText(user, 'Name', 'Returns Desk');

    expect(await saveAndReadPatch(user, NO_TYPE_OR_MODEL_AGENT_ID)).toEqual({
      name: 'Returns Desk',
    });
  });

  it('lets an agent saved without a name change another field and stay unnamed', async () => {
    const user = await openEditor(UNNAMED_AGENT_ID);

    await replaceText(user, 'First message', 'Hi, you reached the overflow line.');

    expect(await saveAndReadPatch(user, UNNAMED_AGENT_ID)).toEqual({
      first_message: 'Hi, you reached the overflow line.',
    });
  });

  it('still refuses to blank a name that was set', async () => {
    const user = await openEditor();

    await user.clear(textbox('Name'));
    await user.click(saveButton());

    await waitFor(() => expect(textbox('Name')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('Enter a name for the agent')).toBeInTheDocument();
    expect(textbox('Name')).toHaveFocus();
    expect(patches()).toHaveLength(0);
  });

  it('does not count the saved handoff number retyped in another format as a change', async () => {
    const user = await openEditor();

    await replaceText(user, 'Handoff phone number', '+1 415 555 0123');

    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
  });
});
