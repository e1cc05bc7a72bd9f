/** Query parameters of the read API. Strict: an unknown parameter is an error, not ignored. */
import { z } from 'zod';
import { IsoDate } from './common';
import { KpiFrequency, KpiStatus } from './enums';
import { SeriesGranularity } from './kpi';

export const FiscalYearParam = z.coerce
  .number({ message: 'must be a fiscal year such as 2026' })
  .int('must be a fiscal year such as 2026')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier');

/**
 * A record's id in a path or query. At most PostgreSQL's integer: a larger id is a 400 here, not
 * a database error.
 */
export const PositiveId = z.coerce
  .number({ message: 'must be a positive integer' })
  .int('must be a positive integer')
  .positive('must be a positive integer')
  .max(2_147_483_647, 'must be a positive integer');

export const IdParams = z.strictObject({ id: PositiveId });
export const SlugOrIdParams = z.strictObject({
  slugOrId: z.string().regex(/^[a-z0-9-]+$/, 'must be an id or a slug'),
});

/** `?fy=2024`: the picture as of the end of FY2024 instead of today. */
export const AsOfQuery = z.strictObject({ fy: FiscalYearParam.optional() });
export type AsOfQuery = z.infer<typeof AsOfQuery>;

export const kpiListSorts = ['code', 'name', 'department', 'goal', 'frequency', 'status'] as const;

/** The downloads a list or series offers: `?format=` (or the Accept header) picks one. */
export const exportFormats = ['json', 'csv', 'xlsx'] as const;
export const ExportFormat = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const KpiListQuery = z.strictObject({
  goal: PositiveId.optional(),
  objective: PositiveId.optional(),
  department: PositiveId.optional(),
  /** The KPIs on one dashboard (by id). */
  dashboard: PositiveId.optional(),
  status: KpiStatus.optional(),
  frequency: KpiFrequency.optional(),
  public: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(kpiListSorts).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(200, 'must be 200 or less').default(50),
  offset: z.coerce.number().int().min(0).default(0),
  archived: z.enum(['exclude', 'include']).default('exclude'),
  fy: FiscalYearParam.optional(),
  /** A download of every match (all pages): `csv`, `xlsx`, or `json` (the list shape). */
  format: ExportFormat.optional(),
});
export type KpiListQuery = z.infer<typeof KpiListQuery>;

export const KpiSeriesQuery = z
  .strictObject({
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    granularity: SeriesGranularity.optional(),
    fy: FiscalYearParam.optional(),
    /** `csv` or `xlsx` answers a download instead of JSON; so does `Accept: text/csv` (or the XLSX type). */
    format: ExportFormat.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'must not be after `to`',
    path: ['from'],
  });
export type KpiSeriesQuery = z.infer<typeof KpiSeriesQuery>;
