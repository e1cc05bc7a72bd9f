/**
 * npm run seed               load the Durham demo data into an empty database
 * npm run seed -- --reset    empty every table first, then load it again
 */
import { localDate } from '@civicstat/shared';
import { openConfiguredDatabase } from '../db/configured';
import { migrateLatest } from '../db/migrate';
import { resetData } from '../db/reset';
import { fail, loadConfigOrFail } from '../exit';
import { hasPlanData, seedDurham } from '../seed/durham';

async function main(args: string[]): Promise<void> {
  if (args.some((a) => a !== '--reset')) fail('usage: npm run seed [-- --reset]');
  const reset = args.includes('--reset');
  const config = loadConfigOrFail();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateLatest(database.db);
    if (!reset && (await hasPlanData(database.db))) {
      console.log(
        'The database already holds a plan; nothing loaded. Use `npm run seed -- --reset` to replace everything with the demo data.',
      );
      return;
    }
    const started = Date.now();
    if (reset) await resetData(database.db);
    const summary = await seedDurham(database.db, {
      today: localDate(new Date(), config.cityTimeZone),
      fiscalYearStartMonth: config.fiscalYearStartMonth,
    });
    const counts = Object.entries(summary)
      .map(([what, n]) => `${n} ${what}`)
      .join(', ');
    console.log(
      `Durham demo data loaded into ${database.location} in ${Date.now() - started} ms: ${counts}`,
    );
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
