/**
 * Compresses answers for clients that accept it (brotli at quality 4, or gzip): the SPA's
 * scripts shrink to about a third, a goal's JSON to a tenth. Progress streams are left alone:
 * compressed, their lines would wait in the compressor's buffer instead of reaching the
 * progress bar.
 */
import compression from 'compression';
import type { RequestHandler } from 'express';

const STREAMED = 'application/x-ndjson';

export function compressResponses(): RequestHandler {
  return compression({
    filter: (req, res) => {
      // The library's own list of compressible types leaves ndjson out today; this says so
      // here, whatever a later version of that list holds.
      const type = String(res.getHeader('Content-Type') ?? '');
      return !type.startsWith(STREAMED) && compression.filter(req, res);
    },
  });
}
