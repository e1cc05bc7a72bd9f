/** Stored dashboards and annotations → the versioned resources the API answers. */
import type { Dashboard, VersionedAnnotation } from '@civicstat/shared';

export interface DashboardRecord {
  id: number;
  slug: string;
  title: string;
  description: string;
  is_public: boolean;
  version: number;
  archived_at: Date | null;
}

export interface AnnotationRecord {
  id: number;
  kpi_id: number | null;
  date: string;
  label: string;
  description: string;
  version: number;
  archived_at: Date | null;
}

export function presentDashboard(row: DashboardRecord, kpiIds: number[]): Dashboard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    isPublic: row.is_public,
    kpiIds,
    version: row.version,
    archived: row.archived_at !== null,
  };
}

export function presentAnnotation(row: AnnotationRecord): VersionedAnnotation {
  return {
    id: row.id,
    kpiId: row.kpi_id,
    date: row.date,
    label: row.label,
    description: row.description,
    version: row.version,
    archived: row.archived_at !== null,
  };
}
