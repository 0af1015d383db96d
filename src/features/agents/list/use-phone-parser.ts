import { useEffect, useState } from 'react';
import type { PhoneParser } from './phone-query.ts';

let loaded: PhoneParser | null = null;
let loading: Promise<PhoneParser> | null = null;

/** Starts loading libphonenumber-js (shared with the editor's chunk) without blocking a render. */
export function loadPhoneParser(): Promise<PhoneParser> {
  loading ??= import('libphonenumber-js').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The parser once loaded; null before, when search falls back to plain digits. */
export function usePhoneParser(): PhoneParser | null {
  const [parser, setParser] = useState<PhoneParser | null>(loaded);
  useEffect(() => {
    if (parser) return;
    let live = true;
    void loadPhoneParser().then((p) => live && setParser(() => p));
    return () => {
      live = false;
    };
  }, [parser]);
  return parser;
}
