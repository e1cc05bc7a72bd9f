/**
 * In a browser, zod parses "jitless". Zod compiles object parsers with `new Function`, and even
 * its check for whether it may is reported as a violation by a Content-Security-Policy without
 * 'unsafe-eval', such as the one the server sends. Jitless parsing is a little slower and needs
 * no eval. It must run before any object schema is built, so shared/src/index.ts imports this
 * first: with the SPA split into chunks, an import in the SPA's own entry would run too late.
 * The server keeps zod's faster compiled parsers.
 */
import { z } from 'zod';

// globalThis.document: shared is compiled without the DOM's types.
if ('document' in globalThis) z.config({ jitless: true });
