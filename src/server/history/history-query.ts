import { z } from 'zod';

export const MAX_PAGE_SIZE = 500;

const cursorSchema = z.string().transform((text, ctx) => {
  const match = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)\|(\d+)$/.exec(
    Buffer.from(text, 'base64url').toString('utf8'),
  );
  if (!match?.[1] || !match[2] || Number.isNaN(Date.parse(match[1]))) {
    ctx.addIssue({ code: 'custom', message: 'is not a cursor this server gave out' });
    return z.NEVER;
  }
  return { at: match[1], id: Number(match[2]) };
});

const time = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-01-31T09:00:00Z' })
  .transform((text) => new Date(text));

const name = (what: string) => z.string().trim().min(1, `must name ${what}`).max(200);

export const historyQuerySchema = z
  .strictObject({
    agent: name('an agent ID').optional(),
    user: name('a user').optional(),
    field: name('a field').optional(),
    from: time.optional(),
    to: time.optional(),
    cursor: cursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, {
    message: 'must be later than from',
    path: ['to'],
  })
  .transform(({ cursor, ...rest }) => ({ ...rest, after: cursor }));

export type HistoryFilter = z.output<typeof historyQuerySchema>;

export function encodeCursor(position: { at: string; id: number }): string {
  return Buffer.from(`${position.at}|${position.id}`).toString('base64url');
}

/** "to: must be later than from": the parameter first, so the message says which one is wrong. */
export function describeQueryError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const param = issue.path.join('.') || 'query';
      if (issue.code === 'unrecognized_keys') return `Unknown parameter ${issue.keys.join(', ')}`;
      return `${param}: ${issue.message}`;
    })
    .join('; ');
}
