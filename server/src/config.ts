/** The server's settings: read from the environment once, validated, then passed down. */
import path from 'node:path';
import { z } from 'zod';

const databaseUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (
          (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
        );
      } catch {
        return false;
      }
    },
    { message: 'must be a URL like postgres://user:password@host:5432/database' },
  );

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as America/New_York' },
);

/**
 * Who may show the /embed/ pages in a frame (CSP frame-ancestors): `*`, or origins such as
 * `https://durhamnc.gov https://*.durhamnc.gov`, separated by spaces or commas.
 */
const embedOrigins = z
  .string()
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z
      .array(
        z
          .string()
          .regex(
            /^(\*|'self'|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?)$/i,
            'must be * or origins such as https://www.example.gov, separated by spaces',
          ),
      )
      .min(1, 'must name at least one origin, or *'),
  );

const Environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: databaseUrl.optional(),
  DATA_DIR: z.string().min(1).default('data'),
  CLIENT_DIST_DIR: z.string().min(1).default('client/dist'),
  FISCAL_YEAR_START_MONTH: z.coerce.number().int().min(1).max(12).default(7),
  CITY_NAME: z.string().min(1).default('City of Durham'),
  CITY_TIMEZONE: timeZone.default('America/New_York'),
  SEED_DEMO: booleanFlag.default(true),
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(60),
  /** Behind a reverse proxy that terminates HTTPS: trust its X-Forwarded-* headers. */
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Run the city's clock from this instant instead of the real time (demos, screenshots, browser
   * tests): time still passes, starting there, and the demo data is seeded as of that day.
   */
  CLOCK_START: z.iso
    .datetime({ message: 'must be an instant such as 2026-11-25T17:00:00Z' })
    .optional(),
  EMBED_ALLOWED_ORIGINS: embedOrigins.default(['*']),
  /** The largest file an import accepts, in megabytes. */
  IMPORT_MAX_MB: z.coerce.number().positive().max(2048).default(50),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** A PostgreSQL server, or undefined for the embedded database under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  clientDistDir: string;
  fiscalYearStartMonth: number;
  cityName: string;
  cityTimeZone: string;
  seedDemo: boolean;
  /** A session ends this long after sign-in, whatever happens. */
  sessionHours: number;
  /** …or after this long without a request. */
  sessionIdleMinutes: number;
  trustProxy: boolean;
  logLevel: string;
  /** When the clock starts somewhere other than now (CLOCK_START); null for the real time. */
  clockStart: Date | null;
  /** The frame-ancestors of /embed/ pages; every other page may not be framed at all. */
  embedAllowedOrigins: string[];
  /** The largest file an import accepts, in bytes; uploads wait in `<dataDir>/imports`. */
  importMaxBytes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration; throws a ConfigError whose message names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // An empty variable means "not set", as in most twelve-factor apps.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = Environment.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    clientDistDir: path.resolve(cwd, e.CLIENT_DIST_DIR),
    fiscalYearStartMonth: e.FISCAL_YEAR_START_MONTH,
    cityName: e.CITY_NAME,
    cityTimeZone: e.CITY_TIMEZONE,
    seedDemo: e.SEED_DEMO,
    sessionHours: e.SESSION_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    clockStart: e.CLOCK_START ? new Date(e.CLOCK_START) : null,
    embedAllowedOrigins: e.EMBED_ALLOWED_ORIGINS,
    importMaxBytes: Math.round(e.IMPORT_MAX_MB * 1024 * 1024),
  };
}
