/**
 * The plan's structure and the city's departments as stored, versioned resources: what the admin
 * creates, changes (PATCH with If-Match), archives and restores.
 */
import { z } from 'zod';
import { changesOf, FiscalYearField, RefId, Text, Title } from './fields';

const version = z.number().int();
/** Soft-deleted: gone from lists and roll-ups, restorable. */
const archived = z.boolean();

const DepartmentFields = z.strictObject({
  code: z
    .string({ message: 'must be text' })
    .regex(
      /^[A-Z][A-Z0-9_-]{1,15}$/,
      'must be 2–16 capital letters, digits, "_" or "-", such as DSC',
    ),
  name: Title(200),
});
export const NewDepartment = DepartmentFields;
export type NewDepartment = z.infer<typeof NewDepartment>;
export const DepartmentChanges = changesOf(DepartmentFields);
export type DepartmentChanges = z.infer<typeof DepartmentChanges>;
export const Department = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  version,
  archived,
});
export type Department = z.infer<typeof Department>;

/** A plan is written as a draft or made the active one; it is archived through its own route. */
export const EditablePlanStatus = z.enum(['draft', 'active']);

const PlanFields = z.strictObject({
  title: Title(200),
  vision: Text(5000),
  firstFiscalYear: FiscalYearField,
  lastFiscalYear: FiscalYearField,
  status: EditablePlanStatus,
});
export const NewPlan = PlanFields.partial({ vision: true, status: true }).refine(
  (plan) => plan.firstFiscalYear <= plan.lastFiscalYear,
  { message: 'must not be before firstFiscalYear', path: ['lastFiscalYear'] },
);
export type NewPlan = z.infer<typeof NewPlan>;
export const PlanChanges = changesOf(PlanFields);
export type PlanChanges = z.infer<typeof PlanChanges>;
export const Plan = z.object({
  id: z.number().int(),
  title: z.string(),
  vision: z.string(),
  firstFiscalYear: z.number().int(),
  lastFiscalYear: z.number().int(),
  status: z.enum(['draft', 'active', 'archived']),
  version,
});
export type Plan = z.infer<typeof Plan>;
export const PlanList = z.object({ data: z.array(Plan) });
export type PlanList = z.infer<typeof PlanList>;

const Number1to99 = z
  .number({ message: 'must be a number from 1 to 99' })
  .int('must be a number from 1 to 99')
  .min(1, 'must be a number from 1 to 99')
  .max(99, 'must be a number from 1 to 99');

const GoalFields = z.strictObject({
  planId: RefId,
  number: Number1to99,
  title: Title(200),
  description: Text(5000),
  colour: z
    .string({ message: 'must be text' })
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #0f5499'),
});
export const NewGoal = GoalFields.partial({ description: true, colour: true });
export type NewGoal = z.infer<typeof NewGoal>;
/** A goal stays in its plan: a new plan gets new goals. */
export const GoalChanges = changesOf(GoalFields.omit({ planId: true }));
export type GoalChanges = z.infer<typeof GoalChanges>;
export const Goal = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  number: z.number().int(),
  title: z.string(),
  description: z.string(),
  colour: z.string(),
  version,
  archived,
});
export type Goal = z.infer<typeof Goal>;

const ObjectiveFields = z.strictObject({
  goalId: RefId,
  number: Number1to99,
  title: Title(300),
});
export const NewObjective = ObjectiveFields;
export type NewObjective = z.infer<typeof NewObjective>;
/** An objective may move to another goal; its KPIs move with it. */
export const ObjectiveChanges = changesOf(ObjectiveFields);
export type ObjectiveChanges = z.infer<typeof ObjectiveChanges>;
export const Objective = z.object({
  id: z.number().int(),
  goalId: z.number().int(),
  number: z.number().int(),
  title: z.string(),
  version,
  archived,
});
export type Objective = z.infer<typeof Objective>;
