import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import type { AgentFormControl } from '../agent-form-values.ts';
import { LazySelect } from './lazy-combobox.tsx';
import { labelOf } from './option-labels.ts';
import { DEFAULT_OPTION, fromSelectValue, toSelectValue } from './select-sentinel.ts';
import { languageName, languageOptions } from './language-options.ts';

interface LanguageFieldProps {
  control: AgentFormControl;
  /** The agent's languages when the API sent a list; the form edits the first one. */
  savedLanguages: string[] | null;
}

export function LanguageField({ control, savedLanguages }: LanguageFieldProps) {
  const { field, fieldState } = useController({ control, name: 'language' });
  const data = useMemo(
    () => [{ value: DEFAULT_OPTION, label: 'Default' }, ...languageOptions(field.value)],
    [field.value],
  );
  const multi = savedLanguages && savedLanguages.length > 1;
  return (
    <div>
      <LazySelect
        label="Language"
        shownValue={labelOf(data, toSelectValue(field.value))}
        description="The language the agent speaks first"
        data={data}
        searchable
        nothingFoundMessage="No language matches"
        value={toSelectValue(field.value)}
        onChange={(value) => field.onChange(fromSelectValue(value))}
        onBlur={field.onBlur}
        ref={field.ref}
        error={fieldState.error?.message}
        allowDeselect={false}
      />
      {multi && (
        <Text size="xs" c="dimmed" mt={4}>
          This agent speaks {savedLanguages.map(languageName).join(', ')}. You are editing the
          primary language; saving a different one replaces the list with it.
        </Text>
      )}
    </div>
  );
}
