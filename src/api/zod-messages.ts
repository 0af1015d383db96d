import type * as z from 'zod/mini';

/**
 * The English wording classic Zod's locale gives the issues this app's schemas can raise, so
 * "items[1].id: expected string, received number" reads the same under zod/mini, which loads no
 * locale. Other issue codes fall through to Zod's own "Invalid input".
 */
export const issueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${typeName(issue.expected)}, received ${typeName(typeOf(issue.input), issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${quote(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(quote).join('|')}`;
    case 'too_small': {
      const unit = SIZE_UNITS[issue.origin];
      const bound = `${issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>'}${issue.minimum}`;
      return `Too small: expected ${issue.origin} to ${unit ? `have ${bound} ${unit}` : `be ${bound}`}`;
    }
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(quote).join(', ')}`;
  }
  return undefined;
};

const SIZE_UNITS: Record<string, string | undefined> = {
  string: 'characters',
  array: 'items',
  set: 'items',
  map: 'entries',
  file: 'bytes',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  if (typeof value === 'object' && Object.getPrototypeOf(value) !== Object.prototype) {
    return (value.constructor as { name?: string } | undefined)?.name ?? 'object';
  }
  return typeof value;
}

function typeName(type: string, value?: unknown): string {
  if (type === 'number' && typeof value === 'number' && !Number.isFinite(value)) {
    return String(value);
  }
  return type === 'nan' ? 'NaN' : type;
}

function quote(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  return typeof value === 'string' ? `"${value}"` : String(value);
}
