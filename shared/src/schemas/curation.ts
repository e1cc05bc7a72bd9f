/** What the budget office curates around KPIs: dashboards with their ordered KPIs, and annotations. */
import { z } from 'zod';
import { IsoDate } from './common';
import { changesOf, RefId, Text, Title } from './fields';
import { Annotation } from './kpi';

const DashboardFields = z.strictObject({
  slug: z
    .string({ message: 'must be text' })
    .max(80, 'must be at most 80 characters')
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'must be lower-case words joined by "-", such as development-services-center',
    ),
  title: Title(200),
  description: Text(2000),
  isPublic: z.boolean({ message: 'must be true or false' }),
  /** The board's KPIs in the order it shows them; a change replaces the whole list. */
  kpiIds: z
    .array(RefId, { message: 'must be a list of KPI ids' })
    .max(200, 'must hold at most 200 KPIs')
    .refine((ids) => new Set(ids).size === ids.length, 'must not list a KPI twice'),
});
export const NewDashboard = DashboardFields.partial({
  description: true,
  isPublic: true,
  kpiIds: true,
});
export type NewDashboard = z.infer<typeof NewDashboard>;
export const DashboardChanges = changesOf(DashboardFields);
export type DashboardChanges = z.infer<typeof DashboardChanges>;
export const Dashboard = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  isPublic: z.boolean(),
  /** In order, archived KPIs included: they come back on the board when restored. */
  kpiIds: z.array(z.number().int()),
  version: z.number().int(),
  archived: z.boolean(),
});
export type Dashboard = z.infer<typeof Dashboard>;

const AnnotationFields = z.strictObject({
  /** Null for a city-wide event shown on every chart. */
  kpiId: RefId.nullable(),
  date: IsoDate,
  label: Title(120),
  description: Text(2000),
});
export const NewAnnotation = AnnotationFields.partial({ kpiId: true, description: true });
export type NewAnnotation = z.infer<typeof NewAnnotation>;
export const AnnotationChanges = changesOf(AnnotationFields);
export type AnnotationChanges = z.infer<typeof AnnotationChanges>;
/** An annotation as stored, with its version (the read API's Annotation is its public face). */
export const VersionedAnnotation = Annotation.extend({
  version: z.number().int(),
  archived: z.boolean(),
});
export type VersionedAnnotation = z.infer<typeof VersionedAnnotation>;
