/**
 * Open data: the city's dataset inventory (staff and public views), the release pipeline, the
 * prioritization weights, and the maintenance list.
 */
import { z } from 'zod';
import { UserRef } from './audit';
import { IsoDate } from './common';
import { changesOf, RefId, Text, Title } from './fields';
import { DepartmentRef, Page } from './kpi';
import { PositiveId } from './queries';

export const datasetAccessLevels = ['public', 'restricted', 'non_public'] as const;
export const DatasetAccessLevel = z.enum(datasetAccessLevels);
export type DatasetAccessLevel = z.infer<typeof DatasetAccessLevel>;

/** How often a dataset is refreshed: the KPI frequencies, plus weekly and "as needed". */
export const datasetFrequencies = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'annual',
  'as_needed',
] as const;
export const DatasetFrequency = z.enum(datasetFrequencies);
export type DatasetFrequency = z.infer<typeof DatasetFrequency>;

/** proposed → approved → preparing (being prepared) → published → retired. */
export const pipelineStates = [
  'proposed',
  'approved',
  'preparing',
  'published',
  'retired',
] as const;
export const PipelineState = z.enum(pipelineStates);
export type PipelineState = z.infer<typeof PipelineState>;

/** Factor scores run from 1 (lowest) to 5; weights from 0 to 10. */
export const FACTOR_MIN = 1;
export const FACTOR_MAX = 5;
export const WEIGHT_MAX = 10;
export const DatasetFreshness = z.enum(['current', 'due_soon', 'stale', 'not_scheduled']);
export type DatasetFreshness = z.infer<typeof DatasetFreshness>;

const FactorScore = z
  .number({ message: 'must be a whole number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(FACTOR_MIN, 'must be a whole number from 1 to 5')
  .max(FACTOR_MAX, 'must be a whole number from 1 to 5');

export const PriorityScoresFields = z.strictObject({
  publicDemand: FactorScore,
  residentValue: FactorScore,
  publishingEffort: FactorScore,
  risk: FactorScore,
});

const HttpUrl = z
  .string({ message: 'must be a web address' })
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .regex(/^https?:\/\/[^\s]+$/, 'must be a web address starting with https:// or http://');

const Word = z
  .string({ message: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');
const Words = z.array(Word, { message: 'must be a list of words' }).max(30, 'at most 30');

const DatasetFields = z.strictObject({
  title: Title(300),
  description: Text(5000),
  departmentId: RefId,
  stewardName: Title(200),
  stewardEmail: z.email({ message: 'must be an email address' }).max(320),
  systemOfRecord: Text(300),
  accessLevel: DatasetAccessLevel,
  /** Why a dataset is restricted or non-public; required unless it is public. */
  accessReason: Text(500).nullable(),
  updateFrequency: DatasetFrequency,
  lastUpdated: IsoDate.nullable(),
  formats: Words,
  downloadUrl: HttpUrl.nullable(),
  landingUrl: HttpUrl.nullable(),
  /** A licence's URL, such as https://creativecommons.org/publicdomain/zero/1.0/. */
  license: HttpUrl.nullable(),
  keywords: Words,
  themes: Words,
  scores: PriorityScoresFields,
  kpiIds: z.array(RefId).max(50, 'at most 50 KPIs'),
});

const reasonNeeded = (d: { accessLevel?: string; accessReason?: string | null }) =>
  d.accessLevel === undefined || d.accessLevel === 'public' || !!d.accessReason?.trim();
const reasonRule = {
  message: 'is required for a restricted or non-public dataset',
  path: ['accessReason'],
};

export const NewDataset = DatasetFields.partial({
  description: true,
  systemOfRecord: true,
  accessReason: true,
  lastUpdated: true,
  formats: true,
  downloadUrl: true,
  landingUrl: true,
  license: true,
  keywords: true,
  themes: true,
  scores: true,
  kpiIds: true,
}).refine(reasonNeeded, reasonRule);
export type NewDataset = z.infer<typeof NewDataset>;
export const DatasetChanges = changesOf(DatasetFields);
export type DatasetChanges = z.infer<typeof DatasetChanges>;

export const PriorityScores = z.object({
  publicDemand: z.number().int(),
  residentValue: z.number().int(),
  publishingEffort: z.number().int(),
  risk: z.number().int(),
});

export const PipelineStep = z.object({
  from: PipelineState.nullable(),
  to: PipelineState,
  by: UserRef.nullable(),
  at: z.iso.datetime(),
});
export type PipelineStep = z.infer<typeof PipelineStep>;

export const Dataset = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  department: DepartmentRef,
  stewardName: z.string(),
  stewardEmail: z.string(),
  systemOfRecord: z.string(),
  accessLevel: DatasetAccessLevel,
  accessReason: z.string().nullable(),
  updateFrequency: DatasetFrequency,
  lastUpdated: IsoDate.nullable(),
  /** When the next update is expected (null for "as needed" or never updated). */
  nextUpdateDue: IsoDate.nullable(),
  freshness: DatasetFreshness,
  formats: z.array(z.string()),
  downloadUrl: z.string().nullable(),
  landingUrl: z.string().nullable(),
  license: z.string().nullable(),
  keywords: z.array(z.string()),
  themes: z.array(z.string()),
  pipelineState: PipelineState,
  scores: PriorityScores,
  /** 0–100 under the current weights, one decimal. */
  priorityScore: z.number(),
  kpiIds: z.array(z.number().int()),
  proposedBy: UserRef.nullable(),
  version: z.number().int(),
  archived: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Dataset = z.infer<typeof Dataset>;

export const DatasetDetail = Dataset.extend({ pipelineHistory: z.array(PipelineStep) });
export type DatasetDetail = z.infer<typeof DatasetDetail>;

export const DatasetList = z.object({ data: z.array(Dataset), page: Page });
export type DatasetList = z.infer<typeof DatasetList>;

export const DatasetListQuery = z.strictObject({
  department: PositiveId.optional(),
  state: PipelineState.optional(),
  access: DatasetAccessLevel.optional(),
  freshness: DatasetFreshness.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
  limit: z.coerce.number().int().min(1).max(500, 'must be 500 or less').default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DatasetListQuery = z.infer<typeof DatasetListQuery>;

export const PipelineStepRequest = z.strictObject({ to: PipelineState });
export type PipelineStepRequest = z.infer<typeof PipelineStepRequest>;

const Weight = z
  .number({ message: 'must be a number from 0 to 10' })
  .min(0, 'must be a number from 0 to 10')
  .max(WEIGHT_MAX, 'must be a number from 0 to 10');
export const PriorityWeightsRequest = z
  .strictObject({
    publicDemand: Weight,
    residentValue: Weight,
    publishingEffort: Weight,
    risk: Weight,
  })
  .refine((w) => w.publicDemand + w.residentValue + w.publishingEffort + w.risk > 0, {
    message: 'at least one weight must be above 0',
    path: ['publicDemand'],
  });
export type PriorityWeightsRequest = z.infer<typeof PriorityWeightsRequest>;

export const PriorityWeights = z.object({
  publicDemand: z.number(),
  residentValue: z.number(),
  publishingEffort: z.number(),
  risk: z.number(),
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: UserRef.nullable(),
});
export type PriorityWeights = z.infer<typeof PriorityWeights>;

export const ReleaseList = z.object({
  weights: PriorityWeights,
  data: z.array(Dataset.extend({ rank: z.number().int() })),
});
export type ReleaseList = z.infer<typeof ReleaseList>;

export const StaleDatasetsQuery = z.strictObject({ department: PositiveId.optional() });
export const StaleDatasets = z.object({
  asOf: IsoDate,
  graceDays: z.number().int(),
  departments: z.array(
    z.object({
      department: DepartmentRef,
      stale: z.array(Dataset),
      dueSoon: z.array(Dataset),
    }),
  ),
});
export type StaleDatasets = z.infer<typeof StaleDatasets>;

/** A dataset as the public inventory shows it: non-public ones by title and reason only. */
const NonPublicDataset = z.object({
  id: z.number().int(),
  title: z.string(),
  accessLevel: z.literal('non_public'),
  accessReason: z.string(),
});
const ListedDataset = z.object({
  id: z.number().int(),
  title: z.string(),
  accessLevel: z.enum(['public', 'restricted']),
  accessReason: z.string().nullable(),
  description: z.string(),
  department: z.string(),
  updateFrequency: DatasetFrequency,
  lastUpdated: IsoDate.nullable(),
  formats: z.array(z.string()),
  pipelineState: PipelineState,
  keywords: z.array(z.string()),
  themes: z.array(z.string()),
  /** Links and contact once published; null before. */
  downloadUrl: z.string().nullable(),
  landingUrl: z.string().nullable(),
  license: z.string().nullable(),
  stewardName: z.string().nullable(),
  stewardEmail: z.string().nullable(),
});
export const PublicDataset = z.union([NonPublicDataset, ListedDataset]);
export type PublicDataset = z.infer<typeof PublicDataset>;

export const PublicInventory = z.object({
  data: z.array(PublicDataset),
  counts: z.object({
    total: z.number().int(),
    published: z.number().int(),
    nonPublic: z.number().int(),
  }),
});
export type PublicInventory = z.infer<typeof PublicInventory>;

export const PublicInventoryQuery = z.strictObject({
  published: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional(),
});
