import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it may. The production CSP forbids eval
// (`script-src 'self'`), and even Zod's probe for it is reported as a violation, so never try.
// Must run before any schema is built: main.tsx imports this first.
z.config({ jitless: true });
