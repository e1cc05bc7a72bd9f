/** What one pass over an import's rows needs, whether a dry run or a commit. */
import type { ImportMapping, ImportOptions } from '@civicstat/shared';
import type { Knex } from 'knex';
import type { Actor } from '../../actor';
import type { MappedRow } from './cells';
import type { ReportWriter } from './report';

export interface ImportPass {
  /** The database, or the commit's transaction: every query of the pass goes through it. */
  db: Knex;
  actor: Actor;
  fiscalYearStartMonth: number;
  today: string;
  now: Date;
  mapping: ImportMapping;
  options: ImportOptions;
  /** False for the dry run: nothing is written. */
  commit: boolean;
  report: ReportWriter;
  /** The data rows of the chosen sheet, mapped. */
  rows(): AsyncGenerator<MappedRow>;
  /** Called now and then with the number of data rows done. */
  progress(processed: number): void;
}
