import { Badge, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { Button } from '../../../components/button.tsx';
import { FIELD_LABELS } from '../patch/build-agent-patch.ts';
import { useFieldChanged } from './change-set-store.ts';
import './field-marker.css';

interface ChangeMarkedProps {
  field: AgentPatchKey;
  onReset: (field: AgentPatchKey) => void;
  children: ReactNode;
}

/** A field with "Changed" and a Reset beside its label while it differs from the saved agent. */
export function ChangeMarked({ field, onReset, children }: ChangeMarkedProps) {
  return (
    <div className="change-marked">
      {children}
      <FieldMarker field={field} onReset={onReset} />
    </div>
  );
}

function FieldMarker({ field, onReset }: Omit<ChangeMarkedProps, 'children'>) {
  const changed = useFieldChanged(field);
  if (!changed) return null;
  return (
    <div className="change-marked__marker">
      <Badge size="sm" variant="light" color="blue">
        Changed
      </Badge>
      <ResetButton field={field} onReset={onReset} />
    </div>
  );
}

/** "Reset Name" to assistive technology, "Reset" on screen beside the field. */
export function ResetButton({ field, onReset }: Omit<ChangeMarkedProps, 'children'>) {
  // Named by its content, not aria-label, so finding the field by its label finds one thing.
  return (
    <Button size="xs" variant="subtle" onClick={() => onReset(field)}>
      Reset <VisuallyHidden component="span">{FIELD_LABELS[field]}</VisuallyHidden>
    </Button>
  );
}
