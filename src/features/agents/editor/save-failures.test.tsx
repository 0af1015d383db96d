import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setDefaultTimeoutMs } from '../../../api/http-client.ts';
import type { FaultSpec } from '../../../server/fake-opencx/fault-spec.ts';
import { FIRST_AGENT_ID, setupEditorTests, type User } from '../../../test/editor-test-kit.ts';

// How a save fails, through the real client, gateway and fake OpenCX: the message says what
// happened, the typed values stay, and a retry stores exactly them. What each status's message
// says is unit-tested with ApiError (src/api/api-error.test.ts); here, one of each path a failure
// takes to the screen (an HTTP error, a page instead of JSON, a dropped connection, a timeout).

const { gateway, textbox, saveButton, patches, openEditor, replaceText } = setupEditorTests();

const SAVED_NAME = 'Front Desk — Acme Dental';
const PATCH_PATH = `/phone/${FIRST_AGENT_ID}`;
const envelope = (statusCode: number, message: string, error: string) =>
  JSON.stringify({ statusCode, message, error });
const PROXY_502_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>' +
  '<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

type Fault = Omit<FaultSpec, 'path' | 'method' | 'times'> & { times?: number };

const fake = () => {
  if (!gateway.fake) throw new Error('the component tests run against the fake');
  return gateway.fake.store;
};
const inject = (method: string, path: string, fault: Fault) =>
  fake().addFaults([{ times: 1, ...fault, method, path }]);
const storedName = () => fake().findAgent(FIRST_AGENT_ID)?.name;
const failedAlert = () => screen.findByRole('alert');
const busyStatus = () =>
  waitFor(() => {
    const busy = screen.getAllByRole('status').find((el) => /OpenCX is busy/.test(el.textContent));
    if (!busy) throw new Error('no "OpenCX is busy" status');
    return busy;
  });

async function typeName(user: User, name: string) {
  await replaceText(user, 'Name', name);
}

async function expectSaved(name: string) {
  expect(await screen.findByText('Saved: Name')).toBeInTheDocument();
  expect(textbox('Name')).toHaveValue(name);
  expect(storedName()).toBe(name);
}

afterEach(() => setDefaultTimeoutMs(null));

const SAVE_FAILURES: { title: string; fault: Fault; message: RegExp; notShown?: string }[] = [
  {
    title: "502 from a proxy's HTML page",
    fault: { kind: 'status', status: 502, body: PROXY_502_PAGE, contentType: 'text/html' },
    message: /502 Bad Gateway.*HTML page/,
    notShown: 'nginx',
  },
  {
    title: 'a dropped connection',
    fault: { kind: 'drop' },
    message: /Could not reach the server/,
  },
  {
    title: 'a 200 with an HTML page',
    fault: { kind: 'status', status: 200, body: '<html><body>Welcome</body></html>' },
    message: /an HTML page instead of JSON/,
  },
];

describe('a failed save', { timeout: 60_000 }, () => {
  it.each(SAVE_FAILURES)('$title: says so, keeps the edits, and Retry saves', async (failure) => {
    const user = await openEditor();
    await typeName(user, `Front Desk — ${failure.title}`.slice(0, 60));
    inject('PATCH', PATCH_PATH, failure.fault);
    await user.click(saveButton());

    const alert = await failedAlert();
    expect(alert).toHaveTextContent('The changes were not saved');
    expect(alert).toHaveTextContent(failure.message);
    if (failure.notShown) expect(alert).not.toHaveTextContent(failure.notShown);
    const typed = `Front Desk — ${failure.title}`.slice(0, 60);
    expect(textbox('Name')).toHaveValue(typed);
    expect(storedName()).toBe(SAVED_NAME);

    await user.click(within(alert).getByRole('button', { name: 'Retry save' }));
    await expectSaved(typed);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    for (const patch of patches()) expect(Object.keys(JSON.parse(patch.body))).toEqual(['name']);
  });

  it('429 without Retry-After: OpenCX is busy, counting down, and Retry now saves', async () => {
    const user = await openEditor();
    await typeName(user, 'Front Desk — busy');
    inject('PATCH', PATCH_PATH, {
      kind: 'status',
      status: 429,
      body: envelope(429, 'ThrottlerException: Too Many Requests', 'Too Many Requests'),
    });
    await user.click(saveButton());

    const busy = await busyStatus();
    expect(busy).toHaveTextContent(/Too many requests.*Wait a minute/);
    expect(busy).toHaveTextContent(/Retrying in \d+ s/);
    expect(storedName()).toBe(SAVED_NAME);
    await user.click(within(busy).getByRole('button', { name: 'Retry now' }));
    await expectSaved('Front Desk — busy');
  });

  it('429 with Retry-After: waits that long and retries by itself', async () => {
    const user = await openEditor();
    await typeName(user, 'Front Desk — waited');
    inject('PATCH', PATCH_PATH, { kind: 'status', status: 429, headers: { 'Retry-After': '1' } });
    await user.click(saveButton());

    expect(await screen.findByText(/Wait 1 s and try again/)).toBeInTheDocument();
    expect(screen.getByText(/Retrying in 1 s/)).toBeInTheDocument();
    await expectSaved('Front Desk — waited');
    expect(patches()).toHaveLength(2);
  });

  it('a PATCH that never answers times out; Retry saves', async () => {
    setDefaultTimeoutMs(300);
    const user = await openEditor();
    await typeName(user, 'Front Desk — hung');
    inject('PATCH', PATCH_PATH, { kind: 'hang' });
    await user.click(saveButton());

    const alert = await failedAlert();
    expect(alert).toHaveTextContent('OpenCX did not answer within 300 ms');
    expect(textbox('Name')).toHaveValue('Front Desk — hung');
    await user.click(within(alert).getByRole('button', { name: 'Retry save' }));
    await expectSaved('Front Desk — hung');
  });

  it('a 404 from the PATCH offers the edits as JSON, and saving again works', async () => {
    const user = await openEditor();
    await typeName(user, 'Front Desk — 404');
    inject('PATCH', PATCH_PATH, {
      kind: 'status',
      status: 404,
      body: envelope(404, 'Phone agent not found', 'Not Found'),
    });
    await user.click(saveButton());

    const alert = await failedAlert();
    expect(alert).toHaveTextContent(/404 Not Found.*may have been deleted/);
    await user.click(within(alert).getByRole('button', { name: 'Copy my edits as JSON' }));
    expect(await within(alert).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(JSON.parse(await navigator.clipboard.readText())).toMatchObject({
      name: 'Front Desk — 404',
    });
    await user.click(saveButton());
    await expectSaved('Front Desk — 404');
  });

  it('a 400 naming a field: says which, offers no Retry, and saving the corrected value works', async () => {
    const user = await openEditor();
    await typeName(user, 'Front Desk — refused');
    inject('PATCH', PATCH_PATH, {
      kind: 'status',
      status: 400,
      body: envelope(400, 'name must be shorter than or equal to 20 characters', 'Bad Request'),
    });
    await user.click(saveButton());

    const alert = await failedAlert();
    expect(alert).toHaveTextContent(/Name must be shorter than or equal to 20 characters/);
    expect(alert).not.toHaveTextContent(/\bname must/);
    expect(alert).toHaveTextContent('Change what it names, then save again.');
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    expect(patches()).toHaveLength(1);

    await typeName(user, 'Front Desk — ok');
    await user.click(saveButton());
    await expectSaved('Front Desk — ok');
  });

  it('the agent deleted meanwhile: says so, offers no retry, copies the edits', async () => {
    const user = await openEditor();
    await typeName(user, 'Front Desk — gone');
    await gateway.app.request(`/api/__fake/agents/${FIRST_AGENT_ID}`, { method: 'DELETE' });
    await user.click(saveButton());

    const alert = await failedAlert();
    expect(alert).toHaveTextContent('it was deleted while you were editing');
    expect(within(alert).queryByRole('button', { name: 'Retry save' })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Copy my edits as JSON' }));
    expect(JSON.parse(await navigator.clipboard.readText())).toMatchObject({
      name: 'Front Desk — gone',
    });
    expect(textbox('Name')).toHaveValue('Front Desk — gone');
    expect(patches()).toEqual([]);
  });

  it.each([
    {
      title: '403 (phone:read)',
      fault: { kind: 'status', status: 403, body: envelope(403, 'Forbidden', 'Forbidden') },
      message: /lacks the scope this needs, phone:read/,
    },
    {
      title: 'a list that does not match the schema',
      fault: { kind: 'status', status: 200, body: '[{"id": 7}]' },
      message: /GET \/phone was not what this app expects/,
    },
  ] satisfies { title: string; fault: Fault; message: RegExp }[])(
    'the re-read before saving fails with $title: no PATCH, and Retry saves',
    async (failure) => {
      const user = await openEditor();
      await typeName(user, 'Front Desk — re-read');
      inject('GET', '/phone', failure.fault);
      await user.click(saveButton());

      const alert = await failedAlert();
      expect(alert).toHaveTextContent(failure.message);
      expect(patches()).toEqual([]);
      await user.click(within(alert).getByRole('button', { name: 'Retry save' }));
      await expectSaved('Front Desk — re-read');
    },
  );

  it('Enter, clicks and mod+S together send exactly one PATCH', async () => {
    inject('PATCH', PATCH_PATH, { kind: 'slow', delayMs: 500 });
    const user = await openEditor();
    await typeName(user, 'Front Desk — once');

    await user.type(textbox('Name'), '{Enter}');
    await user.keyboard('{Control>}s{/Control}');
    await user.click(saveButton());
    await user.keyboard('{Control>}s{/Control}');
    await user.type(textbox('Name'), '{Enter}');

    await expectSaved('Front Desk — once');
    await waitFor(() => expect(saveButton()).toHaveAttribute('aria-disabled', 'true'));
    expect(patches()).toHaveLength(1);
  });

  it('Discard after a failure returns to the saved agent', async () => {
    const user = await openEditor();
    await typeName(user, 'Front Desk — discarded');
    inject('PATCH', PATCH_PATH, { kind: 'status', status: 500 });
    await user.click(saveButton());
    await failedAlert();

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(textbox('Name')).toHaveValue(SAVED_NAME);
    expect(storedName()).toBe(SAVED_NAME);
  });
});
