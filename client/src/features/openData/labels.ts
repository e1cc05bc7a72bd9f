/** Words for the inventory's enumerations, as residents and staff read them. */
import {
  frequencyLabels,
  type DatasetAccessLevel,
  type DatasetFrequency,
  type DatasetFreshness,
  type PipelineState,
} from '@civicstat/shared';

export const accessLabels: Record<DatasetAccessLevel, string> = {
  public: 'Public',
  restricted: 'Restricted',
  non_public: 'Not public',
};

/** A KPI's frequencies in the same words as on the KPI screens, and two only datasets have. */
export const updateFrequencyLabels: Record<DatasetFrequency, string> = {
  ...frequencyLabels,
  weekly: 'Weekly',
  as_needed: 'As needed',
};

export const stateLabels: Record<PipelineState, string> = {
  proposed: 'Proposed',
  approved: 'Approved',
  preparing: 'Being prepared',
  published: 'Published',
  retired: 'Retired',
};

/** The button that moves a dataset to this state. */
export const stepLabels: Record<PipelineState, string> = {
  proposed: 'Propose',
  approved: 'Approve',
  preparing: 'Start preparing',
  published: 'Publish',
  retired: 'Retire',
};

export const freshnessLabels: Record<DatasetFreshness, string> = {
  current: 'Up to date',
  due_soon: 'Update due',
  stale: 'Stale: update overdue',
  not_scheduled: 'No schedule',
};
