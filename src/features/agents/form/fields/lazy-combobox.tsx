import { Loader, type MultiSelectProps, type SelectProps, TextInput } from '@mantine/core';
import { Suspense, type CSSProperties, type ReactNode, type Ref } from 'react';
import { ErrorBoundary } from '../../../../lib/error-boundary.tsx';
import { retryableLazy } from '../../../../components/retryable-lazy.tsx';
import { LookupError } from './lookup-error.tsx';

const loadInputs = () => import('./combobox-inputs.ts');

/** Starts fetching the selects while the agent loads, so they are usually there before the form. */
export function preloadComboboxInputs() {
  // A failure here shows, with Retry, where a field renders and waits for the chunk.
  loadInputs().catch(() => undefined);
}

const select = retryableLazy<SelectProps<string>>(async () => (await loadInputs()).Select);
const multiSelect = retryableLazy<MultiSelectProps<string>>(
  async () => (await loadInputs()).MultiSelect,
);
const retryLoading = () => {
  select.retry();
  multiSelect.retry();
};

interface PlaceholderProps {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  inputWrapperOrder?: SelectProps['inputWrapperOrder'];
  style?: CSSProperties;
  /** What the field holds, shown while the select itself loads. */
  shownValue: string;
}

/** Same label, place and value as the select, disabled for the moment it takes to arrive. */
function SelectPlaceholder({
  shownValue,
  loading,
  ...field
}: PlaceholderProps & { loading: boolean }) {
  return (
    <TextInput
      {...field}
      value={shownValue}
      readOnly
      disabled
      aria-busy={loading}
      rightSection={loading ? <Loader size="xs" /> : undefined}
    />
  );
}

/**
 * The select once its chunk is there. Until then the placeholder; if the chunk cannot be fetched,
 * the placeholder stays (the form keeps the value) with the reason and a Retry.
 */
function Deferred({ children, ...placeholder }: PlaceholderProps & { children: ReactNode }) {
  return (
    <ErrorBoundary
      resetKey="select"
      fallback={(error, reset) => (
        <div style={placeholder.style}>
          <SelectPlaceholder {...placeholder} style={undefined} loading={false} />
          <LookupError
            what="this field"
            error={error}
            onRetry={() => {
              retryLoading();
              reset();
            }}
          />
        </div>
      )}
    >
      <Suspense fallback={<SelectPlaceholder {...placeholder} loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

type WithRef<P> = P & { ref?: Ref<HTMLInputElement>; shownValue: string };

function placeholderOf(props: SelectProps<string> | MultiSelectProps<string>) {
  const { label, description, error, inputWrapperOrder, style } = props;
  return {
    label,
    description,
    error,
    inputWrapperOrder,
    style: style as CSSProperties | undefined,
  };
}

/**
 * A searchable select shows the chosen label in its search box; typing after it searched for
 * "English (en)brit". Selecting that label on focus or click makes the first key replace it.
 */
function selectShownLabel(event: { currentTarget: HTMLInputElement }, shownValue: string) {
  const input = event.currentTarget;
  if (input.value === shownValue) input.select();
}

export function LazySelect({ shownValue, ...props }: WithRef<SelectProps<string>>) {
  const searchProps: Partial<SelectProps<string>> = props.searchable
    ? {
        onFocus: (event) => {
          selectShownLabel(event, shownValue);
          props.onFocus?.(event);
        },
        onClick: (event) => {
          selectShownLabel(event, shownValue);
          props.onClick?.(event);
        },
      }
    : {};
  return (
    <Deferred {...placeholderOf(props)} shownValue={shownValue}>
      <select.Loaded {...props} {...searchProps} />
    </Deferred>
  );
}

export function LazyMultiSelect({ shownValue, ...props }: WithRef<MultiSelectProps<string>>) {
  return (
    <Deferred {...placeholderOf(props)} shownValue={shownValue}>
      <multiSelect.Loaded {...props} />
    </Deferred>
  );
}
