/**
 * The dataset inventory's rules: the priority score that ranks datasets for release, the
 * release pipeline's legal steps, and when a published dataset is stale. Pure: "today" is
 * passed in.
 */
import {
  FACTOR_MAX,
  FACTOR_MIN,
  WEIGHT_MAX,
  type DatasetAccessLevel,
  type DatasetFreshness,
  type DatasetFrequency,
  type PipelineState,
} from '../schemas/openData';
import { addDays } from './fiscal';

// ---------------------------------------------------------------------------------------------
// Prioritization

/**
 * The documented factors, each scored 1 (lowest) to 5 (highest) by the budget office.
 * Demand and value raise a dataset's priority; effort and risk lower it (they count inverted).
 */
export const priorityFactors = [
  'publicDemand',
  'residentValue',
  'publishingEffort',
  'risk',
] as const;
export type PriorityFactor = (typeof priorityFactors)[number];
export type FactorScores = Record<PriorityFactor, number>;
/** Each factor's weight, 0 to 10; at least one above 0. */
export type FactorWeights = Record<PriorityFactor, number>;
export const invertedFactors: readonly PriorityFactor[] = ['publishingEffort', 'risk'];
export const defaultFactorWeights: FactorWeights = {
  publicDemand: 3,
  residentValue: 3,
  publishingEffort: 2,
  risk: 2,
};

function assertFactor(name: string, score: number): void {
  if (!(Number.isInteger(score) && score >= FACTOR_MIN && score <= FACTOR_MAX)) {
    throw new RangeError(`${name} must be a whole number from 1 to 5, got ${score}`);
  }
}

function assertWeights(weights: FactorWeights): number {
  let total = 0;
  for (const factor of priorityFactors) {
    const weight = weights[factor];
    if (!(Number.isFinite(weight) && weight >= 0 && weight <= WEIGHT_MAX)) {
      throw new RangeError(`the weight of ${factor} must be from 0 to 10, got ${weight}`);
    }
    total += weight;
  }
  if (total <= 0) throw new RangeError('at least one weight must be above 0');
  return total;
}

/**
 * The weighted mean of the factors, each first put on 0..1 (1 → 0, 5 → 1; effort and risk
 * inverted, so the easiest and safest dataset scores 1 on them), times 100: 0 to 100.
 */
export function priorityScore(scores: FactorScores, weights: FactorWeights): number {
  const totalWeight = assertWeights(weights);
  let sum = 0;
  for (const factor of priorityFactors) {
    assertFactor(factor, scores[factor]);
    const normalized = (scores[factor] - FACTOR_MIN) / (FACTOR_MAX - FACTOR_MIN);
    sum += weights[factor] * (invertedFactors.includes(factor) ? 1 - normalized : normalized);
  }
  return Math.min(100, Math.max(0, (100 * sum) / totalWeight));
}

export interface RankableDataset {
  id: number;
  title: string;
  scores: FactorScores;
}

/** Highest score first; equal scores by title, then by id, so the order never wobbles. */
export function rankForRelease<T extends RankableDataset>(
  datasets: readonly T[],
  weights: FactorWeights,
): Array<T & { priorityScore: number; rank: number }> {
  return datasets
    .map((dataset) => ({ ...dataset, priorityScore: priorityScore(dataset.scores, weights) }))
    .sort(
      (a, b) =>
        b.priorityScore - a.priorityScore || a.title.localeCompare(b.title, 'en') || a.id - b.id,
    )
    .map((dataset, i) => ({ ...dataset, rank: i + 1 }));
}

// ---------------------------------------------------------------------------------------------
// Release pipeline

const nextSteps: Record<PipelineState, readonly PipelineState[]> = {
  proposed: ['approved'],
  approved: ['preparing'],
  preparing: ['published'],
  published: ['retired'],
  retired: [],
};

/** The states a dataset may move to next from `from`. */
export function pipelineStepsFrom(from: PipelineState): readonly PipelineState[] {
  return nextSteps[from];
}

export function canMovePipeline(from: PipelineState, to: PipelineState): boolean {
  return nextSteps[from].includes(to);
}

/** Words for a state, for messages and screens: `preparing` is "being prepared". */
export const pipelineStateLabels: Record<PipelineState, string> = {
  proposed: 'proposed',
  approved: 'approved',
  preparing: 'being prepared',
  published: 'published',
  retired: 'retired',
};

export interface PublishableDataset {
  accessLevel: DatasetAccessLevel;
  downloadUrl: string | null;
  landingUrl: string | null;
}

/** Why a dataset cannot be published yet (empty when it can). */
export function publishBlockers(dataset: PublishableDataset): string[] {
  const blockers: string[] = [];
  if (dataset.accessLevel === 'non_public')
    blockers.push('a non-public dataset is never published');
  if (!dataset.downloadUrl && !dataset.landingUrl) {
    blockers.push('a published dataset needs a download or landing URL');
  }
  return blockers;
}

// ---------------------------------------------------------------------------------------------
// Maintenance

/** Days after a dataset's update falls due before it counts as stale. */
export const DATASET_GRACE_DAYS = 14;
/** How far ahead the "due" list looks. */
export const DATASET_DUE_SOON_DAYS = 14;

function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  // The 31st of a shorter month falls on that month's last day.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** When the next update is expected: the last update plus one interval; null for "as needed". */
export function nextUpdateDue(lastUpdated: string, frequency: DatasetFrequency): string | null {
  addDays(lastUpdated, 0); // rejects a malformed date
  switch (frequency) {
    case 'daily':
      return addDays(lastUpdated, 1);
    case 'weekly':
      return addDays(lastUpdated, 7);
    case 'monthly':
      return addMonthsToDate(lastUpdated, 1);
    case 'quarterly':
      return addMonthsToDate(lastUpdated, 3);
    case 'annual':
      return addMonthsToDate(lastUpdated, 12);
    case 'as_needed':
      return null;
  }
}

export type Freshness = DatasetFreshness;

export interface FreshnessInput {
  /** Null when the dataset has never been updated. */
  lastUpdated: string | null;
  frequency: DatasetFrequency;
  /** The city's "today", YYYY-MM-DD. */
  today: string;
  graceDays?: number;
}

/**
 * Stale once today is past the next update's due date plus the grace; due soon when that due
 * date is within DATASET_DUE_SOON_DAYS; not scheduled for "as needed" or never-updated data.
 */
export function datasetFreshness({
  lastUpdated,
  frequency,
  today,
  graceDays = DATASET_GRACE_DAYS,
}: FreshnessInput): Freshness {
  if (!(Number.isInteger(graceDays) && graceDays >= 0)) {
    throw new RangeError(`graceDays must be a whole number of days >= 0, got ${graceDays}`);
  }
  addDays(today, 0);
  if (lastUpdated === null) return 'not_scheduled';
  const due = nextUpdateDue(lastUpdated, frequency);
  if (due === null) return 'not_scheduled';
  if (today > addDays(due, graceDays)) return 'stale';
  if (today >= addDays(due, -DATASET_DUE_SOON_DAYS)) return 'due_soon';
  return 'current';
}

export function isDatasetStale(input: FreshnessInput): boolean {
  return datasetFreshness(input) === 'stale';
}

/** ISO 8601 repeating durations for DCAT-US `accrualPeriodicity`. */
export const accrualPeriodicityOf: Record<DatasetFrequency, string> = {
  daily: 'R/P1D',
  weekly: 'R/P1W',
  monthly: 'R/P1M',
  quarterly: 'R/P3M',
  annual: 'R/P1Y',
  as_needed: 'irregular',
};
