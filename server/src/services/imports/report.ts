/**
 * The report of a dry run (or commit): one JSON line per data row, in row order, next to the
 * uploaded file, so a report of 200,000 rows is paged from disk rather than kept in memory.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { ImportCounts, ImportOutcome, ImportRowReport } from '@civicstat/shared';

export class ReportWriter {
  private readonly out: fs.WriteStream;
  readonly counts: ImportCounts = {
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: 0,
    rowsWithErrors: 0,
    departmentsCreated: 0,
  };
  /** The first errors, for a message when a commit finds the file no longer passes. */
  readonly firstErrors: Array<{ row: number; column: string; message: string }> = [];

  constructor(private readonly finalPath: string) {
    this.out = fs.createWriteStream(`${finalPath}.part`);
  }

  async add(line: ImportRowReport): Promise<void> {
    if (line.outcome === 'create') this.counts.created += 1;
    else if (line.outcome === 'update') this.counts.updated += 1;
    else if (line.outcome === 'unchanged') this.counts.unchanged += 1;
    else {
      this.counts.rowsWithErrors += 1;
      this.counts.errors += line.errors.length;
      for (const error of line.errors) {
        if (this.firstErrors.length < 5) this.firstErrors.push({ row: line.row, ...error });
      }
    }
    if (!this.out.write(`${JSON.stringify(line)}\n`)) {
      await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    await fs.promises.rename(`${this.finalPath}.part`, this.finalPath);
  }

  async discard(): Promise<void> {
    this.out.destroy();
    await fs.promises.rm(`${this.finalPath}.part`, { force: true });
  }
}

/** One page of a report, optionally of one outcome only. */
export async function readReportPage(
  reportPath: string,
  outcome: ImportOutcome | undefined,
  limit: number,
  offset: number,
): Promise<ImportRowReport[]> {
  if (!fs.existsSync(reportPath)) return [];
  const lines = readline.createInterface({ input: fs.createReadStream(reportPath) });
  const page: ImportRowReport[] = [];
  let seen = 0;
  try {
    for await (const text of lines) {
      if (outcome && !text.includes(`"outcome":"${outcome}"`)) continue;
      seen += 1;
      if (seen <= offset) continue;
      page.push(JSON.parse(text) as ImportRowReport);
      if (page.length >= limit) break;
    }
  } finally {
    lines.close();
  }
  return page;
}

export function totalOf(counts: ImportCounts | null, outcome: ImportOutcome | undefined): number {
  if (!counts) return 0;
  const byOutcome = {
    create: counts.created,
    update: counts.updated,
    unchanged: counts.unchanged,
    error: counts.rowsWithErrors,
  };
  return outcome
    ? byOutcome[outcome]
    : counts.created + counts.updated + counts.unchanged + counts.rowsWithErrors;
}
