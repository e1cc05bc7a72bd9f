/** Goal 3, objective 3.4: safe, reliable ways to get around without a car. */
import type { KpiDefinition } from './types';

const TRANSIT_DATA = 'GoDurham automatic passenger counters and vehicle location system';

export const transportationKpis: readonly KpiDefinition[] = [
  {
    code: 'DOT-01',
    name: 'GoDurham average weekday ridership',
    description: 'Boardings on an average weekday across all GoDurham bus routes.',
    department: 'DOT',
    objective: '3.4',
    unit: 'boardings per weekday',
    format: 'count',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'mean',
    dataSource: TRANSIT_DATA,
    methodology:
      'Boardings counted by automatic passenger counters on weekdays in the month, divided by the number of weekdays with full service.',
    series: {
      level: 21_500,
      trend: -0.02,
      amplitude: 0.06,
      peakMonth: 10,
      noise: 0.03,
      events: [
        {
          from: '2020-04-01',
          effect: -0.5,
          recoverMonths: 40,
          note: 'Ridership fell under the stay-at-home order; fares were suspended and buses ran Saturday schedules.',
        },
        { from: '2020-04-01', effect: 0.15, rampMonths: 24 },
      ],
    },
    outlook: 'on_track',
  },
  {
    code: 'DOT-02',
    name: 'GoDurham departures on time',
    description: 'Buses leaving timepoints no more than one minute early or five minutes late.',
    department: 'DOT',
    objective: '3.4',
    unit: '% of timepoint departures',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: TRANSIT_DATA,
    methodology:
      'Timepoint departures between one minute early and five minutes late (numerator) over all recorded timepoint departures in the month (denominator).',
    series: {
      level: 0.84,
      noise: 0.015,
      events: [
        { from: '2022-01-01', effect: -0.08, rampMonths: 6, recoverMonths: 30 },
        { from: '2025-08-01', effect: -0.04, rampMonths: 3 },
      ],
      volume: { level: 150_000, trend: 0.01, noise: 0.03 },
    },
    outlook: 'at_risk',
    story: {
      why: 'Road construction on two major corridors is delaying buses on five routes.',
      action:
        'Schedules on the affected routes were adjusted at the last service change, and detours are coordinated weekly with the contractors.',
    },
  },
  {
    code: 'DOT-03',
    name: 'Traffic signal malfunctions repaired within 24 hours',
    description: 'A dark or flashing signal is a crash risk; most are fixed the same day.',
    department: 'DOT',
    objective: '3.4',
    unit: '% of malfunctions',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: 'Traffic signal maintenance work orders',
    methodology:
      'Malfunctions repaired within 24 hours of the report (numerator) over malfunctions reported in the month (denominator).',
    series: {
      level: 0.9,
      noise: 0.03,
      volume: { level: 130, amplitude: 0.2, peakMonth: 7, noise: 0.12 },
    },
    outlook: 'on_track',
  },
  {
    code: 'DOT-04',
    name: 'Traffic crashes causing death or serious injury',
    description:
      'Durham’s Vision Zero measure: crashes in which someone was killed or seriously hurt.',
    department: 'DOT',
    objective: '3.4',
    unit: 'crashes',
    format: 'count',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: 'NCDOT crash data (police crash reports)',
    methodology:
      'Reported crashes on City streets with at least one fatal or suspected serious (A-level) injury, by crash date; recent months are revised as reports arrive.',
    series: {
      level: 16,
      trend: 0.03,
      amplitude: 0.1,
      peakMonth: 10,
      noise: 0.15,
      events: [{ from: '2024-01-01', effect: 0.12, rampMonths: 12 }],
    },
    outlook: 'off_track',
    story: {
      why: 'Serious crashes are rising on high-speed multi-lane roads, most involving speeding or people walking.',
      action:
        'Speed limits on three corridors drop to 35 mph this winter, and a pedestrian safety project on the highest-crash corridor is in design.',
    },
  },
  {
    code: 'DOT-05',
    name: 'Miles of sidewalk built or repaired',
    description: 'New sidewalk that closes gaps in the network, and broken sidewalk replaced.',
    department: 'DOT',
    objective: '3.4',
    unit: 'miles',
    format: 'count',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: 'Capital project and sidewalk repair records',
    methodology:
      'Centerline miles of sidewalk accepted as complete in the quarter, new construction and full-panel replacement combined.',
    series: { level: 3.2, trend: 0.05, noise: 0.2, decimals: 1 },
    outlook: 'at_risk',
  },
];
