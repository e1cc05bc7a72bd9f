/**
 * npm run migrate                  apply every pending migration
 * npm run migrate -- down          revert the last batch
 * npm run migrate -- down --all    revert every migration (empties the database)
 * npm run migrate -- status        list applied and pending migrations
 */
import { openConfiguredDatabase } from '../db/configured';
import { migrateDown, migrateLatest, migrationStatus } from '../db/migrate';
import { fail, loadConfigOrFail } from '../exit';

const usage = 'usage: npm run migrate [-- up | down [--all] | status]';

async function main(args: string[]): Promise<void> {
  const command = args[0] ?? 'up';
  if (!['up', 'down', 'status'].includes(command) || args.slice(1).some((a) => a !== '--all'))
    fail(usage);
  const config = loadConfigOrFail();
  const database = await openConfiguredDatabase(config);
  try {
    if (command === 'up') {
      const names = await migrateLatest(database.db);
      console.log(names.length ? `applied:\n  ${names.join('\n  ')}` : 'already up to date');
    } else if (command === 'down') {
      const names = await migrateDown(database.db, args.includes('--all'));
      console.log(names.length ? `reverted:\n  ${names.join('\n  ')}` : 'nothing to revert');
    } else {
      const { done, pending } = await migrationStatus(database.db);
      console.log(
        `applied (${done.length}):\n  ${done.join('\n  ')}\npending (${pending.length}):\n  ${pending.join('\n  ')}`,
      );
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
