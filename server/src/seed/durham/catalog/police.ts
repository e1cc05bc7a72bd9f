/** Goal 2, Safe and Secure Community: crime, police staffing and how safe residents feel. */
import type { KpiDefinition } from './types';

const CRIME_DATA = 'Police records management system (NIBRS reports)';
/** Residents in thousands (the denominator of the per-1,000 crime rates), from census estimates. */
const population = { level: 263, trend: 0.018, decimals: 1 };

export const policeKpis: readonly KpiDefinition[] = [
  {
    code: 'POL-01',
    name: 'Violent crimes per 1,000 residents',
    description: 'Homicide, rape, robbery and aggravated assault, relative to Durham’s population.',
    department: 'POLICE',
    objective: '2.1',
    unit: 'per 1,000 residents',
    format: 'rate',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: CRIME_DATA,
    methodology:
      'Violent offenses reported in the month (numerator) over the population in thousands (denominator, the latest census estimate).',
    series: {
      level: 0.62,
      trend: -0.01,
      amplitude: 0.1,
      peakMonth: 7,
      noise: 0.08,
      volume: population,
    },
    outlook: 'at_risk',
    story: {
      why: 'Aggravated assaults rose this period, concentrated in two patrol districts.',
      action:
        'Focused patrols and violence interrupters are assigned to both districts, and results are reviewed weekly.',
    },
  },
  {
    code: 'POL-02',
    name: 'Property crimes per 1,000 residents',
    description: 'Burglary, larceny and motor vehicle theft, relative to Durham’s population.',
    department: 'POLICE',
    objective: '2.1',
    unit: 'per 1,000 residents',
    format: 'rate',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: CRIME_DATA,
    methodology:
      'Property offenses reported in the month (numerator) over the population in thousands (denominator).',
    series: {
      level: 2.9,
      trend: -0.025,
      amplitude: 0.06,
      peakMonth: 8,
      noise: 0.05,
      events: [{ from: '2020-04-01', effect: -0.12, recoverMonths: 8 }],
      volume: population,
    },
    outlook: 'on_track',
  },
  {
    code: 'POL-03',
    name: 'Average response time to Priority 1 calls',
    description:
      'Minutes from a life-threatening call being dispatched to the first officer arriving.',
    department: 'POLICE',
    objective: '2.2',
    unit: 'minutes',
    format: 'minutes',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'mean',
    dataSource: 'Computer-aided dispatch (CAD)',
    methodology:
      'Minutes from dispatch to the first unit on scene, averaged over Priority 1 calls in the month; calls cancelled before arrival are excluded.',
    series: {
      level: 6.4,
      amplitude: 0.04,
      peakMonth: 8,
      noise: 0.05,
      decimals: 1,
      events: [{ from: '2022-01-01', effect: 0.18, rampMonths: 30 }],
    },
    outlook: 'off_track',
    story: {
      why: 'Patrol is working with about 60 fewer officers than authorized, so fewer units are free when an emergency call comes in.',
      action:
        'Non-emergency reports are moving to online reporting and the Community Safety Department, and two recruit academies run this year.',
    },
  },
  {
    code: 'POL-04',
    name: 'Violent crime clearance rate',
    description: 'Violent crimes solved by an arrest or by exceptional means.',
    department: 'POLICE',
    objective: '2.1',
    unit: '% of violent crimes',
    format: 'percent',
    direction: 'increase',
    frequency: 'quarterly',
    aggregation: 'ratio',
    dataSource: CRIME_DATA,
    methodology:
      'Violent offenses cleared in the quarter (numerator) over violent offenses reported in the quarter (denominator), following FBI clearance rules.',
    series: { level: 0.44, noise: 0.06, volume: { level: 540, noise: 0.08 } },
    outlook: 'at_risk',
    story: {
      why: 'Several complex investigations from the summer remain open.',
      action: 'Two detectives have moved to the violent crimes unit to work the oldest open cases.',
    },
  },
  {
    code: 'POL-05',
    name: 'Sworn officer positions filled',
    description: 'Authorized police officer positions that are filled by a sworn officer.',
    department: 'POLICE',
    objective: '2.2',
    unit: '% of authorized positions',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: 'Human resources information system',
    methodology:
      'Sworn officers on the payroll on the last day of the month (numerator) over authorized sworn positions in the adopted budget (denominator).',
    series: {
      level: 0.96,
      noise: 0.006,
      events: [
        { from: '2021-01-01', effect: -0.12, rampMonths: 30 },
        { from: '2023-07-01', effect: 0.03, rampMonths: 18 },
      ],
      volume: { level: 537 },
    },
    outlook: 'off_track',
    story: {
      why: 'Resignations and retirements still outpace academy graduates.',
      action:
        'Hiring now takes six weeks instead of twelve, a lateral-entry bonus is in place, and the next academy class starts in January.',
    },
  },
  {
    code: 'POL-06',
    name: 'Shooting incidents with injury',
    description: 'Incidents in which at least one person was shot and injured or killed.',
    department: 'POLICE',
    objective: '2.1',
    unit: 'incidents',
    format: 'count',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'sum',
    tolerance: 0.1,
    dataSource: CRIME_DATA,
    methodology:
      'Incidents, not victims: a shooting that injures three people counts once. Self-inflicted injuries are excluded.',
    series: {
      level: 20,
      amplitude: 0.15,
      peakMonth: 7,
      noise: 0.2,
      events: [{ from: '2020-05-01', effect: 0.45, rampMonths: 6, recoverMonths: 36 }],
    },
    outlook: 'on_track',
  },
  {
    code: 'POL-07',
    name: 'Residents who feel safe in their neighborhood at night',
    description:
      'From the annual resident survey: a measure of how safe Durham feels, not only how safe it is.',
    department: 'POLICE',
    objective: '2.3',
    unit: '% of respondents',
    format: 'percent',
    direction: 'increase',
    frequency: 'annual',
    aggregation: 'ratio',
    dataSource: 'Durham Resident Survey',
    methodology:
      'Respondents answering safe or very safe (numerator) over respondents answering the question (denominator); results weighted to census demographics.',
    series: { level: 0.6, noise: 0.02, volume: { level: 820, noise: 0.05 } },
    outlook: 'at_risk',
    story: {
      why: 'The share feeling safe at night fell in neighborhoods that saw shootings this year.',
      action: 'Community walks and street-light repairs are scheduled in those neighborhoods.',
    },
  },
];
