import './spinner.css';

interface SpinnerProps {
  size?: 'xs' | 'sm';
  /** Give it a name when nothing else on screen says what is loading. */
  label?: string;
}

/** A small turning ring for "loading" (Mantine's Loader look, in a few lines of CSS). */
export function Spinner({ size = 'sm', label }: SpinnerProps) {
  return label ? (
    <span className="spinner" data-size={size} role="status" aria-label={label} />
  ) : (
    <span className="spinner" data-size={size} aria-hidden="true" />
  );
}
