import { TextInput, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { Spinner } from '../../../../components/spinner.tsx';
import { lazy, Suspense, type ComponentType, type ReactNode, type Ref } from 'react';

const loadInputs = () => import('./combobox-inputs.ts');

/** Starts fetching the selects while the agent loads, so they are usually there before the form. */
export function preloadComboboxInputs() {
  // A failed fetch is retried, and reported, when a field renders and suspends on it.
  loadInputs().catch(() => undefined);
}

const MantineSelect = lazy<ComponentType<SelectProps<string>>>(async () => ({
  default: (await loadInputs()).Select,
}));
const MantineMultiSelect = lazy<ComponentType<MultiSelectProps<string>>>(async () => ({
  default: (await loadInputs()).MultiSelect,
}));

interface PlaceholderProps {
  label: ReactNode;
  description?: ReactNode;
  /** What the field holds, shown while the select itself loads. */
  shownValue: string;
}

/** Same label, place and value as the select, disabled for the moment it takes to arrive. */
function SelectPlaceholder({ label, description, shownValue }: PlaceholderProps) {
  return (
    <TextInput
      label={label}
      description={description}
      value={shownValue}
      readOnly
      disabled
      aria-busy
      rightSection={<Spinner size="xs" />}
    />
  );
}

type WithRef<P> = P & { ref?: Ref<HTMLInputElement>; shownValue: string };

function Deferred({ children, ...placeholder }: PlaceholderProps & { children: ReactNode }) {
  return <Suspense fallback={<SelectPlaceholder {...placeholder} />}>{children}</Suspense>;
}

export function LazySelect({ shownValue, ...props }: WithRef<SelectProps<string>>) {
  return (
    <Deferred label={props.label} description={props.description} shownValue={shownValue}>
      <MantineSelect {...props} />
    </Deferred>
  );
}

export function LazyMultiSelect({ shownValue, ...props }: WithRef<MultiSelectProps<string>>) {
  return (
    <Deferred label={props.label} description={props.description} shownValue={shownValue}>
      <MantineMultiSelect {...props} />
    </Deferred>
  );
}
