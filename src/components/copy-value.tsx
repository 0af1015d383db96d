import { Group, Text } from '@mantine/core';
import { CopyIconButton } from './copy-icon-button.tsx';

interface CopyValueProps {
  value: string;
  /** The accessible name of the button, e.g. "Copy agent ID". */
  copyLabel: string;
}

export function CopyValue({ value, copyLabel }: CopyValueProps) {
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
      <CopyIconButton value={value} label={copyLabel} />
    </Group>
  );
}
