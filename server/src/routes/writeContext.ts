/** What write routes need from the app: the write context of a request, and its If-Match. */
import { localDate } from '@civicstat/shared';
import type { Request } from 'express';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { UnauthorizedError } from '../errors';
import { requiredVersion } from '../services/versioning';
import type { WriteContext } from '../services/writeContext';

export interface AppServices {
  db: Db;
  config: Config;
  /** The current instant; tests pass a fixed one. */
  clock: () => Date;
}

export type WriteContextOf = (req: Request) => WriteContext;

export function writeContextOf({ db, config, clock }: AppServices): WriteContextOf {
  return (req) => {
    // Write routes admit only signed-in roles, so this holds; the check keeps the type honest.
    if (!req.actor) throw new UnauthorizedError();
    const now = clock();
    return {
      db,
      actor: req.actor,
      fiscalYearStartMonth: config.fiscalYearStartMonth,
      today: localDate(now, config.cityTimeZone),
      now,
    };
  };
}

/** The version the change is based on, when If-Match is sent; 400 when it is malformed. */
export function ifMatchOf(req: Request): number | undefined {
  return req.get('If-Match') === undefined ? undefined : requiredVersion(req);
}
