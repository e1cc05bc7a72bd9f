/**
 * For the SPA, imported before any schema is built. Zod compiles object parsers with
 * `new Function`, and even its check for whether it may is reported as a violation by a
 * Content-Security-Policy without 'unsafe-eval', such as the one the server sends. Parsing
 * "jitless" is a little slower and needs no eval. The server does not import this.
 */
import { z } from 'zod';

z.config({ jitless: true });
