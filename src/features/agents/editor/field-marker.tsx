import { Badge, Button, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { FIELD_LABELS } from '../patch/build-agent-patch.ts';
import { useApplyEdits } from './apply-edits-context.ts';
import { resetField } from './change-set.ts';
import { useChangeSetStore, useFieldChanged } from './change-set-store.ts';
import './field-marker.css';

interface ChangeMarkedProps {
  field: AgentPatchKey;
  children: ReactNode;
}

/** A field with "Changed" and a Reset beside its label while it differs from the saved agent. */
export function ChangeMarked({ field, children }: ChangeMarkedProps) {
  return (
    <div className="change-marked">
      {children}
      <FieldMarker field={field} />
    </div>
  );
}

function FieldMarker({ field }: { field: AgentPatchKey }) {
  const changed = useFieldChanged(field);
  if (!changed) return null;
  return (
    <div className="change-marked__marker">
      <Badge size="sm" variant="light" color="blue">
        Changed
      </Badge>
      <ResetButton field={field} />
    </div>
  );
}

/** "Reset Name" to assistive technology, "Reset" on screen beside the field. */
export function ResetButton({ field }: { field: AgentPatchKey }) {
  const store = useChangeSetStore();
  const applyEdits = useApplyEdits();
  // Named by its content, not aria-label, so finding the field by its label finds one thing.
  return (
    <Button size="xs" variant="subtle" onClick={() => applyEdits(resetField(store.get(), field))}>
      Reset <VisuallyHidden component="span">{FIELD_LABELS[field]}</VisuallyHidden>
    </Button>
  );
}
