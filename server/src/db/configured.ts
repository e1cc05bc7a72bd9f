/** Opens the database the configuration names, failing with one line when it cannot. */
import type { Config } from '../config';
import { fail } from '../exit';
import { DatabaseUnavailableError, openDatabase, type OpenedDatabase } from './database';
import { DataDirectoryLockedError } from './lock';

export async function openConfiguredDatabase(config: Config): Promise<OpenedDatabase> {
  try {
    return await openDatabase(
      config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
    );
  } catch (error) {
    if (error instanceof DatabaseUnavailableError || error instanceof DataDirectoryLockedError) {
      fail(error.message);
    }
    throw error;
  }
}
