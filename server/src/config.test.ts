import path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database under ./data, port 3000, a July fiscal year in Durham', () => {
    const config = loadConfig({}, '/srv/civicstat');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('/srv/civicstat/data'),
      fiscalYearStartMonth: 7,
      cityTimeZone: 'America/New_York',
      seedDemo: true,
      clockStart: null,
    });
  });

  it('starts the clock at CLOCK_START when it is set', () => {
    expect(loadConfig({ CLOCK_START: '2026-11-25T17:00:00Z' }).clockStart).toEqual(
      new Date('2026-11-25T17:00:00Z'),
    );
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://civicstat:secret@db:5432/civicstat',
      PORT: '8080',
      DATA_DIR: '/var/lib/civicstat',
      FISCAL_YEAR_START_MONTH: '10',
      CITY_TIMEZONE: 'America/Chicago',
      SEED_DEMO: 'false',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://civicstat:secret@db:5432/civicstat',
      port: 8080,
      dataDir: '/var/lib/civicstat',
      fiscalYearStartMonth: 10,
      cityTimeZone: 'America/Chicago',
      seedDemo: false,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL must be a URL like postgres://'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL must be a URL like postgres://'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ FISCAL_YEAR_START_MONTH: '13' }, 'FISCAL_YEAR_START_MONTH'],
    [{ CITY_TIMEZONE: 'Mars/Olympus_Mons' }, 'CITY_TIMEZONE must be an IANA time zone'],
    [{ CLOCK_START: 'yesterday' }, 'CLOCK_START must be an instant such as 2026-11-25T17:00:00Z'],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
