import { describe, expect, it } from 'vitest';
import { languageOptions, MULTI_LANGUAGE_CODES } from './language-options.ts';

describe('languageOptions', () => {
  it('lists the languages OpenCX phone agents speak first, in its order', () => {
    const codes = languageOptions(null).map((o) => o.value);
    expect(codes.slice(0, MULTI_LANGUAGE_CODES.length)).toEqual(MULTI_LANGUAGE_CODES);
    expect(languageOptions(null)[0]?.label).toBe('English (en)');
  });

  it('then every other language by its real name, and none without a name', () => {
    const rest = languageOptions(null).slice(MULTI_LANGUAGE_CODES.length);
    const labels = rest.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    for (const { value, label } of rest) expect(label).not.toBe(`${value} (${value})`);
    expect(rest.map((o) => o.value)).toContain('sw');
  });

  it("keeps the agent's own code even when it has no name", () => {
    const codes = languageOptions('xx').map((o) => o.value);
    expect(codes).toContain('xx');
    expect(codes.filter((c) => c === 'en')).toHaveLength(1);
  });
});
