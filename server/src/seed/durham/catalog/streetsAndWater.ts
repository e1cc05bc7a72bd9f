/** Goal 5, objectives 5.1 and 5.2: streets and the water and sewer systems. */
import type { KpiDefinition } from './types';

const WORK_ORDERS = 'Public Works work order system';
const WATER_DATA = 'Water Management operations and laboratory systems';

export const streetsAndWaterKpis: readonly KpiDefinition[] = [
  {
    code: 'PW-01',
    name: 'Average pavement condition index, City streets',
    description: 'The overall condition of City-maintained streets, from 0 (failed) to 100 (new).',
    department: 'PW',
    objective: '5.1',
    unit: 'PCI (0 to 100)',
    format: 'rate',
    direction: 'increase',
    frequency: 'annual',
    aggregation: 'mean',
    max: 100,
    dataSource: 'Pavement management system (biennial street condition survey)',
    methodology:
      'Lane-mile-weighted average PCI of City streets, from the latest condition survey aged by the pavement model and updated for streets resurfaced since.',
    series: { level: 72, trend: -0.012, noise: 0.005, decimals: 1 },
    outlook: 'off_track',
    story: {
      why: 'Resurfacing funding has not kept pace with the streets reaching the end of their life.',
      action:
        'The proposed capital plan adds $10 million a year for resurfacing, and crack sealing now extends the life of streets still in fair condition.',
    },
  },
  {
    code: 'PW-02',
    name: 'Pothole requests repaired within two business days',
    description: 'Potholes reported by residents and fixed within two business days.',
    department: 'PW',
    objective: '5.1',
    unit: '% of requests',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: WORK_ORDERS,
    methodology:
      'Pothole requests repaired within two business days (numerator) over pothole requests closed in the month (denominator).',
    series: {
      level: 0.84,
      noise: 0.03,
      volume: { level: 260, amplitude: 0.4, peakMonth: 2, noise: 0.12 },
    },
    outlook: 'on_track',
  },
  {
    code: 'PW-03',
    name: 'Lane miles resurfaced',
    description: 'Streets repaved, counted by lane.',
    department: 'PW',
    objective: '5.1',
    unit: 'lane miles',
    format: 'count',
    direction: 'increase',
    frequency: 'annual',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: 'Resurfacing contract records',
    methodology:
      'Lane miles accepted as complete by the City inspector in the fiscal year; most paving happens from April to October.',
    series: { level: 56, noise: 0.1, decimals: 1 },
    outlook: 'at_risk',
    story: {
      why: 'Paving started three weeks late after the resurfacing contract was re-bid.',
      action:
        'The contractor has added a second crew to make up the lost time before cold weather.',
    },
  },
  {
    code: 'WM-01',
    name: 'Drinking water samples meeting all standards',
    description:
      'Compliance samples from the distribution system that meet every federal and state standard.',
    department: 'WATER',
    objective: '5.2',
    unit: '% of samples',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    // Public health: one failed sample in two hundred is already worth a look.
    tolerance: 0.005,
    dataSource: 'Laboratory information management system (LIMS)',
    methodology:
      'Bacteriological and chemical compliance samples meeting all standards (numerator) over compliance samples analysed in the month (denominator).',
    series: { level: 0.9995, noise: 0.0008, volume: { level: 260, noise: 0.05 } },
    outlook: 'on_track',
  },
  {
    code: 'WM-02',
    name: 'Average chlorine residual in the distribution system',
    description:
      'Enough disinfectant to keep water safe all the way to the tap, but not so much that it affects taste.',
    department: 'WATER',
    objective: '5.2',
    unit: 'mg/L',
    format: 'rate',
    direction: 'range',
    frequency: 'monthly',
    aggregation: 'mean',
    max: 4,
    dataSource: 'Laboratory information management system (LIMS)',
    methodology:
      'Total chlorine residual averaged over all routine distribution samples in the month; the regulatory maximum is 4.0 mg/L.',
    series: {
      level: 2.8,
      amplitude: 0.08,
      peakMonth: 1,
      noise: 0.03,
      decimals: 2,
      band: { low: 2, high: 3.5 },
    },
    outlook: 'on_track',
  },
  {
    code: 'WM-03',
    name: 'Sanitary sewer overflows per 100 miles of sewer main',
    description:
      'Overflows send untreated wastewater into streams; fewer is better for public health.',
    department: 'WATER',
    objective: '5.2',
    unit: 'per 100 miles of main',
    format: 'rate',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: WATER_DATA,
    methodology:
      'Overflows reported to the state in the month (numerator) over miles of sewer main in hundreds (denominator).',
    series: {
      level: 0.42,
      trend: -0.03,
      amplitude: 0.25,
      peakMonth: 2,
      noise: 0.35,
      volume: { level: 10.3, trend: 0.005, decimals: 2 },
    },
    outlook: 'on_track',
  },
  {
    code: 'WM-04',
    name: 'Non-revenue water',
    description: 'Treated water lost to leaks, theft or meter error: paid for but never billed.',
    department: 'WATER',
    objective: '5.2',
    unit: '% of water produced',
    format: 'percent',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: WATER_DATA,
    methodology:
      'Million gallons produced but not billed (numerator) over million gallons produced in the month (denominator), following the AWWA water audit method.',
    series: {
      level: 0.11,
      noise: 0.06,
      numeratorDecimals: 1,
      events: [{ from: '2024-01-01', effect: -0.05, rampMonths: 24 }],
      volume: {
        level: 1050,
        trend: 0.015,
        amplitude: 0.12,
        peakMonth: 7,
        noise: 0.03,
        decimals: 1,
      },
    },
    outlook: 'at_risk',
    story: {
      why: 'Unbilled water stays above target while older meters are still being replaced.',
      action:
        'About 60% of meters are now advanced meters and the rest are scheduled by next summer; a leak survey of older mains is under way.',
    },
  },
  {
    code: 'WM-05',
    name: 'Water main breaks',
    description:
      'Breaks interrupt service and damage streets; their number tracks the age of the system.',
    department: 'WATER',
    objective: '5.2',
    unit: 'breaks',
    format: 'count',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: WATER_DATA,
    methodology: 'Main breaks repaired in the month; service line leaks are not counted.',
    series: {
      level: 14,
      trend: 0.03,
      amplitude: 0.15,
      peakMonth: 1,
      noise: 0.15,
      events: [{ from: '2025-01-01', effect: 0.15, rampMonths: 6 }],
    },
    outlook: 'off_track',
    story: {
      why: 'Most breaks are on cast-iron mains laid before 1960, a fifth of the system.',
      action:
        'The main replacement program doubled this year, starting with mains that have broken more than once.',
    },
  },
];
