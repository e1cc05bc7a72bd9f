/**
 * What the admin edits of each kind of record: its fields, how a stored record becomes form
 * values (text) and how form values become a request body, checked with the shared schemas.
 */
import {
  Department,
  DepartmentChanges,
  Goal,
  GoalChanges,
  NewDepartment,
  NewGoal,
  NewObjective,
  Objective,
  ObjectiveChanges,
  Plan,
  PlanChanges,
} from '@civicstat/shared';
import type { SafeSchema } from '../../api/useStructureChanges';
import type { FormSchema } from '../../components/forms/validate';
import type { SelectOption } from '../../components/forms/SelectField';

export interface FieldSpec<Name extends string> {
  name: Name;
  label: string;
  kind: 'text' | 'number' | 'textarea' | 'select' | 'colour';
  hint?: string;
  options?: readonly SelectOption[];
}

export type Values<Name extends string> = Record<Name, string>;

export interface RecordForm<Stored, Name extends string> {
  fields: readonly FieldSpec<Name>[];
  /** The stored record as form values, or a new record's starting values. */
  valuesOf(stored: Stored | undefined): Values<Name>;
  /** The request body to check and send; `creating` when there is no stored record. */
  bodyOf(values: Values<Name>, creating: boolean): unknown;
  createSchema: FormSchema<unknown>;
  changeSchema: FormSchema<unknown>;
  /** Reads a 412's `current`. */
  schema: SafeSchema<Stored>;
}

/** Empty stays empty (null), so the schema says the number is missing rather than reading 0. */
const numberOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** Optional on create: left out when empty, so the server's default applies. */
const optional = (text: string, creating: boolean): string | undefined =>
  creating && text.trim() === '' ? undefined : text;

export const departmentForm: RecordForm<Department, 'code' | 'name'> = {
  fields: [
    {
      name: 'code',
      label: 'Code',
      kind: 'text',
      hint: '2 to 16 capital letters, digits, "_" or "-", such as DSC.',
    },
    { name: 'name', label: 'Name', kind: 'text' },
  ],
  valuesOf: (department) => ({ code: department?.code ?? '', name: department?.name ?? '' }),
  bodyOf: (values) => ({ code: values.code.trim(), name: values.name }),
  createSchema: NewDepartment,
  changeSchema: DepartmentChanges,
  schema: Department,
};

export const planForm: RecordForm<Plan, 'title' | 'vision'> = {
  fields: [
    { name: 'title', label: 'Title', kind: 'text' },
    {
      name: 'vision',
      label: 'Vision',
      kind: 'textarea',
      hint: 'The city’s vision, shown at the top of the overview.',
    },
  ],
  valuesOf: (plan) => ({ title: plan?.title ?? '', vision: plan?.vision ?? '' }),
  bodyOf: (values) => ({ title: values.title, vision: values.vision }),
  createSchema: PlanChanges,
  changeSchema: PlanChanges,
  schema: Plan,
};

type GoalField = 'number' | 'title' | 'description' | 'colour';

/** A goal of the plan `planId` (new goals are created in it). */
export function goalForm(planId: number): RecordForm<Goal, GoalField> {
  return {
    fields: [
      { name: 'number', label: 'Number', kind: 'number', hint: 'From 1 to 99.' },
      { name: 'title', label: 'Title', kind: 'text' },
      { name: 'description', label: 'Description', kind: 'textarea' },
      {
        name: 'colour',
        label: 'Colour',
        kind: 'colour',
        hint: 'A colour such as #0f5499, for the goal’s accent. The goal’s number and title always name it too.',
      },
    ],
    valuesOf: (goal) => ({
      number: goal ? String(goal.number) : '',
      title: goal?.title ?? '',
      description: goal?.description ?? '',
      colour: goal?.colour ?? '',
    }),
    bodyOf: (values, creating) => ({
      ...(creating ? { planId } : {}),
      number: numberOf(values.number),
      title: values.title,
      description: optional(values.description, creating),
      colour: optional(values.colour.trim(), creating),
    }),
    createSchema: NewGoal,
    changeSchema: GoalChanges,
    schema: Goal,
  };
}

/** An objective, under one of `goals`. */
export function objectiveForm(
  goals: readonly { id: number; number: number; title: string }[],
): RecordForm<Objective, 'goalId' | 'number' | 'title'> {
  return {
    fields: [
      {
        name: 'goalId',
        label: 'Goal',
        kind: 'select',
        options: goals.map((goal) => ({
          value: String(goal.id),
          label: `Goal ${goal.number}: ${goal.title}`,
        })),
      },
      { name: 'number', label: 'Number', kind: 'number', hint: 'From 1 to 99, within its goal.' },
      { name: 'title', label: 'Title', kind: 'text' },
    ],
    valuesOf: (objective) => ({
      goalId: String(objective?.goalId ?? goals[0]?.id ?? ''),
      number: objective ? String(objective.number) : '',
      title: objective?.title ?? '',
    }),
    bodyOf: (values) => ({
      goalId: numberOf(values.goalId),
      number: numberOf(values.number),
      title: values.title,
    }),
    createSchema: NewObjective,
    changeSchema: ObjectiveChanges,
    schema: Objective,
  };
}

/** A value as the admin reads it: a select's label rather than its id, "(empty)" for nothing. */
export function displayValue<Name extends string>(field: FieldSpec<Name>, value: string): string {
  if (field.kind === 'select') {
    return field.options?.find((option) => option.value === value)?.label ?? value;
  }
  return value.trim() === '' ? '(empty)' : value;
}
