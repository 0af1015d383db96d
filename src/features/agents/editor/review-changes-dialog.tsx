import { Loader } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { retryableLazy } from '../../../components/retryable-lazy.tsx';
import type { AgentEditor } from './use-agent-editor.ts';

const review = retryableLazy<{ editor: AgentEditor }>(
  async () => (await import('./review-changes.tsx')).ReviewChanges,
);

/** Every change, saved value beside new value, in words, before anything is sent. */
export function ReviewChangesDialog({ editor }: { editor: AgentEditor }) {
  // Fetched once the editor is up, so opening the review does not wait on the network.
  useEffect(() => review.preload(), []);
  return (
    <ModalDialog open={editor.review.open} title="Review changes" onDismiss={editor.review.close}>
      {/* Mounted only while open, so typing never renders the review. */}
      {editor.review.open && (
        <Suspense fallback={<Loader size="sm" aria-label="Loading the review" />}>
          <review.Loaded editor={editor} />
        </Suspense>
      )}
    </ModalDialog>
  );
}
