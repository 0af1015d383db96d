import { Alert } from '@mantine/core';

/** Saves the server could not write to its database yet: it keeps them and keeps trying. */
export function UnrecordedNotice({ count }: { count: number | undefined }) {
  if (!count) return null;
  const changes = count === 1 ? '1 change' : `${count} changes`;
  return (
    <Alert color="yellow" variant="light" title="Some changes are not in the history yet">
      The server could not write {changes} to its database. It keeps trying; what was saved in
      OpenCX is not affected.
    </Alert>
  );
}
