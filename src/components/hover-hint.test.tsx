import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render-with-mantine.tsx';
import { HoverHint } from './hover-hint.tsx';

describe('HoverHint', () => {
  it('shows on hover and hides when the pointer leaves', async () => {
    const user = userEvent.setup();
    renderWithMantine(
      <HoverHint label="Play a preview">
        <button type="button">Play</button>
      </HoverHint>,
    );
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.hover(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Play a preview');

    await user.unhover(screen.getByRole('button', { name: 'Play' }));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows on keyboard focus and hides on Escape', async () => {
    const user = userEvent.setup();
    renderWithMantine(
      <HoverHint label="Copy agent ID">
        <button type="button">Copy</button>
      </HoverHint>,
    );

    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy' })).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Copy agent ID');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
