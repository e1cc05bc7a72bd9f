/**
 * Importing measurements or the KPI catalog from a CSV or XLSX file: the upload, the mapping
 * of its columns to civicstat's fields, the dry-run report and the commit.
 */
import { z } from 'zod';
import { DisplayFormat, KpiAggregation, KpiDirection } from './enums';
import { Page } from './kpi';

export const importKinds = ['measurements', 'catalog'] as const;
export const ImportKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKind>;

/** uploaded → checked (dry run done) → committed; failed when the file cannot be read. */
export const importStates = ['uploaded', 'checked', 'committed', 'failed'] as const;
export const ImportState = z.enum(importStates);
export type ImportState = z.infer<typeof ImportState>;

export const importEncodings = ['auto', 'utf-8', 'windows-1252'] as const;
export const ImportEncoding = z.enum(importEncodings);
export type ImportEncoding = z.infer<typeof ImportEncoding>;

/** The fields a measurements file's columns map to; `kpi` takes a KPI's code or its name. */
export const measurementImportFields = [
  'kpi',
  'period',
  'value',
  'numerator',
  'denominator',
  'note',
] as const;
export const requiredMeasurementImportFields = ['kpi', 'period', 'value'] as const;

/** The fields a KPI catalog file's columns map to; only the name and department are required. */
export const catalogImportFields = [
  'code',
  'name',
  'department',
  'frequency',
  'description',
  'methodology',
  'dataSource',
  'unit',
  'displayFormat',
  'direction',
  'aggregation',
  'owner',
  'isPublic',
  'fiscalYear',
  'target',
] as const;
export const requiredCatalogImportFields = ['name', 'department'] as const;

export type ImportField =
  (typeof measurementImportFields)[number] | (typeof catalogImportFields)[number];

/** Field → the header of the column that holds it (null or absent: not in the file). */
export const ImportMapping = z.record(
  z.string().regex(/^[a-zA-Z]{1,30}$/, 'must be a field name'),
  z.string().max(300).nullable(),
);
export type ImportMapping = z.infer<typeof ImportMapping>;

/** Choices for what the file does not say. */
export const ImportOptions = z.strictObject({
  /** Measurements: the KPI (its code) of every row, for a file without a KPI column (a series export). */
  kpi: z.string().max(300).nullable().default(null),
  /** Put before every code, mapped or generated: `AUS-` turns 7663 into AUS-7663. */
  codePrefix: z
    .string()
    .regex(/^[A-Z0-9._-]{0,12}$/, 'must be up to 12 capital letters, digits, ".", "_" or "-"')
    .default(''),
  /** Create a department the file names that does not exist yet (its code and name from the file). */
  createDepartments: z.boolean().default(false),
  displayFormat: DisplayFormat.default('count'),
  direction: KpiDirection.default('increase'),
  aggregation: KpiAggregation.default('mean'),
  /** The fiscal year of targets when the file has no fiscal year column. */
  fiscalYear: z.number().int().min(2000).max(2100).nullable().default(null),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ImportCheckInput = z.strictObject({
  /** The worksheet of an XLSX file (its first by default). */
  sheet: z.string().max(200).optional(),
  mapping: ImportMapping,
  options: ImportOptions.partial().optional(),
});
export type ImportCheckInput = z.infer<typeof ImportCheckInput>;

export const ImportUploadQuery = z.strictObject({
  kind: ImportKind.default('measurements'),
  encoding: ImportEncoding.default('auto'),
});
export type ImportUploadQuery = z.infer<typeof ImportUploadQuery>;

export const ImportParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const ImportCounts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.number().int(),
  /** Rows with at least one error. */
  rowsWithErrors: z.number().int(),
  /** Catalog imports: departments that would be (or were) created. */
  departmentsCreated: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportSheet = z.object({
  name: z.string(),
  headers: z.array(z.string()),
  rows: z.number().int(),
});

export const Import = z.object({
  id: z.number().int(),
  kind: ImportKind,
  fileName: z.string(),
  fileType: z.enum(['csv', 'xlsx']),
  size: z.number().int(),
  /** The encoding a CSV file was read in; null for XLSX. */
  encoding: z.string().nullable(),
  sheets: z.array(ImportSheet),
  sheet: z.string().nullable(),
  /** The mapping of the last dry run, or the one suggested for this file's headers. */
  mapping: ImportMapping,
  options: ImportOptions.partial(),
  state: ImportState,
  totalRows: z.number().int(),
  counts: ImportCounts.nullable(),
  createdAt: z.iso.datetime(),
  checkedAt: z.iso.datetime().nullable(),
  committedAt: z.iso.datetime().nullable(),
});
export type Import = z.infer<typeof Import>;

export const importOutcomes = ['create', 'update', 'unchanged', 'error'] as const;
export const ImportOutcome = z.enum(importOutcomes);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const ImportRowError = z.object({ column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;

/** One data row of the file: what the dry run (or the commit) does with it. Row 1 is the header. */
export const ImportRowReport = z.object({
  row: z.number().int(),
  outcome: ImportOutcome,
  /** The KPI's code (measurements and catalog alike), when the row names one. */
  kpi: z.string().nullable(),
  period: z.string().nullable(),
  value: z.string().nullable(),
  /** What is stored now, for updates. */
  before: z.string().nullable(),
  errors: z.array(ImportRowError),
});
export type ImportRowReport = z.infer<typeof ImportRowReport>;

export const ImportRowsQuery = z.strictObject({
  outcome: ImportOutcome.optional(),
  limit: z.coerce.number().int().min(1).max(500, 'must be 500 or less').default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ImportRowsQuery = z.infer<typeof ImportRowsQuery>;

export const ImportRowsPage = z.object({ data: z.array(ImportRowReport), page: Page });
export type ImportRowsPage = z.infer<typeof ImportRowsPage>;

/** A line of a streamed dry run or commit (`Accept: application/x-ndjson`). */
export type ImportProgressLine =
  | { progress: { processed: number; total: number } }
  | { import: Import }
  | { error: { status: number; title: string; detail: string } };
