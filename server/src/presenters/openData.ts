/** Inventory rows → the staff's Dataset, the public inventory's entries, the weights. */
import {
  datasetFreshness,
  nextUpdateDue,
  priorityScore,
  type Dataset,
  type PipelineStep,
  type FactorScores,
  type FactorWeights,
  type PriorityWeights,
  type PublicDataset,
} from '@civicstat/shared';
import type { DatasetRow, PipelineAuditRow, WeightsRow } from '../queries/datasets';

export function scoresOf(row: DatasetRow): FactorScores {
  return {
    publicDemand: row.public_demand,
    residentValue: row.resident_value,
    publishingEffort: row.publishing_effort,
    risk: row.risk,
  };
}

export function presentWeights(row: WeightsRow): PriorityWeights {
  return {
    publicDemand: Number(row.public_demand),
    residentValue: Number(row.resident_value),
    publishingEffort: Number(row.publishing_effort),
    risk: Number(row.risk),
    version: row.version,
    updatedAt: row.updated_at ? new Date(row.updated_at).toISOString() : null,
    updatedBy: row.updated_by,
  };
}

export function presentDataset(row: DatasetRow, weights: FactorWeights, today: string): Dataset {
  const scores = scoresOf(row);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    department: { id: row.department_id, code: row.department_code, name: row.department_name },
    stewardName: row.steward_name,
    stewardEmail: row.steward_email,
    systemOfRecord: row.system_of_record,
    accessLevel: row.access_level,
    accessReason: row.access_reason,
    updateFrequency: row.update_frequency,
    lastUpdated: row.last_updated,
    nextUpdateDue: row.last_updated ? nextUpdateDue(row.last_updated, row.update_frequency) : null,
    freshness: datasetFreshness({
      lastUpdated: row.last_updated,
      frequency: row.update_frequency,
      today,
    }),
    formats: row.formats,
    downloadUrl: row.download_url,
    landingUrl: row.landing_url,
    license: row.license,
    keywords: row.keywords,
    themes: row.themes,
    pipelineState: row.pipeline_state,
    scores,
    priorityScore: Math.round(priorityScore(scores, weights) * 10) / 10,
    kpiIds: row.kpi_ids,
    proposedBy: row.proposed_by,
    version: row.version,
    archived: row.archived_at !== null,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function presentPipelineHistory(rows: PipelineAuditRow[]): PipelineStep[] {
  return rows.flatMap((row) => {
    const to = row.after?.pipelineState;
    if (!to) return [];
    const from = row.action === 'create' ? null : (row.before?.pipelineState ?? null);
    return [
      {
        from: from as PipelineStep['from'],
        to: to as PipelineStep['to'],
        by: row.actor,
        at: new Date(row.at).toISOString(),
      },
    ];
  });
}

/** Non-public datasets show their title and why only; the rest their links once published. */
export function presentPublicDataset(row: DatasetRow): PublicDataset {
  if (row.access_level === 'non_public') {
    return {
      id: row.id,
      title: row.title,
      accessLevel: 'non_public',
      accessReason: row.access_reason ?? '',
    };
  }
  const published = row.pipeline_state === 'published';
  return {
    id: row.id,
    title: row.title,
    accessLevel: row.access_level,
    accessReason: row.access_reason,
    description: row.description,
    department: row.department_name,
    updateFrequency: row.update_frequency,
    lastUpdated: row.last_updated,
    formats: row.formats,
    pipelineState: row.pipeline_state,
    keywords: row.keywords,
    themes: row.themes,
    downloadUrl: published ? row.download_url : null,
    landingUrl: published ? row.landing_url : null,
    license: published ? row.license : null,
    stewardName: published ? row.steward_name : null,
    stewardEmail: published ? row.steward_email : null,
  };
}
