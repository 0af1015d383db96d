import { useId, type ReactNode } from 'react';
import { IconButton } from './icon-button.tsx';
import { CloseIcon } from './icons.tsx';
import './notice.css';

interface NoticeProps {
  title: ReactNode;
  color?: 'blue' | 'red' | 'yellow' | 'green';
  /**
   * `alert` for failures the user must act on, `status` for news that can wait; none when it sits
   * in a live region already.
   */
  role?: 'alert' | 'status';
  children: ReactNode;
  /** Adds a close button. */
  onDismiss?: () => void;
  dismissLabel?: string;
}

/** A tinted box with a bold title: errors, warnings and news about the page. */
export function Notice({
  title,
  color = 'blue',
  role,
  children,
  onDismiss,
  dismissLabel = 'Dismiss',
}: NoticeProps) {
  const titleId = useId();
  return (
    <div
      className="notice"
      data-color={color}
      role={role}
      aria-labelledby={role ? titleId : undefined}
    >
      <div className="notice__head">
        <div id={titleId} className="notice__title">
          {title}
        </div>
        {onDismiss && (
          <IconButton size="sm" aria-label={dismissLabel} onClick={onDismiss}>
            <CloseIcon />
          </IconButton>
        )}
      </div>
      <div>{children}</div>
    </div>
  );
}
