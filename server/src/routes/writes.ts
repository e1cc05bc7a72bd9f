/** The write API: plan structure, departments, KPI definitions, targets, dashboards, annotations. */
import { annotationRoutes } from './annotations/annotations.router';
import { dashboardRoutes } from './dashboards/dashboards.router';
import type { ApiRoutes } from './define';
import { departmentRoutes } from './departments/departments.router';
import { kpiDefinitionRoutes } from './kpis/definitions.router';
import { planStructureRoutes } from './plans/structure.router';
import { targetRoutes } from './targets/targets.router';
import { writeContextOf, type AppServices } from './writeContext';

/** Register after the read routes (GET /plans/current before GET /plans/:id). */
export function writeRoutes(api: ApiRoutes, services: AppServices): void {
  const { db } = services;
  const writerOf = writeContextOf(services);
  planStructureRoutes(api, db, writerOf);
  departmentRoutes(api, writerOf);
  kpiDefinitionRoutes(api, writerOf);
  targetRoutes(api, db, writerOf);
  dashboardRoutes(api, writerOf);
  annotationRoutes(api, db, writerOf);
}
