/** Goal 4, objectives 4.3 and 4.4, and internal IT service levels: the workforce and technology. */
import type { KpiDefinition } from './types';

const HR_DATA = 'Human resources information system';
const SERVICE_DESK = 'IT service management system';
/** City employees, the denominator of workforce rates. */
const headcount = { level: 2450, trend: 0.012 };

export const workforceAndTechnologyKpis: readonly KpiDefinition[] = [
  {
    code: 'HR-01',
    name: 'Employee turnover rate',
    description: 'Employees who left the City, for any reason, as a share of the workforce.',
    department: 'HR',
    objective: '4.3',
    unit: '% of employees per quarter',
    format: 'percent',
    direction: 'decrease',
    frequency: 'quarterly',
    aggregation: 'ratio',
    isPublic: false,
    dataSource: HR_DATA,
    methodology:
      'Separations of full-time employees in the quarter, retirements included (numerator), over full-time employees at the start of the quarter (denominator).',
    series: {
      level: 0.032,
      noise: 0.08,
      events: [{ from: '2021-07-01', effect: 0.45, rampMonths: 6, recoverMonths: 30 }],
      volume: headcount,
    },
    outlook: 'at_risk',
    story: {
      why: 'Separations rose among sanitation and transit operators, where private employers are raising pay.',
      action: 'A market pay study for both job families is due next quarter.',
    },
  },
  {
    code: 'HR-02',
    name: 'Average days to fill a vacant position',
    description:
      'Days a position stands empty while the City recruits, from posting to start date.',
    department: 'HR',
    objective: '4.3',
    unit: 'days',
    format: 'days',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'mean',
    isPublic: false,
    dataSource: HR_DATA,
    methodology:
      'Calendar days from the posting date to the new employee’s start date, averaged over hires who started in the month.',
    series: {
      level: 68,
      noise: 0.06,
      events: [{ from: '2021-07-01', effect: 0.3, rampMonths: 12 }],
    },
    outlook: 'off_track',
    story: {
      why: 'Applicant pools for skilled trades and public safety positions remain thin.',
      action:
        'Hard-to-fill positions are now posted continuously, and interviews are scheduled within five days of a posting closing.',
    },
  },
  {
    code: 'HR-03',
    name: 'Vacancy rate, authorized full-time positions',
    description:
      'Budgeted positions without anyone in them: work that goes undone or onto overtime.',
    department: 'HR',
    objective: '4.3',
    unit: '% of authorized positions',
    format: 'percent',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: HR_DATA,
    methodology:
      'Vacant authorized full-time positions on the last day of the month (numerator) over all authorized full-time positions (denominator).',
    series: {
      level: 0.08,
      noise: 0.03,
      events: [{ from: '2021-07-01', effect: 0.6, rampMonths: 12, recoverMonths: 36 }],
      volume: { level: 2620, trend: 0.012 },
    },
    outlook: 'on_track',
  },
  {
    code: 'HR-04',
    name: 'Employees completing required training',
    description: 'Safety, ethics and anti-harassment training every employee must complete.',
    department: 'HR',
    objective: '4.3',
    unit: '% of employees due',
    format: 'percent',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'ratio',
    isPublic: false,
    dataSource: 'Learning management system',
    methodology:
      'Employees who completed every course due in the quarter (numerator) over employees with a course due in the quarter (denominator).',
    series: { level: 0.86, noise: 0.03, volume: { ...headcount, noise: 0.02 } },
    outlook: 'at_risk',
  },
  {
    code: 'TS-01',
    name: 'IT service desk tickets resolved at first contact',
    description: 'Problems solved while the employee is still on the phone or chat.',
    department: 'TS',
    objective: null,
    unit: '% of tickets',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    isPublic: false,
    dataSource: SERVICE_DESK,
    methodology:
      'Tickets closed by the first agent during the first contact (numerator) over tickets opened in the month (denominator).',
    series: {
      level: 0.62,
      trend: 0.02,
      noise: 0.03,
      volume: { level: 2600, trend: 0.02, noise: 0.06 },
    },
    outlook: 'on_track',
  },
  {
    code: 'TS-02',
    name: 'Availability of core business systems',
    description:
      'Finance, payroll, permitting, utility billing and public safety systems up when needed.',
    department: 'TS',
    objective: null,
    unit: '% of scheduled minutes',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    // A tenth of a percentage point is hours of outage: the usual 5% band would hide it.
    tolerance: 0.002,
    isPublic: false,
    dataSource: 'Infrastructure monitoring system',
    methodology:
      'Minutes the twelve core systems were available (numerator) over scheduled minutes (denominator, 12 systems × 30 days), planned maintenance windows excluded.',
    series: { level: 0.9985, noise: 0.0006, volume: { level: 518_400 } },
    outlook: 'on_track',
  },
  {
    code: 'TS-03',
    name: 'Datasets published on the open data portal',
    description: 'City datasets anyone can download, reuse and build on.',
    department: 'TS',
    objective: '4.4',
    unit: 'datasets',
    format: 'count',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'last',
    dataSource: 'Open data portal catalog',
    methodology: 'Public datasets listed in the catalog on the last day of the quarter.',
    series: { level: 45, trend: 0.15, noise: 0.02 },
    outlook: 'on_track',
  },
];
