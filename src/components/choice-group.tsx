import { Input } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import './choice-group.css';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface ChoiceGroupProps<V extends string> {
  label: ReactNode;
  description?: ReactNode;
  choices: readonly Choice<V>[];
  /** `null` checks none of the choices. */
  value: V | null;
  onChange: (value: V) => void;
}

/**
 * Native radio buttons under a Mantine label: arrow keys move between them as browsers do, and
 * Mantine's Radio (about 3 KB gzip) stays out of the editor's first load.
 */
export function ChoiceGroup<V extends string>({
  label,
  description,
  choices,
  value,
  onChange,
}: ChoiceGroupProps<V>) {
  const id = useId();
  return (
    <Input.Wrapper id={id} label={label} description={description} labelElement="div">
      <div
        role="radiogroup"
        className="choice-group"
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-description` : undefined}
      >
        {choices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name={id}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </Input.Wrapper>
  );
}
