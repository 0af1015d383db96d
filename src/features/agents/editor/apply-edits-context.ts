import { createContext, useContext } from 'react';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import type { EditOrigin } from './change-set.ts';

type ApplyEdits = (values: Partial<AgentFormInput>, origin?: EditOrigin) => void;

export const ApplyEditsContext = createContext<ApplyEdits | null>(null);

/**
 * Puts values from elsewhere (an older version, say) into the open editor as unsaved edits: they
 * show as changes, in the save bar and the review, and are saved like anything typed.
 */
export function useApplyEdits(): ApplyEdits {
  const apply = useContext(ApplyEditsContext);
  if (!apply) throw new Error('useApplyEdits needs the agent form around it');
  return apply;
}
