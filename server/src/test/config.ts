import { loadConfig, type Config } from '../config';

/** The configuration tests run with: defaults, silent logs, overrides applied last. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}
