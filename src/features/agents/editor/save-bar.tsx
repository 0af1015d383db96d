import { Button, Group, Text } from '@mantine/core';
import { modKeyLabel } from '../../../components/use-mod-key.ts';
import { useChangeCount } from './change-set-store.ts';
import { SaveStatus } from './save-status.tsx';
import { SaveSummaryNotice } from './save-summary-notice.tsx';
import type { AgentEditor } from './use-agent-editor.ts';
import { useBarInset } from './use-bar-inset.ts';
import { useOnline } from './use-online.ts';
import './save-bar.css';

const countText = (count: number) =>
  count === 1 ? '1 unsaved change' : `${count} unsaved changes`;

/**
 * What is unsaved, the way to save it, and what became of the last save. With changes it is fixed
 * to the bottom of the viewport, so it stays in view below the form too (details, history).
 */
export function SaveBar({ editor }: { editor: AgentEditor }) {
  const count = useChangeCount();
  const { store, pending: busy } = editor;
  // The count is shown a frame after typing; the buttons act on the change set as it is now.
  const act = (run: () => void) => () => store.publish() && run();
  const unavailable = !count || undefined;
  const state = { disabled: busy, 'data-disabled': unavailable, 'aria-disabled': unavailable };
  const online = useOnline();
  const ref = useBarInset(count > 0);
  return (
    <div ref={ref} className="save-bar" data-changed={count > 0 || undefined}>
      {editor.summary && (
        <SaveSummaryNotice
          // A new summary for each save, so assistive technology announces it afresh.
          key={`${editor.summary.saved.updated_at ?? ''}:${editor.summary.sent.join()}`}
          summary={editor.summary}
          busy={busy}
          onUndo={editor.undo}
          onDismiss={editor.dismissSummary}
        />
      )}
      <SaveStatus
        pending={busy}
        online={online}
        error={editor.error}
        edits={() => editor.form.getValues()}
        onRetry={() => void editor.submit()}
      />
      <Group justify="flex-end" gap="sm" wrap="wrap">
        <Group gap="xs" mr="auto">
          <Text
            size="sm"
            fw={count ? 600 : undefined}
            c={count ? undefined : 'dimmed'}
            role="status"
          >
            {count ? countText(count) : 'No unsaved changes'}
          </Text>
          {busy && (
            <Text size="sm" c="dimmed">
              Saving…
            </Text>
          )}
        </Group>
        <Button variant="default" onClick={act(editor.review.show)} {...state}>
          Review changes
        </Button>
        <Button variant="default" onClick={act(editor.discard)} {...state}>
          Discard changes
        </Button>
        <Button
          type="submit"
          onClick={(event) => store.publish() || event.preventDefault()}
          {...state}
          loading={busy}
          aria-busy={busy || undefined}
          aria-keyshortcuts={modKeyLabel('s').aria}
        >
          Save changes
        </Button>
      </Group>
    </div>
  );
}
