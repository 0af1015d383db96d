import * as z from 'zod/mini';
import { issueMessage } from './zod-messages.ts';

// Zod compiles object parsers with `new Function` when it may. The production CSP forbids eval
// (`script-src 'self'`), and even Zod's probe for it is reported as a violation, so never try.
// Must run before any schema is built: main.tsx imports this first. zod/mini loads no locale, so
// the English issue messages are installed here too.
z.config({ jitless: true, customError: issueMessage });
