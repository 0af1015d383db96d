import { ActionIcon, CopyButton, Tooltip, VisuallyHidden } from '@mantine/core';
import { CheckIcon, CopyIcon } from './icons.tsx';

interface CopyIconButtonProps {
  value: string;
  /** The accessible name, e.g. "Copy agent ID". */
  label: string;
  size?: 'sm' | 'md';
}

/** An icon button that copies `value`, confirms on screen and to screen readers. */
export function CopyIconButton({ value, label, size = 'md' }: CopyIconButtonProps) {
  return (
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <>
          <Tooltip label={copied ? 'Copied' : label} withArrow>
            <ActionIcon
              variant="subtle"
              size={size}
              color={copied ? 'teal.9' : 'gray.8'}
              onClick={copy}
              aria-label={label}
            >
              {copied ? <CheckIcon /> : <CopyIcon />}
            </ActionIcon>
          </Tooltip>
          {copied && <VisuallyHidden role="status">Copied</VisuallyHidden>}
        </>
      )}
    </CopyButton>
  );
}
