import type { z } from 'zod';

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`,
    )
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const field = fieldName(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${fieldName([...issue.path, key])} is not an allowed field`);
  }
  if (!field) return ['body must be a JSON object'];
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.includes('received undefined')
        ? [`${field} is required`]
        : [`${field} must be ${issue.expected === 'array' ? 'an' : 'a'} ${issue.expected}`];
    case 'invalid_value':
      return [`${field} must be one of ${issue.values.map(String).join(', ')}`];
    default:
      return [`${field} ${issue.message}`];
  }
}

/** One message per problem, each starting with the field it is about (Fastify/Nest style). */
export function formatValidationIssues(error: z.ZodError): string[] {
  return error.issues.flatMap(describeIssue);
}
