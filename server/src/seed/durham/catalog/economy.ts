/** Goal 1, Strong and Diverse Economy: jobs, investment, workforce and City business with local firms. */
import type { KpiDefinition } from './types';

export const economyKpis: readonly KpiDefinition[] = [
  {
    code: 'ECON-01',
    name: 'Jobs created or retained through City incentive agreements',
    description:
      'Jobs that companies committed to in exchange for City economic development incentives.',
    department: 'OEWD',
    objective: '1.1',
    unit: 'jobs',
    format: 'count',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: 'Economic development incentive agreement tracking',
    methodology:
      'Jobs certified in the quarter under performance-based incentive agreements, verified against employer payroll reports.',
    series: {
      level: 210,
      trend: 0.02,
      noise: 0.15,
      events: [{ from: '2025-10-01', effect: -0.25, rampMonths: 6 }],
    },
    outlook: 'off_track',
    story: {
      why: 'Two employers expected to certify new jobs this quarter pushed their hiring into next year.',
      action:
        'Both agreements remain in force; staff are meeting each company monthly and will report certified jobs when they are verified.',
    },
  },
  {
    code: 'ECON-02',
    name: 'Private investment leveraged by City incentives',
    description: 'Private capital invested in projects that received City incentives.',
    department: 'OEWD',
    objective: '1.1',
    unit: 'US dollars',
    format: 'currency',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: 'Economic development incentive agreement tracking',
    methodology:
      'Capital investment certified in the quarter under incentive agreements, as documented by the company and verified by the tax assessor.',
    series: { level: 38_000_000, trend: 0.04, noise: 0.2 },
    outlook: 'at_risk',
    story: {
      why: 'Higher interest rates have slowed the start of one large incentive project.',
      action:
        'The project remains under contract; its first phase is now scheduled to begin next quarter.',
    },
  },
  {
    code: 'ECON-03',
    name: 'Residents placed in jobs through City workforce programs',
    description:
      'Durham residents who found work after City-funded training, coaching or placement.',
    department: 'OEWD',
    objective: '1.2',
    unit: 'residents',
    format: 'count',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'sum',
    dataSource: 'Workforce case management system',
    methodology:
      'Participants who started a job of at least 20 hours a week in the month, confirmed by the employer or a pay stub.',
    series: {
      level: 55,
      trend: 0.04,
      noise: 0.12,
      events: [
        {
          from: '2020-04-01',
          effect: -0.4,
          recoverMonths: 10,
          note: 'Employers paused hiring and in-person training stopped during the COVID-19 closures.',
        },
        { from: '2025-07-01', effect: -0.15, rampMonths: 4 },
      ],
    },
    outlook: 'off_track',
    story: {
      why: 'A federal training grant ended in June, cutting the number of training seats by about a fifth.',
      action:
        'Staff have applied for a state grant to restore the seats and are referring job seekers to partner programs meanwhile.',
    },
  },
  {
    code: 'ECON-04',
    name: 'Young people completing paid summer internships',
    description: 'Durham YouthWork interns, aged 14 to 24, who completed a paid summer placement.',
    department: 'OEWD',
    objective: '1.2',
    unit: 'interns',
    format: 'count',
    direction: 'increase',
    frequency: 'annual',
    aggregation: 'sum',
    dataSource: 'Durham YouthWork program records',
    methodology:
      'Interns who completed at least 80% of their scheduled hours during the summer that starts the fiscal year.',
    series: {
      level: 260,
      trend: 0.08,
      noise: 0.05,
      events: [{ from: '2020-07-01', effect: -0.45, recoverMonths: 12 }],
    },
    outlook: 'on_track',
  },
  {
    code: 'ECON-05',
    name: 'Unemployment rate, City of Durham',
    description: 'The share of Durham residents in the labor force who are looking for work.',
    department: 'OEWD',
    objective: '1.2',
    unit: '% of labor force',
    format: 'percent',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'mean',
    dataSource: 'US Bureau of Labor Statistics, Local Area Unemployment Statistics',
    methodology:
      'Not seasonally adjusted monthly rate for the City of Durham as first published; later BLS revisions are not applied.',
    series: {
      level: 0.045,
      trend: -0.03,
      amplitude: 0.05,
      peakMonth: 1,
      noise: 0.03,
      decimals: 3,
      events: [{ from: '2020-04-01', effect: 1.2, recoverMonths: 14 }],
    },
    outlook: 'on_track',
  },
  {
    code: 'EI-01',
    name: 'City contract dollars awarded to minority- and women-owned businesses',
    description:
      'How much of the City’s spending on construction, goods and services goes to certified minority- and women-owned firms.',
    department: 'EI',
    objective: '1.3',
    unit: '% of contract dollars',
    format: 'percent',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'ratio',
    dataSource: 'Financial system (ERP) and the Equity Assurance certification list',
    methodology:
      'Dollars paid in the quarter to certified minority- and women-owned prime contractors and subcontractors (numerator) over all dollars paid on eligible contracts (denominator).',
    series: {
      level: 0.22,
      trend: 0.03,
      noise: 0.05,
      numeratorDecimals: 2,
      volume: { level: 48_000_000, trend: 0.04, noise: 0.12, decimals: 2 },
    },
    outlook: 'at_risk',
    story: {
      why: 'One large water plant contract, with few certified subcontractors in its trades, made up a third of the quarter’s spending.',
      action:
        'Equity and Inclusion is holding outreach sessions for the remaining phases so more certified firms can bid.',
    },
  },
];
