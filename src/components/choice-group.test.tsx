import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render-with-mantine.tsx';
import { ChoiceGroup } from './choice-group.tsx';

const CHOICES = [
  { value: 'inbound', label: 'Inbound' },
  { value: 'outbound', label: 'Outbound' },
] as const;

function TypeChoice({ initial }: { initial: 'inbound' | 'outbound' | null }) {
  const [value, setValue] = useState(initial);
  return (
    <ChoiceGroup
      label="Type"
      description={value === null ? 'No type on record yet' : undefined}
      choices={CHOICES}
      value={value}
      onChange={setValue}
    />
  );
}

describe('ChoiceGroup', () => {
  it('is a named radio group whose choice follows the click', async () => {
    const user = userEvent.setup();
    renderWithMantine(<TypeChoice initial="inbound" />);

    expect(screen.getByRole('radiogroup', { name: 'Type' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Inbound' })).toBeChecked();

    await user.click(screen.getByText('Outbound'));
    expect(screen.getByRole('radio', { name: 'Outbound' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Inbound' })).not.toBeChecked();
  });

  it('checks nothing for a null value and says why', () => {
    renderWithMantine(<TypeChoice initial={null} />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(screen.getByRole('radiogroup', { name: 'Type' })).toHaveAccessibleDescription(
      'No type on record yet',
    );
  });
});
