import { Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { HoverHint } from './hover-hint.tsx';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function formatRelative(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  // A server clock a little ahead of this one must not read "in 13 seconds" right after a save.
  if (seconds > -10) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return relativeFormat.format(Math.round(seconds / size), unit);
    }
  }
  return relativeFormat.format(seconds, 'second');
}

/** The current time, ticking every `intervalMs`, and read afresh whenever `since` changes. */
function useNow(intervalMs: number, since: unknown) {
  const [now, setNow] = useState(() => new Date());
  const [seen, setSeen] = useState(since);
  if (seen !== since) {
    setSeen(since);
    setNow(new Date());
  }
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** Relative time that stays current, with the exact local time and UTC on hover or focus. */
export function RelativeTime({
  iso,
  tabIndex = 0,
}: {
  iso: string | null | undefined;
  /** Focusable so keyboard users reach the exact time; -1 inside a row moved by arrow keys. */
  tabIndex?: number;
}) {
  const now = useNow(15_000, iso);
  const hintId = useId();
  if (!iso)
    return (
      <Text span c="dimmed">
        unknown
      </Text>
    );
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <Text span>{iso}</Text>;
  const local = date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <HoverHint id={hintId} align="start" label={`${local} (local) · ${date.toISOString()} (UTC)`}>
      <time
        dateTime={iso}
        tabIndex={tabIndex}
        aria-describedby={hintId}
        style={{ textDecoration: 'underline dotted' }}
      >
        {formatRelative(date, now)}
      </time>
    </HoverHint>
  );
}
