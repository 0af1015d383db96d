import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render-with-mantine.tsx';
import { ToggleSwitch } from './toggle-switch.tsx';

describe('ToggleSwitch', () => {
  it('is a switch named by its label and described by its description', async () => {
    const user = userEvent.setup();
    renderWithMantine(
      <ToggleSwitch label="Use knowledge base" description="Answer from the knowledge base" />,
    );
    const toggle = screen.getByRole('switch', { name: 'Use knowledge base' });
    expect(toggle).toHaveAccessibleDescription('Answer from the knowledge base');
    expect(toggle).not.toBeChecked();

    await user.click(screen.getByText('Use knowledge base'));
    expect(toggle).toBeChecked();
    await user.keyboard(' ');
    expect(toggle).not.toBeChecked();
  });
});
