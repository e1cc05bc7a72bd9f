/** For problems a person can fix at start-up: one line on stderr and exit code 1, no stack trace. */
import { ConfigError, loadConfig, type Config } from './config';

export function fail(message: string): never {
  process.stderr.write(`civicstat: ${message}\n`);
  process.exit(1);
}

/** The configuration, or exit naming every bad variable. */
export function loadConfigOrFail(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}
