/** Goal 3, objectives 3.1 and 3.2: affordable housing and neighborhood conditions. */
import type { KpiDefinition } from './types';

const CODE_CASES = 'Code enforcement case management system';

export const housingKpis: readonly KpiDefinition[] = [
  {
    code: 'CD-01',
    name: 'Affordable homes created or preserved',
    description:
      'Homes affordable to households earning up to 80% of the area median income, newly built or kept affordable.',
    department: 'CD',
    objective: '3.1',
    unit: 'homes',
    format: 'count',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: 'Community Development project tracking',
    methodology:
      'Units that received a certificate of occupancy, or whose affordability agreement was signed, in the quarter; each unit counts once.',
    series: {
      level: 45,
      trend: 0.1,
      noise: 0.3,
      events: [{ from: '2025-01-01', effect: -0.3, rampMonths: 9 }],
    },
    outlook: 'off_track',
    story: {
      why: 'Two tax-credit apartment projects missed their financing closings as construction costs rose and slipped into next fiscal year.',
      action:
        'The City has added gap financing from the housing bond to both projects; closings are expected next quarter.',
    },
  },
  {
    code: 'CD-02',
    name: 'Homes repaired through the owner-occupied rehabilitation program',
    description:
      'Urgent and major repairs that let low-income homeowners, many of them older residents, stay in their homes.',
    department: 'CD',
    objective: '3.1',
    unit: 'homes',
    format: 'count',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: 'Community Development project tracking',
    methodology: 'Repair projects passed at final inspection in the quarter.',
    series: { level: 18, trend: 0.05, noise: 0.2 },
    outlook: 'on_track',
  },
  {
    code: 'NIS-01',
    name: 'Average days from complaint to first housing inspection',
    description: 'How long a tenant waits for an inspector after reporting unsafe housing.',
    department: 'NIS',
    objective: '3.2',
    unit: 'days',
    format: 'days',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'mean',
    dataSource: CODE_CASES,
    methodology:
      'Calendar days from the complaint to the first inspection, averaged over first inspections made in the month.',
    series: {
      level: 4.5,
      trend: -0.02,
      noise: 0.1,
      decimals: 1,
      events: [{ from: '2025-05-01', effect: 0.12, rampMonths: 6 }],
    },
    outlook: 'at_risk',
    story: {
      why: 'Housing complaints rose 15% after the tenant outreach campaign.',
      action: 'Inspectors now schedule complaints by neighborhood to cut driving time.',
    },
  },
  {
    code: 'NIS-02',
    name: 'Minimum housing cases brought into compliance within 180 days',
    description:
      'Unsafe or substandard rental homes repaired within six months of the first notice.',
    department: 'NIS',
    objective: '3.2',
    unit: '% of closed cases',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: CODE_CASES,
    methodology:
      'Cases closed in compliance within 180 days of the first notice (numerator) over all minimum housing cases closed in the month (denominator).',
    series: {
      level: 0.55,
      trend: 0.02,
      noise: 0.06,
      events: [{ from: '2024-07-01', effect: -0.15, rampMonths: 12 }],
      volume: { level: 120, trend: 0.02, noise: 0.1 },
    },
    outlook: 'off_track',
    story: {
      why: 'More owners are asking for extensions for major repairs as contractor costs rise.',
      action:
        'Cases older than 180 days now go to a monthly hearing, and eligible owners are referred to the City’s repair program.',
    },
  },
  {
    code: 'NIS-03',
    name: 'Nuisance cases resolved',
    description: 'Overgrown lots, trash and junk vehicles cleared, by the owner or by City crews.',
    department: 'NIS',
    objective: '3.2',
    unit: 'cases',
    format: 'count',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: CODE_CASES,
    methodology: 'Weed, trash and junk vehicle cases closed as resolved in the month.',
    series: { level: 340, trend: 0.02, amplitude: 0.15, peakMonth: 7, noise: 0.1 },
    outlook: 'on_track',
  },
];
