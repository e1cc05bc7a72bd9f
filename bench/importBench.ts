/**
 * The import benchmark (`--only import`): a 200,000-row measurements file through the app as the
 * import screen sends it (upload → dry run → commit, over HTTP to the real app in this process),
 * against PostgreSQL's own COPY of the same rows, with the process's resident memory meanwhile.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportCounts, ImportProgressLine } from '@civicstat/shared';
import { createApp } from '../server/src/app';
import type { Config } from '../server/src/config';
import { hashPassword } from '../server/src/services/auth/passwords';
import type { City } from './city';
import { timeCopy, type CopyTime } from './copy';
import type { BenchDatabase } from './database';
import { writeImportFile, type ImportFile } from './importFile';
import { formatCount } from './progress';
import { startServer } from './server';

const EMAIL = 'bench.import@city.example';
const PASSWORD = 'bench import password';
const MAPPING = { kpi: 'kpi', period: 'period', value: 'value' };
const MIB = 1024 * 1024;

export interface ImportResult {
  rows: number;
  fileBytes: number;
  uploadSeconds: number;
  dryRunSeconds: number;
  commitSeconds: number;
  counts: ImportCounts;
  /** The same CSV into a table of its three columns, and the rows by KPI id into a copy of measurements. */
  copies: CopyTime[];
  /** Resident memory just before the upload and its peak until the commit answered (sampled). */
  rssBeforeMiB: number;
  rssPeakMiB: number;
  /** The V8 heap in use (live objects and garbage not yet collected): before, and its peak. */
  heapBeforeMiB: number;
  heapPeakMiB: number;
}

/** Resident set size, sampled every 20 ms (and on demand) while the import runs. */
function sampleRss() {
  let peak = process.memoryUsage.rss();
  let heapPeak = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    heapPeak = Math.max(heapPeak, usage.heapUsed);
  };
  const timer = setInterval(sample, 20);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return { peak, heapPeak };
    },
  };
}

/** A signed-in budget office user of the app at `baseUrl`. */
async function signIn(db: BenchDatabase['db'], baseUrl: string) {
  await db('users').insert({
    email: EMAIL,
    name: 'Bench importer',
    role: 'budget_office',
    password_hash: await hashPassword(PASSWORD),
  });
  const response = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  const body = (await response.json()) as { csrfToken?: string };
  if (!response.ok || !body.csrfToken) {
    throw new Error(`sign-in: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { Cookie: cookie, 'X-CSRF-Token': body.csrfToken };
}

/** Reads a dry run's or commit's NDJSON answer, printing progress every few seconds. */
async function streamed(response: Response, label: string, sample: () => void) {
  if (!response.ok || !response.body) {
    throw new Error(`${label}: HTTP ${response.status} ${await response.text()}`);
  }
  const started = performance.now();
  let printed = started;
  let buffered = '';
  let last: ImportProgressLine | undefined;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    sample();
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const text of lines.filter((l) => l.trim() !== '')) {
      last = JSON.parse(text) as ImportProgressLine;
      if ('progress' in last && performance.now() - printed >= 3000) {
        printed = performance.now();
        const { processed, total } = last.progress;
        const seconds = (printed - started) / 1000;
        console.log(
          `  ${label}: ${formatCount(processed)} / ${formatCount(total)} rows, ${seconds.toFixed(1)} s`,
        );
      }
    }
  }
  if (!last || 'progress' in last) throw new Error(`${label}: the answer ended without a result`);
  if ('error' in last) throw new Error(`${label}: ${last.error.status} ${last.error.detail}`);
  return last.import;
}

/** Upload, dry run and commit of `file`, each timed; throws when a step fails or finds errors. */
async function importThroughApi(
  baseUrl: string,
  headers: Record<string, string>,
  file: ImportFile,
  sample: () => void,
) {
  const seconds = (since: number) => (performance.now() - since) / 1000;
  const form = new FormData();
  form.append('file', await fs.openAsBlob(file.path, { type: 'text/csv' }), 'bench-import.csv');
  let started = performance.now();
  const uploaded = await fetch(`${baseUrl}/api/v1/imports?kind=measurements`, {
    method: 'POST',
    headers,
    body: form,
  });
  const upload = (await uploaded.json()) as { id?: number; totalRows?: number };
  if (uploaded.status !== 201 || upload.id === undefined) {
    throw new Error(`upload: HTTP ${uploaded.status} ${JSON.stringify(upload)}`);
  }
  const uploadSeconds = seconds(started);
  sample();

  const ndjson = { ...headers, Accept: 'application/x-ndjson' };
  started = performance.now();
  const checked = await streamed(
    await fetch(`${baseUrl}/api/v1/imports/${upload.id}/check`, {
      method: 'POST',
      headers: { ...ndjson, 'Content-Type': 'application/json' },
      body: JSON.stringify({ mapping: MAPPING }),
    }),
    'dry run',
    sample,
  );
  const dryRunSeconds = seconds(started);
  if (checked.counts && checked.counts.rowsWithErrors > 0) {
    throw new Error(`dry run: ${checked.counts.rowsWithErrors} rows have errors`);
  }

  started = performance.now();
  const committed = await streamed(
    await fetch(`${baseUrl}/api/v1/imports/${upload.id}/commit`, {
      method: 'POST',
      headers: ndjson,
    }),
    'commit',
    sample,
  );
  const commitSeconds = seconds(started);
  if (!committed.counts) throw new Error('commit: the import has no counts');
  return { uploadSeconds, dryRunSeconds, commitSeconds, counts: committed.counts };
}

export async function measureImport(
  database: BenchDatabase,
  config: Config,
  clock: () => Date,
  city: City,
): Promise<ImportResult> {
  // Uploads and reports go to a data directory of the bench's own, removed at the end.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-bench-import-'));
  const server = await startServer(
    createApp({ db: database.db, config: { ...config, dataDir }, clock }),
  );
  try {
    const firstPlanMonth = city.monthlyPeriods[0];
    if (!firstPlanMonth) throw new Error('the bench city has no monthly periods');
    const file = await writeImportFile(
      database.db,
      path.join(dataDir, 'bench-import.csv'),
      firstPlanMonth,
    );
    const { created, updated, unchanged } = file.expected;
    console.log(
      `import: ${formatCount(file.rows)} rows, ${(file.bytes / MIB).toFixed(1)} MiB ` +
        `(${formatCount(created)} new, ${formatCount(updated)} changed, ${formatCount(unchanged)} unchanged)`,
    );

    // PostgreSQL's own load of the same rows first, while measurements is as loaded.
    const copies = [
      await timeCopy(database, {
        label: 'the CSV into a table of its columns',
        createTable:
          'create table bench_copy (kpi text not null, period date not null, value numeric not null)',
        columns: '(kpi, period, value)',
        data: fs.readFileSync(file.path),
        header: true,
        rows: file.rows,
      }),
      await timeCopy(database, {
        label: 'the rows by KPI id into a copy of measurements (defaults, checks, indexes)',
        createTable:
          'create table bench_copy (like measurements including defaults including constraints including indexes)',
        columns: '(kpi_id, period_start, value)',
        data: file.byId,
        header: false,
        rows: file.rows,
      }),
    ];
    for (const copy of copies) {
      console.log(`  COPY ${copy.label}: ${copy.seconds.toFixed(2)} s`);
    }

    const headers = await signIn(database.db, server.baseUrl);
    global.gc?.();
    const rss = sampleRss();
    const before = process.memoryUsage();
    const steps = await importThroughApi(server.baseUrl, headers, file, rss.sample);
    const peak = rss.stop();
    const counts = steps.counts;
    if (
      counts.created !== created ||
      counts.updated !== updated ||
      counts.unchanged !== unchanged
    ) {
      throw new Error(
        `commit: expected ${created}/${updated}/${unchanged} created/updated/unchanged, got ${counts.created}/${counts.updated}/${counts.unchanged}`,
      );
    }
    return {
      rows: file.rows,
      fileBytes: file.bytes,
      ...steps,
      copies,
      rssBeforeMiB: before.rss / MIB,
      rssPeakMiB: peak.peak / MIB,
      heapBeforeMiB: before.heapUsed / MIB,
      heapPeakMiB: peak.heapPeak / MIB,
    };
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The import's section of the report. */
export function renderImport(result: ImportResult | { problem: string }): string {
  if ('problem' in result) return `## Import\n\nThe import failed: ${result.problem}\n`;
  const total = result.uploadSeconds + result.dryRunSeconds + result.commitSeconds;
  const importRate = result.rows / total;
  const [file, table] = result.copies;
  const copyRate = file ? result.rows / file.seconds : Number.NaN;
  const lines = [
    '## Import',
    '',
    `${formatCount(result.rows)} measurements (${(result.fileBytes / MIB).toFixed(1)} MiB of CSV): ` +
      `${formatCount(result.counts.created)} created, ${formatCount(result.counts.updated)} updated, ` +
      `${formatCount(result.counts.unchanged)} unchanged. Import = upload + dry run + commit over HTTP; ` +
      `COPY: ${file?.method ?? '—'}, median of 3.`,
    '',
    '| rows | upload s | dry run s | commit s | import rows/s | COPY s | COPY rows/s | import/COPY | peak RSS MiB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${formatCount(result.rows)} | ${result.uploadSeconds.toFixed(2)} | ${result.dryRunSeconds.toFixed(2)} | ` +
      `${result.commitSeconds.toFixed(2)} | ${formatCount(importRate)} | ${file?.seconds.toFixed(2) ?? '—'} | ` +
      `${formatCount(copyRate)} | ${(importRate / copyRate).toFixed(3)} | ${result.rssPeakMiB.toFixed(0)} |`,
    '',
    `- COPY ${file?.label ?? ''}: ${formatCount(copyRate)} rows/s.`,
    ...(table
      ? [
          `- COPY ${table.label}: ${table.seconds.toFixed(2)} s, ${formatCount(result.rows / table.seconds)} rows/s.`,
        ]
      : []),
    `- Commit alone: ${formatCount(result.rows / result.commitSeconds)} rows/s; dry run alone: ` +
      `${formatCount(result.rows / result.dryRunSeconds)} rows/s.`,
    `- Resident memory: ${result.rssBeforeMiB.toFixed(0)} MiB before the upload, ` +
      `${result.rssPeakMiB.toFixed(0)} MiB at its peak during the import (the app, the bench and the city in one process); ` +
      `V8 heap in use ${result.heapBeforeMiB.toFixed(0)} MiB before, ${result.heapPeakMiB.toFixed(0)} MiB at its peak.`,
    '',
  ];
  return lines.join('\n');
}
