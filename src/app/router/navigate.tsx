import { useEffect } from 'react';
import { useHistory } from './router-context.ts';

export function Navigate({ to }: { to: string }) {
  const history = useHistory();
  useEffect(() => history.replace(to), [history, to]);
  return null;
}
