import { useId, type CSSProperties, type ReactNode } from 'react';
import { IconButton } from './icon-button.tsx';
import { CloseIcon } from './icons.tsx';
import './notice.css';

interface NoticeProps {
  title: ReactNode;
  color?: 'blue' | 'red' | 'yellow';
  /** `alert` for failures the user must act on, `status` for news that can wait. */
  role: 'alert' | 'status';
  children: ReactNode;
  /** Adds a "Dismiss" button. */
  onDismiss?: () => void;
}

/** A tinted box with a bold title: errors, warnings and news about the page. */
export function Notice({ title, color = 'blue', role, children, onDismiss }: NoticeProps) {
  const titleId = useId();
  return (
    <div className="notice" data-color={color} role={role} aria-labelledby={titleId}>
      <div className="notice__head">
        <div id={titleId} className="notice__title">
          {title}
        </div>
        {onDismiss && (
          <IconButton size="sm" aria-label="Dismiss" onClick={onDismiss}>
            <CloseIcon />
          </IconButton>
        )}
      </div>
      <div>{children}</div>
    </div>
  );
}

/** A grey placeholder bar shown where content is loading. */
export function SkeletonBlock({ height, width }: { height: number; width?: string }) {
  return (
    <div
      className="skeleton"
      aria-hidden="true"
      style={{ '--skeleton-height': `${height}px`, '--skeleton-width': width } as CSSProperties}
    />
  );
}
