import { Stack, Switch } from '@mantine/core';
import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import type { BulkFormControl, BulkFormInput } from './bulk-form-schema.ts';

type SwitchName = {
  [K in keyof BulkFormInput]: BulkFormInput[K] extends boolean ? K : never;
}[keyof BulkFormInput];

interface OptInFieldProps {
  control: BulkFormControl;
  name: Exclude<SwitchName, 'knowledge_base'>;
  label: string;
  children: ReactNode;
}

/** A field of the bulk edit that stays out of the job until its "Change …" switch is on. */
export function OptInField({ control, name, label, children }: OptInFieldProps) {
  const { field } = useController({ control, name });
  return (
    <Stack gap="xs">
      <Switch
        label={`Change ${label}`}
        checked={field.value}
        onChange={(event) => field.onChange(event.currentTarget.checked)}
        onBlur={field.onBlur}
        ref={field.ref}
      />
      {field.value && (
        <div style={{ paddingInlineStart: 'var(--mantine-spacing-xl)' }}>{children}</div>
      )}
    </Stack>
  );
}
