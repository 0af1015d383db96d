import { UnstyledButton } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';
import './icon-button.css';

interface IconButtonProps extends ComponentPropsWithRef<'button'> {
  /** Required: an icon alone has no name. */
  'aria-label': string;
  size?: 'sm' | 'md' | 'lg';
  variant?: 'subtle' | 'light';
  /** Shows the confirmation colour, e.g. after a copy. */
  done?: boolean;
}

/** A square button around an icon (Mantine's ActionIcon look, without its weight). */
export function IconButton({ size = 'md', variant = 'subtle', done, ...props }: IconButtonProps) {
  return (
    <UnstyledButton
      className="icon-button"
      data-size={size}
      data-variant={variant}
      data-done={done || undefined}
      {...props}
    />
  );
}
