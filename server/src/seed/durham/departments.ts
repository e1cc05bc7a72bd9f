/** The City of Durham departments that own the demo KPIs, with whom each KPI answers to. */

export interface DepartmentDefinition {
  code: string;
  name: string;
  /** The title that owns a department's KPIs unless a KPI names another. */
  owner: string;
}

export const departments = [
  { code: 'POLICE', name: 'Police', owner: 'Chief of Police' },
  { code: 'FIRE', name: 'Fire', owner: 'Fire Chief' },
  { code: 'ECC', name: 'Emergency Communications', owner: 'Emergency Communications Director' },
  { code: 'WATER', name: 'Water Management', owner: 'Director of Water Management' },
  { code: 'PW', name: 'Public Works', owner: 'Director of Public Works' },
  { code: 'DOT', name: 'Transportation', owner: 'Director of Transportation' },
  { code: 'SWM', name: 'Solid Waste Management', owner: 'Director of Solid Waste Management' },
  { code: 'PRD', name: 'Parks and Recreation', owner: 'Director of Parks and Recreation' },
  {
    code: 'NIS',
    name: 'Neighborhood Improvement Services',
    owner: 'Director of Neighborhood Improvement Services',
  },
  { code: 'CD', name: 'Community Development', owner: 'Director of Community Development' },
  {
    code: 'OEWD',
    name: 'Economic and Workforce Development',
    owner: 'Director of Economic and Workforce Development',
  },
  { code: 'EI', name: 'Equity and Inclusion', owner: 'Director of Equity and Inclusion' },
  { code: 'BMS', name: 'Budget and Management Services', owner: 'Budget Director' },
  { code: 'FIN', name: 'Finance', owner: 'Chief Financial Officer' },
  { code: 'HR', name: 'Human Resources', owner: 'Director of Human Resources' },
  { code: 'TS', name: 'Technology Solutions', owner: 'Chief Information Officer' },
  { code: 'GS', name: 'General Services', owner: 'Director of General Services' },
  { code: 'ONECALL', name: 'Durham One Call', owner: 'Durham One Call Director' },
  { code: 'PLAN', name: 'City-County Planning', owner: 'Planning Director' },
  { code: 'INSP', name: 'City-County Inspections', owner: 'Chief Building Official' },
  { code: 'DSC', name: 'Development Services', owner: 'Development Services Manager' },
] as const satisfies readonly DepartmentDefinition[];

export type DepartmentCode = (typeof departments)[number]['code'];
