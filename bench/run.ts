/**
 * `npm run bench`: loads a large deterministic city into a database of its own, serves it with
 * the real app, and measures the read API against the SQL underneath. See bench/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { migrateLatest } from '../server/src/db/migrate';
import { buildCity, cityToday, measurementCount } from './city';
import { openBenchDatabase, type BenchDatabase } from './database';
import { endpoints } from './endpoints';
import { measureImport, renderImport, type ImportResult } from './importBench';
import { loadCity } from './load';
import { measureEndpoint, type EndpointResult } from './measure';
import { IMPORT_KEY, parseOptions, usage } from './options';
import { formatCount } from './progress';
import { renderReport } from './report';
import { startServer, type RunningServer } from './server';

const RESULTS_DIR = path.join(__dirname, 'results');

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(usage);
    return 0;
  }
  // The app as deployed: production settings, no log lines in the way of the numbers.
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const date = new Date();
  let database: BenchDatabase | undefined;
  let server: RunningServer | undefined;
  try {
    database = await openBenchDatabase(config);
    console.log(`database: ${database.version}, ${database.location}`);
    await migrateLatest(database.db);

    const city = buildCity(options.scale, config.fiscalYearStartMonth);
    console.log(
      `loading scale ${options.scale}: ${formatCount(city.kpis.length)} KPIs, ` +
        `${formatCount(measurementCount(city))} measurements`,
    );
    const loaded = await loadCity(database.db, city);
    console.log(
      `loaded in ${loaded.loadSeconds.toFixed(1)} s; VACUUM ANALYZE ${loaded.vacuumSeconds.toFixed(1)} s`,
    );

    // Noon UTC falls on the same calendar day in every city from UTC-11 to UTC+11.
    const today = cityToday(city);
    const clock = () => new Date(`${today}T12:00:00Z`);
    server = await startServer(createApp({ db: database.db, config, clock }));
    console.log(`serving ${server.baseUrl}, the app's clock fixed at ${today}`);
    const results: EndpointResult[] = [];
    for (const endpoint of endpoints.filter((e) => options.only.includes(e.key))) {
      results.push(await measureEndpoint(server, endpoint, database, options.seconds));
    }
    // Last: it adds some 190,000 measurements, which the endpoints above must not see.
    let imported: ImportResult | { problem: string } | undefined;
    if (options.only.includes(IMPORT_KEY)) {
      imported = await measureImport(database, config, clock, city).catch((error: unknown) => ({
        problem: error instanceof Error ? error.message : String(error),
      }));
    }

    const report =
      renderReport(
        {
          date,
          databaseKind: database.kind,
          databaseVersion: database.version,
          databaseLocation: database.location,
          scale: options.scale,
          today,
          kpis: loaded.kpis,
          measurements: loaded.measurements,
          loadSeconds: loaded.loadSeconds,
          vacuumSeconds: loaded.vacuumSeconds,
          seconds: options.seconds,
        },
        results,
      ) + (imported ? `\n${renderImport(imported)}` : '');
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${date.toISOString().replaceAll(':', '-')}.md`);
    fs.writeFileSync(file, report);
    console.log(`\n${report}\nwritten to ${path.relative(process.cwd(), file)}`);

    const failed = results.filter((r) => r.problem !== undefined);
    if (failed.length > 0) {
      console.error(
        `\nbench: ${failed.length} endpoint(s) failed: ${failed.map((r) => r.endpoint.key).join(', ')}`,
      );
      return 1;
    }
    if (imported && 'problem' in imported) {
      console.error(`\nbench: the import failed: ${imported.problem}`);
      return 1;
    }
    return 0;
  } finally {
    await server?.close();
    await database?.close();
    if (database) console.log(`database closed; ${database.afterwards}`);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
