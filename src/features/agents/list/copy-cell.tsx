import { Group, Text } from '@mantine/core';
import { CopyIconButton } from '../../../components/copy-icon-button.tsx';

interface CopyCellProps {
  /** What is copied. */
  value: string;
  /** What is shown, when shorter than the value (the full value is on hover). */
  display?: string;
  copyLabel: string;
}

// Inside a row the arrow keys reach the copy button; Tab moves past the table in one step.
const IN_ROW = -1;

/** A one-line value with a copy button, sized for a table cell. */
export function CopyCell({ value, display = value, copyLabel }: CopyCellProps) {
  return (
    <Group gap={2} wrap="nowrap">
      <Text size="sm" ff="monospace" truncate title={value}>
        {display}
      </Text>
      <CopyIconButton value={value} label={copyLabel} size="sm" tabIndex={IN_ROW} />
    </Group>
  );
}
