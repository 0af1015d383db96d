import type { CSSProperties } from 'react';
import './skeleton-block.css';

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
