import { ActionIcon, CopyButton, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { CheckIcon, CopyIcon } from '../../../components/icons.tsx';

interface CopyCellProps {
  /** What is copied. */
  value: string;
  /** What is shown, when shorter than the value (the full value is on hover). */
  display?: string;
  copyLabel: string;
}

/** A one-line value with a copy button, sized for a table cell. */
export function CopyCell({ value, display = value, copyLabel }: CopyCellProps) {
  return (
    <Group gap={2} wrap="nowrap">
      <Text size="sm" ff="monospace" truncate title={value}>
        {display}
      </Text>
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <>
            <Tooltip label={copied ? 'Copied' : copyLabel} withArrow>
              <ActionIcon
                variant="subtle"
                size="sm"
                color={copied ? 'teal.9' : 'gray.8'}
                onClick={copy}
                aria-label={copyLabel}
              >
                {copied ? <CheckIcon /> : <CopyIcon />}
              </ActionIcon>
            </Tooltip>
            {copied && <VisuallyHidden role="status">Copied</VisuallyHidden>}
          </>
        )}
      </CopyButton>
    </Group>
  );
}
