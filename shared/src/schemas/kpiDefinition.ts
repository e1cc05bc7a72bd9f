/**
 * A KPI's definition as the budget office writes it (DESIGN.md §2): every field of the `kpis`
 * table, created, changed with If-Match, archived and restored.
 */
import { z } from 'zod';
import { DisplayFormat, KpiAggregation, KpiDirection, KpiFrequency } from './enums';
import { changesOf, Measure, RefId, Text, Title } from './fields';

const KpiFields = z.strictObject({
  code: z
    .string({ message: 'must be text' })
    .regex(
      /^[A-Z0-9][A-Z0-9._-]{0,31}$/,
      'must be 1–32 capital letters, digits, ".", "_" or "-", such as DSC-01',
    ),
  name: Title(300),
  description: Text(5000),
  departmentId: RefId,
  /** Null for an operational KPI that serves no objective of the plan. */
  objectiveId: RefId.nullable(),
  unit: Text(40),
  displayFormat: DisplayFormat,
  direction: KpiDirection,
  frequency: KpiFrequency,
  aggregation: KpiAggregation,
  /** How far short of target still counts as "at risk": 0.05 is 5 %. */
  tolerance: z
    .number({ message: 'must be a number from 0 up to (not including) 1' })
    .min(0, 'must be a number from 0 up to (not including) 1')
    .lt(1, 'must be a number from 0 up to (not including) 1'),
  /** Bounds every value must respect (a count is never negative); null for none. */
  minValue: Measure.nullable(),
  maxValue: Measure.nullable(),
  isPublic: z.boolean({ message: 'must be true or false' }),
  dataSource: Text(2000),
  methodology: Text(10000),
  owner: Text(200),
});

const boundsInOrder = (kpi: { minValue?: number | null; maxValue?: number | null }) =>
  kpi.minValue === undefined ||
  kpi.minValue === null ||
  kpi.maxValue === undefined ||
  kpi.maxValue === null ||
  kpi.minValue <= kpi.maxValue;

/** What a new KPI needs; the rest takes the defaults of DESIGN.md §2 (tolerance 0.05, not public). */
export const NewKpi = KpiFields.partial({
  description: true,
  objectiveId: true,
  unit: true,
  tolerance: true,
  minValue: true,
  maxValue: true,
  isPublic: true,
  dataSource: true,
  methodology: true,
  owner: true,
}).refine(boundsInOrder, { message: 'must not be below minValue', path: ['maxValue'] });
export type NewKpi = z.infer<typeof NewKpi>;

export const KpiChanges = changesOf(KpiFields).refine(boundsInOrder, {
  message: 'must not be below minValue',
  path: ['maxValue'],
});
export type KpiChanges = z.infer<typeof KpiChanges>;

/** The stored definition, as every KPI write answers it (the ETag is its version). */
export const KpiDefinition = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  departmentId: z.number().int(),
  objectiveId: z.number().int().nullable(),
  unit: z.string(),
  displayFormat: DisplayFormat,
  direction: KpiDirection,
  frequency: KpiFrequency,
  aggregation: KpiAggregation,
  tolerance: z.number(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  isPublic: z.boolean(),
  dataSource: z.string(),
  methodology: z.string(),
  owner: z.string(),
  version: z.number().int(),
  archived: z.boolean(),
});
export type KpiDefinition = z.infer<typeof KpiDefinition>;
