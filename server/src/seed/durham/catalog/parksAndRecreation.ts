/** Goal 3, objective 3.3: parks and recreation that serve all residents. */
import type { KpiDefinition } from './types';

const RECREATION_DATA = 'Recreation registration and point-of-sale system';

export const parksAndRecreationKpis: readonly KpiDefinition[] = [
  {
    code: 'PRD-01',
    name: 'Recreation program participants',
    description: 'Enrollments in classes, camps, leagues and programs for all ages.',
    department: 'PRD',
    objective: '3.3',
    unit: 'participants',
    format: 'count',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: RECREATION_DATA,
    methodology:
      'Enrollments in programs that met at least once in the month; a person in two programs counts twice.',
    series: {
      level: 5200,
      trend: 0.02,
      amplitude: 0.15,
      peakMonth: 7,
      noise: 0.08,
      events: [
        {
          from: '2020-04-01',
          effect: -0.85,
          recoverMonths: 18,
          note: 'Recreation centers closed and programs were cancelled under the COVID-19 orders.',
        },
        { from: '2025-06-01', effect: -0.08, rampMonths: 3 },
      ],
    },
    outlook: 'at_risk',
    story: {
      why: 'Enrollment is down at two recreation centers closed for heating and cooling repairs.',
      action:
        'Their programs have moved to nearby schools under a joint-use agreement until the repairs finish.',
    },
  },
  {
    code: 'PRD-02',
    name: 'Residents living within a 10-minute walk of a park',
    description:
      'Access to a park close to home, measured along streets and paths, not as the crow flies.',
    department: 'PRD',
    objective: '3.3',
    unit: '% of residents',
    format: 'percent',
    direction: 'increase',
    frequency: 'annual',
    aggregation: 'ratio',
    dataSource: 'Parks and Recreation GIS analysis',
    methodology:
      'Residents whose census block lies within a half-mile walk of a public park entrance (numerator) over all residents (denominator), recomputed each July.',
    series: {
      level: 0.53,
      trend: 0.02,
      noise: 0.003,
      volume: { level: 263_000, trend: 0.018 },
    },
    outlook: 'on_track',
  },
  {
    code: 'PRD-03',
    name: 'Recreation center and pool visits',
    description: 'Check-ins at recreation centers, gyms and pools.',
    department: 'PRD',
    objective: '3.3',
    unit: 'visits',
    format: 'count',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: RECREATION_DATA,
    methodology:
      'Membership card scans and daily admissions recorded at the front desk in the month.',
    series: {
      level: 61_000,
      trend: 0.02,
      amplitude: 0.12,
      peakMonth: 7,
      noise: 0.06,
      events: [
        { from: '2020-04-01', effect: -0.9, recoverMonths: 24 },
        { from: '2025-09-01', effect: -0.22, rampMonths: 2 },
      ],
    },
    outlook: 'off_track',
    story: {
      why: 'The city’s largest indoor pool closed in September for a year-long renovation.',
      action:
        'Swim lessons and lap swim have moved to two other pools with longer hours; the renovated pool reopens next fall.',
    },
  },
  {
    code: 'PRD-04',
    name: 'Participants rating programs good or excellent',
    description: 'What participants, or their parents, say at the end of a program.',
    department: 'PRD',
    objective: '3.3',
    unit: '% of respondents',
    format: 'percent',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'ratio',
    dataSource: 'End-of-program survey',
    methodology:
      'Responses of good or excellent (numerator) over all responses received in the quarter (denominator).',
    series: { level: 0.91, noise: 0.02, volume: { level: 600, noise: 0.15 } },
    outlook: 'on_track',
  },
];
