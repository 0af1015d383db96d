import { useId, type ComponentPropsWithRef } from 'react';
import './toggle-switch.css';

interface ToggleSwitchProps extends Omit<ComponentPropsWithRef<'input'>, 'type' | 'role'> {
  label: string;
  description?: string;
}

/** An on/off checkbox announced as a switch; a native input keeps Mantine's Switch out of the first load. */
export function ToggleSwitch({ label, description, ...input }: ToggleSwitchProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div className="toggle-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-describedby={description ? descriptionId : undefined}
        {...input}
      />
      <div>
        <label htmlFor={id} className="toggle-switch__label">
          {label}
        </label>
        {description && (
          <div id={descriptionId} className="toggle-switch__description">
            {description}
          </div>
        )}
      </div>
    </div>
  );
}
