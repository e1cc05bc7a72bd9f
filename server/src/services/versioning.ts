/**
 * Optimistic concurrency for versioned resources: every row has a `version`; its ETag is
 * `"<version>"`; a change must send If-Match with the version it was based on. Two people
 * editing the same thing never silently overwrite each other.
 */
import type { Request, Response } from 'express';
import { PreconditionRequiredError, ValidationError } from '../errors';

export function versionETag(version: number): string {
  return `"${version}"`;
}

export function setVersion(res: Response, version: number): void {
  res.set('ETag', versionETag(version));
}

/** The version the client's change is based on: If-Match `"7"` (or W/"7"). 428 when absent. */
export function requiredVersion(req: Request): number {
  const header = req.get('If-Match');
  if (!header) throw new PreconditionRequiredError();
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) {
    throw new ValidationError(
      [{ path: 'header.If-Match', message: 'must be the ETag you received, such as "3"' }],
      'The If-Match header is not a version of this resource.',
    );
  }
  return Number(match[1]);
}
