import * as libphonenumber from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { localeCountry, parsePhoneQuery, phoneMatches } from './phone-query.ts';

describe('parsePhoneQuery', () => {
  it('normalises a complete national number to E.164 digits in the given country', () => {
    expect(parsePhoneQuery('(415) 555-0123', libphonenumber, 'US')).toEqual({
      digits: '4155550123',
      international: false,
      e164Digits: '14155550123',
    });
  });

  it('keeps a partial number as digits, anchored when it starts with +', () => {
    expect(parsePhoneQuery('+44 20 79', libphonenumber, 'US')).toMatchObject({
      digits: '442079',
      international: true,
    });
  });

  it('is not a phone query with letters or with fewer than three digits', () => {
    expect(parsePhoneQuery('Agent 2003', libphonenumber, 'US')).toBeNull();
    expect(parsePhoneQuery('12', libphonenumber, 'US')).toBeNull();
  });

  it('matches stored E.164 digits exactly, by prefix or by contained digits', () => {
    const full = parsePhoneQuery('415 555 0123', libphonenumber, 'US');
    const partial = parsePhoneQuery('555-01', libphonenumber, 'US');
    expect(full && phoneMatches('14155550123', full)).toBe(true);
    expect(partial && phoneMatches('14155550123', partial)).toBe(true);
    expect(partial && phoneMatches('', partial)).toBe(false);
  });
});

describe('localeCountry', () => {
  it('reads the region of a browser locale', () => {
    expect(localeCountry('en-GB')).toBe('GB');
    expect(localeCountry('en')).toBe('US');
    expect(localeCountry(undefined)).toBeUndefined();
    expect(localeCountry('not a locale!')).toBeUndefined();
  });
});
