/** Goal 4, objectives 4.1 and 4.2: customer service and the City's finances. */
import type { KpiDefinition } from './types';

const ONE_CALL_DATA = 'Durham One Call contact center and service request system';
const RESIDENT_SURVEY = 'Durham Resident Survey';

export const serviceAndFinanceKpis: readonly KpiDefinition[] = [
  {
    code: 'DOC-01',
    name: 'Durham One Call calls answered within 30 seconds',
    description: 'How quickly residents reach a person when they call the City’s main number.',
    department: 'ONECALL',
    objective: '4.1',
    unit: '% of calls',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: ONE_CALL_DATA,
    methodology:
      'Calls answered by an agent within 30 seconds of entering the queue (numerator) over calls that entered the queue in the month (denominator).',
    series: {
      level: 0.82,
      noise: 0.03,
      events: [{ from: '2025-06-01', effect: -0.05, rampMonths: 4 }],
      volume: { level: 17_000, trend: 0.02, amplitude: 0.1, peakMonth: 8, noise: 0.05 },
    },
    outlook: 'at_risk',
    story: {
      why: 'Call volume rose with the new yard waste cart roll-out.',
      action:
        'Residents can now report cart problems online, and two part-time agents cover the busiest hours until the roll-out ends.',
    },
  },
  {
    code: 'DOC-02',
    name: 'Service requests closed within the service-level agreement',
    description:
      'Requests for service, from potholes to missed pickups, closed within the promised time.',
    department: 'ONECALL',
    objective: '4.1',
    unit: '% of requests',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: ONE_CALL_DATA,
    methodology:
      'Requests closed within the days set for their type (numerator) over requests closed in the month (denominator).',
    series: {
      level: 0.86,
      trend: 0.005,
      noise: 0.02,
      volume: { level: 6000, trend: 0.03, amplitude: 0.15, peakMonth: 6, noise: 0.06 },
    },
    outlook: 'on_track',
  },
  {
    code: 'BMS-01',
    name: 'Residents satisfied with the overall quality of City services',
    description: 'The headline result of the annual resident survey.',
    department: 'BMS',
    objective: '4.1',
    unit: '% of respondents',
    format: 'percent',
    direction: 'increase',
    frequency: 'annual',
    aggregation: 'ratio',
    dataSource: RESIDENT_SURVEY,
    methodology:
      'Respondents satisfied or very satisfied (numerator) over respondents with an opinion (denominator); results weighted to census demographics.',
    series: { level: 0.64, trend: 0.01, noise: 0.02, volume: { level: 820, noise: 0.05 } },
    outlook: 'on_track',
  },
  {
    code: 'BMS-02',
    name: "Unassigned General Fund balance as a share of next year's budget",
    description:
      'Reserves for emergencies: too little risks the City’s credit, too much is money not put to work.',
    department: 'BMS',
    objective: '4.2',
    unit: '% of next year’s General Fund budget',
    format: 'percent',
    direction: 'range',
    frequency: 'annual',
    aggregation: 'last',
    dataSource: 'Annual Comprehensive Financial Report',
    methodology:
      'Audited unassigned General Fund balance at June 30 divided by the General Fund budget adopted for the next fiscal year; the current year shows the budget office’s estimate.',
    series: {
      level: 0.18,
      noise: 0.03,
      decimals: 3,
      band: { low: 0.16, high: 0.2 },
      strays: 'above',
    },
    outlook: 'at_risk',
    story: {
      why: 'Revenue came in above budget, leaving reserves slightly above the policy range.',
      action:
        'Council will consider moving the excess to the capital reserve at the mid-year budget review.',
    },
  },
  {
    code: 'BMS-03',
    name: 'General Fund revenue collected against the budget estimate, year to date',
    description:
      'An early warning that revenue is falling short of, or running ahead of, the budget.',
    department: 'BMS',
    objective: '4.2',
    unit: '% of budgeted revenue to date',
    format: 'percent',
    direction: 'range',
    frequency: 'quarterly',
    aggregation: 'last',
    max: null,
    dataSource: 'Financial system (ERP) revenue reports',
    methodology:
      'Revenue recognized from the start of the fiscal year to the end of the quarter, divided by the revenue budgeted for the same months using each source’s seasonal pattern.',
    series: { level: 1.005, noise: 0.008, decimals: 3, band: { low: 0.98, high: 1.03 } },
    outlook: 'on_track',
  },
  {
    code: 'FIN-01',
    name: 'Credit rating agencies rating City bonds AAA',
    description:
      'The highest rating from each agency keeps the cost of borrowing for streets, water and parks low.',
    department: 'FIN',
    objective: '4.2',
    unit: 'agencies',
    format: 'count',
    direction: 'increase',
    frequency: 'annual',
    aggregation: 'last',
    max: 3,
    dataSource: 'Rating agency reports',
    methodology:
      'Agencies (Moody’s, S&P and Fitch) rating the City’s general obligation bonds AAA at the end of the fiscal year.',
    series: { level: 3 },
    outlook: 'on_track',
  },
  {
    code: 'FIN-02',
    name: 'Vendor invoices paid within 30 days',
    description: 'Paying on time keeps small local suppliers willing to work with the City.',
    department: 'FIN',
    objective: '4.2',
    unit: '% of invoices',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    isPublic: false,
    dataSource: 'Financial system (ERP) accounts payable',
    methodology:
      'Invoices paid within 30 days of the invoice date (numerator) over invoices paid in the month (denominator).',
    series: {
      level: 0.91,
      noise: 0.015,
      events: [
        {
          from: '2025-07-01',
          effect: -0.14,
          rampMonths: 2,
          recoverMonths: 30,
          note: 'The new financial system went live; invoice approvals slowed while staff learned the new workflow.',
        },
      ],
      volume: { level: 5200, trend: 0.02, noise: 0.05 },
    },
    outlook: 'off_track',
    story: {
      why: 'Invoice approvals are still slower in the new financial system.',
      action:
        'Accounts payable holds weekly clinics for approvers and now sends reminders for invoices older than 15 days.',
    },
  },
  {
    code: 'FIN-03',
    name: 'Current-year property tax collection rate',
    description: 'Property taxes are the largest source of General Fund revenue.',
    department: 'FIN',
    objective: '4.2',
    unit: '% of the levy',
    format: 'percent',
    direction: 'increase',
    frequency: 'annual',
    aggregation: 'ratio',
    tolerance: 0.01,
    dataSource: 'Durham County Tax Administration',
    methodology:
      'Current-year taxes collected by June 30 (numerator) over the current-year levy (denominator), in dollars.',
    series: {
      level: 0.993,
      noise: 0.001,
      numeratorDecimals: 2,
      volume: { level: 170_000_000, trend: 0.05, decimals: 2 },
    },
    outlook: 'on_track',
  },
];
