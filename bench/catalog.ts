/**
 * The fixed vocabulary of the benchmark city: departments, the plan's goals and objectives,
 * and the kinds of measure its KPIs are drawn from. Plausible names, so a slow query found
 * here reads like one a real city would hit; none of it is the Durham demo data.
 */
import type { DisplayFormat, KpiAggregation, KpiDirection } from '@civicstat/shared';

export const departments: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'POLICE', name: 'Police' },
  { code: 'FIRE', name: 'Fire' },
  { code: 'ECOMM', name: 'Emergency Communications' },
  { code: 'EMGMT', name: 'Emergency Management' },
  { code: 'WATER', name: 'Water Management' },
  { code: 'STORM', name: 'Stormwater Services' },
  { code: 'PWORKS', name: 'Public Works' },
  { code: 'TRANS', name: 'Transportation' },
  { code: 'TRANSIT', name: 'Transit' },
  { code: 'PARKING', name: 'Parking Services' },
  { code: 'SOLID', name: 'Solid Waste' },
  { code: 'PARKS', name: 'Parks and Recreation' },
  { code: 'LIBRARY', name: 'Libraries' },
  { code: 'NIS', name: 'Neighborhood Improvement' },
  { code: 'CODE', name: 'Code Enforcement' },
  { code: 'HOUSING', name: 'Housing' },
  { code: 'CDEV', name: 'Community Development' },
  { code: 'ECON', name: 'Economic Development' },
  { code: 'PLANNING', name: 'Planning' },
  { code: 'DEVSVC', name: 'Development Services' },
  { code: 'INSPECT', name: 'Building Inspections' },
  { code: 'BUDGET', name: 'Budget and Management' },
  { code: 'FINANCE', name: 'Finance' },
  { code: 'PROCURE', name: 'Procurement' },
  { code: 'HR', name: 'Human Resources' },
  { code: 'TECH', name: 'Technology Solutions' },
  { code: 'LEGAL', name: 'City Attorney' },
  { code: 'CLERK', name: 'City Clerk' },
  { code: 'AUDIT', name: 'Audit Services' },
  { code: 'COMMS', name: 'Communications and Marketing' },
  { code: 'FLEET', name: 'Fleet Management' },
  { code: 'GENSVC', name: 'General Services' },
  { code: 'EQUITY', name: 'Equity and Inclusion' },
  { code: 'SUSTAIN', name: 'Sustainability' },
  { code: 'CULTURE', name: 'Cultural Affairs' },
  { code: 'CONVENTION', name: 'Convention Center' },
  { code: 'AIRPORT', name: 'Airport' },
  { code: 'ANIMAL', name: 'Animal Services' },
  { code: 'RISK', name: 'Risk Management' },
  { code: 'CSC', name: '311 Customer Service' },
];

export const goals: ReadonlyArray<{ title: string; colour: string; objectives: string[] }> = [
  {
    title: 'Thriving Local Economy',
    colour: '#1b6e3a',
    objectives: [
      'Grow good jobs',
      'Support small businesses',
      'Speed up development review',
      'Build a skilled workforce',
    ],
  },
  {
    title: 'Safe Neighborhoods',
    colour: '#9c2f2f',
    objectives: [
      'Reduce violent crime',
      'Respond quickly to emergencies',
      'Prevent fires and injuries',
      'Build trust with residents',
    ],
  },
  {
    title: 'Healthy, Livable Community',
    colour: '#5a3d8a',
    objectives: [
      'Expand affordable housing',
      'Keep parks and libraries well used',
      'Improve code compliance',
      'Connect residents to services',
    ],
  },
  {
    title: 'Effective, Accountable Government',
    colour: '#0f5499',
    objectives: [
      'Manage the budget responsibly',
      'Recruit and keep a strong workforce',
      'Deliver responsive customer service',
      'Decide with data',
    ],
  },
  {
    title: 'Reliable Infrastructure',
    colour: '#8a5a00',
    objectives: [
      'Keep water safe and reliable',
      'Maintain streets and sidewalks',
      'Send less waste to landfill',
      'Keep the fleet and buildings in good repair',
    ],
  },
];

/** A kind of measure; each KPI is one of these for one department. */
export interface Measure {
  name: string;
  format: DisplayFormat;
  unit: string;
  direction: KpiDirection;
  aggregation: KpiAggregation;
  /** Range a KPI's typical monthly value is drawn from (a share, for percentages). */
  level: readonly [number, number];
  /** Decimal places a value is stored with. */
  decimals: number;
  /** The largest possible value (a share never passes 1, a score never passes 5). */
  max: number | null;
  /** For a ratio: range of the monthly denominator (cases, calls). */
  volume?: readonly [number, number];
}

export const measures: readonly Measure[] = [
  {
    name: 'Service requests closed',
    format: 'count',
    unit: 'requests',
    direction: 'increase',
    aggregation: 'sum',
    level: [200, 5000],
    decimals: 0,
    max: null,
  },
  {
    name: 'Inspections completed',
    format: 'count',
    unit: 'inspections',
    direction: 'increase',
    aggregation: 'sum',
    level: [50, 1500],
    decimals: 0,
    max: null,
  },
  {
    name: 'Overtime hours worked',
    format: 'hours',
    unit: 'hours',
    direction: 'decrease',
    aggregation: 'sum',
    level: [100, 3000],
    decimals: 1,
    max: null,
  },
  {
    name: 'Average days to close a case',
    format: 'days',
    unit: 'days',
    direction: 'decrease',
    aggregation: 'mean',
    level: [3, 45],
    decimals: 1,
    max: null,
  },
  {
    name: 'Average response time',
    format: 'minutes',
    unit: 'minutes',
    direction: 'decrease',
    aggregation: 'mean',
    level: [4, 30],
    decimals: 1,
    max: null,
  },
  {
    name: 'Resident satisfaction score',
    format: 'rate',
    unit: 'points out of 5',
    direction: 'increase',
    aggregation: 'mean',
    level: [3, 4.6],
    decimals: 2,
    max: 5,
  },
  {
    name: 'Requests closed on time',
    format: 'percent',
    unit: '',
    direction: 'increase',
    aggregation: 'ratio',
    level: [0.6, 0.95],
    decimals: 4,
    max: 1,
    volume: [100, 3000],
  },
  {
    name: 'Calls answered within 60 seconds',
    format: 'percent',
    unit: '',
    direction: 'increase',
    aggregation: 'ratio',
    level: [0.7, 0.97],
    decimals: 4,
    max: 1,
    volume: [500, 20000],
  },
  {
    name: 'Staff vacancy rate',
    format: 'percent',
    unit: '',
    direction: 'range',
    aggregation: 'mean',
    level: [0.03, 0.12],
    decimals: 4,
    max: 1,
  },
  {
    name: 'Fleet availability',
    format: 'percent',
    unit: '',
    direction: 'range',
    aggregation: 'mean',
    level: [0.85, 0.95],
    decimals: 4,
    max: 1,
  },
  {
    name: 'Open cases at month end',
    format: 'count',
    unit: 'cases',
    direction: 'decrease',
    aggregation: 'last',
    level: [50, 1500],
    decimals: 0,
    max: null,
  },
  {
    name: 'Grant funds awarded to date',
    format: 'currency',
    unit: 'USD',
    direction: 'increase',
    aggregation: 'last',
    level: [100_000, 5_000_000],
    decimals: 2,
    max: null,
  },
];
