import { ActionIcon, VisuallyHidden } from '@mantine/core';
import { HoverHint } from './hover-hint.tsx';
import { CheckIcon, CopyIcon } from './icons.tsx';
import { useCopy } from './use-copy.ts';

interface CopyIconButtonProps {
  value: string;
  /** The accessible name, e.g. "Copy agent ID". */
  label: string;
  size?: 'sm' | 'md';
  /** -1 inside a composite widget (a table row) that moves focus with the arrow keys. */
  tabIndex?: number;
}

const OUTCOME = { copied: 'Copied', failed: 'Could not copy: select the text and copy it' };

/** An icon button that copies `value`, confirms on screen and to screen readers. */
export function CopyIconButton({ value, label, size = 'md', tabIndex }: CopyIconButtonProps) {
  const { state, copy } = useCopy();
  const outcome = state === 'idle' ? null : OUTCOME[state];
  return (
    <>
      <HoverHint label={outcome ?? label}>
        <ActionIcon
          size={size}
          variant="subtle"
          color={state === 'copied' ? 'teal' : 'gray'}
          onClick={() => void copy(value)}
          aria-label={label}
          tabIndex={tabIndex}
        >
          {state === 'copied' ? <CheckIcon /> : <CopyIcon />}
        </ActionIcon>
      </HoverHint>
      {outcome && <VisuallyHidden role="status">{outcome}</VisuallyHidden>}
    </>
  );
}
