import { ActionIcon, CopyButton, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { CheckIcon, CopyIcon } from './icons.tsx';

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
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <>
            <Tooltip label={copied ? 'Copied' : copyLabel} withArrow>
              <ActionIcon
                variant="subtle"
                color={copied ? 'teal.9' : 'gray.8'}
                onClick={copy}
                aria-label={copyLabel}
              >
                {copied ? <CheckIcon /> : <CopyIcon />}
              </ActionIcon>
            </Tooltip>
            <VisuallyHidden role="status">{copied ? 'Copied' : ''}</VisuallyHidden>
          </>
        )}
      </CopyButton>
    </Group>
  );
}
