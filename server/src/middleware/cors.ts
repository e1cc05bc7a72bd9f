/**
 * CORS for the public read API: residents' and journalists' scripts and pages on any website
 * may read what the public may read. Only answers given without a session are shared
 * (`Access-Control-Allow-Origin: *`), and never with credentials, so a signed-in user's answers
 * never leave this site.
 */
import type { RequestHandler, Response } from 'express';

/** Headers a cross-site reader may see besides the simple ones. */
const exposed = 'ETag, Content-Disposition, Location';

export function allowAnyOrigin(res: Response): void {
  res.set('Access-Control-Allow-Origin', '*');
  res.set('Access-Control-Expose-Headers', exposed);
  // Helmet's default (same-origin) would keep other sites' <img>/no-cors loads out; CORS reads
  // are what is offered here.
  res.set('Cross-Origin-Resource-Policy', 'cross-origin');
}

/**
 * Preflight for a cross-site GET that sends If-None-Match or Accept (not CORS-safelisted when
 * Accept is unusual): allowed for reads only, without credentials.
 */
export const readPreflight: RequestHandler = (req, res, next) => {
  if (req.method !== 'OPTIONS' || !req.get('Access-Control-Request-Method')) return next();
  const method = req.get('Access-Control-Request-Method')?.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    res.status(204).end();
    return;
  }
  res.set('Access-Control-Allow-Origin', '*');
  res.set('Access-Control-Allow-Methods', 'GET, HEAD');
  res.set('Access-Control-Allow-Headers', 'Accept, If-None-Match');
  res.set('Access-Control-Max-Age', '86400');
  res.status(204).end();
};
