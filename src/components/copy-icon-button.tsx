import { CopyButton, VisuallyHidden } from '@mantine/core';
import { HoverHint } from './hover-hint.tsx';
import { IconButton } from './icon-button.tsx';
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
          <HoverHint label={copied ? 'Copied' : label}>
            <IconButton size={size} done={copied} onClick={copy} aria-label={label}>
              {copied ? <CheckIcon /> : <CopyIcon />}
            </IconButton>
          </HoverHint>
          {copied && <VisuallyHidden role="status">Copied</VisuallyHidden>}
        </>
      )}
    </CopyButton>
  );
}
