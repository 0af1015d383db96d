import type * as z from 'zod/mini';
import { describeZodIssues } from './format-zod-issues.ts';

export interface UnreadableItem {
  index: number;
  raw: unknown;
  /** `field: what was wrong`, as the list's error would have said it. */
  problem: string;
}

export interface ReadItems<T> {
  items: T[];
  unreadable: UnreadableItem[];
}

/** Parses a list item by item: what fits the contract is kept, the rest is set aside with why. */
export function readItems<S extends z.ZodMiniType>(
  raw: readonly unknown[],
  schema: S,
): ReadItems<z.output<S>> {
  const items: z.output<S>[] = [];
  const unreadable: UnreadableItem[] = [];
  raw.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) items.push(parsed.data);
    else unreadable.push({ index, raw: item, problem: describeZodIssues(parsed.error) });
  });
  return { items, unreadable };
}
