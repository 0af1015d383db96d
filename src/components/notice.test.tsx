import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../test/render-with-mantine.tsx';
import { Notice } from './notice.tsx';

describe('Notice', () => {
  it('is named by its title and can offer a Dismiss button', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    renderWithMantine(
      <Notice title="This agent was changed elsewhere" role="status" onDismiss={onDismiss}>
        Now showing the newer Name.
      </Notice>,
    );
    const notice = screen.getByRole('status', { name: 'This agent was changed elsewhere' });
    expect(notice).toHaveTextContent('Now showing the newer Name.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('has no Dismiss button unless asked', () => {
    renderWithMantine(
      <Notice title="The changes were not saved" role="alert" color="red">
        OpenCX did not answer.
      </Notice>,
    );
    expect(screen.getByRole('alert', { name: 'The changes were not saved' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
