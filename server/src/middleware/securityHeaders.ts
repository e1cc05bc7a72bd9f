/**
 * Helmet's security headers. Pages may not be framed, except the /embed/ pages that a city's
 * own website shows in an iframe: those allow the configured origins and send no X-Frame-Options.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../config';

/**
 * Strict: scripts, styles, images and connections only from this origin, no inline script.
 * React's style props go through the CSSOM, which CSP does not block.
 */
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

export function securityHeaders(config: Pick<Config, 'embedAllowedOrigins'>): RequestHandler {
  const everyPage = helmet({ contentSecurityPolicy: { directives: contentSecurityPolicy } });
  const embedPage = helmet({
    contentSecurityPolicy: {
      directives: { ...contentSecurityPolicy, frameAncestors: config.embedAllowedOrigins },
    },
    // X-Frame-Options can only say DENY or SAMEORIGIN; frame-ancestors supersedes it.
    xFrameOptions: false,
  });
  return (req, res, next) =>
    req.path.startsWith('/embed/') ? embedPage(req, res, next) : everyPage(req, res, next);
}
