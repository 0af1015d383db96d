import { Group, Text } from '@mantine/core';
import { CopyIconButton } from './copy-icon-button.tsx';

interface CopyValueProps {
  value: string;
  /** What is shown, when it differs from what is copied (a formatted phone number). */
  display?: string;
  /** The accessible name of the button, e.g. "Copy agent ID". */
  copyLabel: string;
}

export function CopyValue({ value, display = value, copyLabel }: CopyValueProps) {
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {display}
      </Text>
      <CopyIconButton value={value} label={copyLabel} />
    </Group>
  );
}
