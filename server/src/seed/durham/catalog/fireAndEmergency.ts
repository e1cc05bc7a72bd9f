/** Goal 2, Safe and Secure Community: fire response, fire prevention and 911. */
import type { KpiDefinition } from './types';

const FIRE_DATA = 'Fire records management system';

export const fireAndEmergencyKpis: readonly KpiDefinition[] = [
  {
    code: 'FIRE-01',
    name: 'Emergency responses with travel time of 4 minutes or less',
    description: 'How often the first fire unit reaches an emergency within the national standard.',
    department: 'FIRE',
    objective: '2.2',
    unit: '% of responses',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: FIRE_DATA,
    methodology:
      'Emergency responses whose first unit arrived within 240 seconds of leaving the station (numerator) over all emergency responses (denominator), per NFPA 1710.',
    series: {
      level: 0.7,
      trend: 0.005,
      noise: 0.02,
      volume: { level: 2300, trend: 0.03, amplitude: 0.06, peakMonth: 7, noise: 0.05 },
    },
    outlook: 'on_track',
  },
  {
    code: 'FIRE-02',
    name: 'Residential structure fires',
    description: 'Fires in homes and apartments, the fires that cost the most lives.',
    department: 'FIRE',
    objective: '2.2',
    unit: 'fires',
    format: 'count',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: FIRE_DATA,
    methodology:
      'Fires in residential occupancies reported to NFIRS in the month, cooking fires included.',
    series: { level: 14, trend: -0.01, amplitude: 0.15, peakMonth: 1, noise: 0.2 },
    outlook: 'on_track',
  },
  {
    code: 'FIRE-03',
    name: 'Scheduled fire code inspections completed',
    description: 'Inspections that find hazards before a fire does.',
    department: 'FIRE',
    objective: '2.2',
    unit: '% of scheduled inspections',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: FIRE_DATA,
    methodology:
      'Inspections completed in the month (numerator) over inspections due in the month under the state inspection schedule (denominator).',
    series: {
      level: 0.9,
      noise: 0.03,
      events: [{ from: '2024-01-01', effect: -0.12, rampMonths: 18 }],
      volume: { level: 700, trend: 0.03, noise: 0.06 },
    },
    outlook: 'off_track',
    story: {
      why: 'Four of fourteen fire inspector positions are vacant.',
      action:
        'Engine companies now inspect low-hazard buildings so that inspectors can focus on high-hazard occupancies; two inspectors start next month.',
    },
  },
  {
    code: 'FIRE-04',
    name: 'Structure fires confined to the room of origin',
    description:
      'Fires stopped before they spread: a measure of response and of built-in protection.',
    department: 'FIRE',
    objective: '2.2',
    unit: '% of structure fires',
    format: 'percent',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'ratio',
    dataSource: FIRE_DATA,
    methodology:
      'Structure fires whose spread was confined to the room of origin (numerator) over all structure fires in the quarter (denominator).',
    series: { level: 0.78, noise: 0.06, volume: { level: 45, noise: 0.15 } },
    outlook: 'on_track',
  },
  {
    code: 'ECC-01',
    name: '911 calls answered within 15 seconds',
    description: 'How quickly a caller in an emergency reaches a telecommunicator.',
    department: 'ECC',
    objective: '2.2',
    unit: '% of 911 calls',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: '911 call-handling system',
    methodology:
      '911 calls answered within 15 seconds of the first ring (numerator) over all 911 calls presented (denominator), per NENA standards.',
    series: {
      level: 0.93,
      noise: 0.012,
      events: [{ from: '2021-10-01', effect: -0.1, rampMonths: 6, recoverMonths: 24 }],
      volume: { level: 24_000, trend: 0.02, amplitude: 0.08, peakMonth: 7, noise: 0.04 },
    },
    outlook: 'on_track',
  },
];
