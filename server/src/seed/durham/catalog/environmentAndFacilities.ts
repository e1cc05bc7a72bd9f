/** Goal 5, objectives 5.3 and 5.4, and an operational service level: waste, environment, facilities and fleet. */
import type { KpiDefinition } from './types';

const SOLID_WASTE_DATA = 'Solid Waste route and scale-house records';
const FACILITY_DATA = 'General Services work order and energy management systems';

export const environmentAndFacilitiesKpis: readonly KpiDefinition[] = [
  {
    code: 'SW-01',
    name: 'Residential waste diverted from the landfill',
    description:
      'Recycling and yard waste kept out of the landfill, as a share of everything collected from homes.',
    department: 'SWM',
    objective: '5.3',
    unit: '% of tons collected',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: SOLID_WASTE_DATA,
    methodology:
      'Tons of recycling and yard waste delivered for processing (numerator) over all tons collected from residential routes in the month (denominator).',
    series: {
      level: 0.27,
      amplitude: 0.08,
      peakMonth: 5,
      noise: 0.03,
      numeratorDecimals: 1,
      events: [
        {
          from: '2018-01-01',
          effect: -0.1,
          rampMonths: 6,
          note: 'Export markets for mixed recyclables closed; the processor now rejects more contaminated loads.',
        },
        { from: '2024-07-01', effect: -0.06, rampMonths: 12 },
      ],
      volume: {
        level: 9800,
        trend: 0.015,
        amplitude: 0.08,
        peakMonth: 5,
        noise: 0.04,
        decimals: 1,
      },
    },
    outlook: 'off_track',
    story: {
      why: 'Contamination in recycling carts gets about one load in eight rejected at the processing facility.',
      action:
        'Crews tag carts to show households what does not belong, and a recycling education campaign starts in the new year.',
    },
  },
  {
    code: 'SW-02',
    name: 'Missed collections per 10,000 stops',
    description: 'Garbage, recycling and yard waste carts not collected on the scheduled day.',
    department: 'SWM',
    objective: '5.3',
    unit: 'per 10,000 stops',
    format: 'rate',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: 'Durham One Call service requests and route records',
    methodology:
      'Valid missed-collection reports in the month (numerator) over scheduled stops in tens of thousands (denominator).',
    series: {
      level: 3.2,
      noise: 0.12,
      events: [{ from: '2025-06-01', effect: 0.08, rampMonths: 4 }],
      volume: { level: 78, trend: 0.015, decimals: 1 },
    },
    outlook: 'at_risk',
    story: {
      why: 'The new routes introduced in July are still settling in, and several drivers are new.',
      action:
        'Supervisors are riding with new drivers, and route maps are corrected weekly from missed-collection reports.',
    },
  },
  {
    code: 'SW-03',
    name: 'Bulky item and yard waste requests completed within five business days',
    description: 'Special pickups residents schedule through Durham One Call.',
    department: 'SWM',
    objective: null,
    unit: '% of requests',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: SOLID_WASTE_DATA,
    methodology:
      'Requests completed within five business days (numerator) over requests completed in the month (denominator).',
    series: {
      level: 0.9,
      noise: 0.03,
      volume: { level: 1500, amplitude: 0.3, peakMonth: 4, noise: 0.08 },
    },
    outlook: 'on_track',
  },
  {
    code: 'GS-01',
    name: 'Facility work orders completed within target time',
    description: 'Repairs to City buildings, from leaking roofs to broken heating, done on time.',
    department: 'GS',
    objective: '5.4',
    unit: '% of work orders',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    dataSource: FACILITY_DATA,
    methodology:
      'Work orders completed within the target time for their priority (numerator) over work orders completed in the month (denominator).',
    series: {
      level: 0.78,
      noise: 0.04,
      events: [{ from: '2025-03-01', effect: -0.04, rampMonths: 6 }],
      volume: { level: 900, trend: 0.02, noise: 0.07 },
    },
    outlook: 'at_risk',
    story: {
      why: 'Three HVAC technician positions are vacant during the busiest season for heating repairs.',
      action: 'A service contract covers after-hours calls until the positions are filled.',
    },
  },
  {
    code: 'GS-02',
    name: 'City fleet availability',
    description: 'Vehicles ready for service when departments need them.',
    department: 'GS',
    objective: '5.4',
    unit: '% of scheduled vehicle-days',
    format: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    tolerance: 0.03,
    isPublic: false,
    dataSource: 'Fleet management system',
    methodology:
      'Vehicle-days a vehicle was available (numerator) over vehicle-days it was scheduled for service (denominator), police and fire apparatus included.',
    series: {
      level: 0.93,
      noise: 0.01,
      events: [{ from: '2024-06-01', effect: -0.07, rampMonths: 12 }],
      volume: { level: 41_000, trend: 0.01, noise: 0.02 },
    },
    outlook: 'off_track',
    story: {
      why: 'Back-ordered parts keep heavy trucks, especially refuse trucks, out of service for weeks.',
      action:
        'Fleet has stocked parts that fail most often and signed a second repair vendor for heavy trucks.',
    },
  },
  {
    code: 'GS-03',
    name: 'Greenhouse gas emissions from City operations',
    description:
      'Emissions from City buildings, vehicles and streetlights, toward the City’s carbon-neutrality goal.',
    department: 'GS',
    objective: '5.3',
    unit: 'metric tons CO2e',
    format: 'count',
    direction: 'decrease',
    frequency: 'annual',
    aggregation: 'sum',
    dataSource: 'Annual greenhouse gas inventory',
    methodology:
      'Scope 1 and 2 emissions from City operations for the fiscal year, by the ICLEI Local Government Operations Protocol.',
    series: { level: 62_000, trend: -0.035, noise: 0.02 },
    outlook: 'on_track',
  },
  {
    code: 'GS-04',
    name: 'Electricity used in City facilities',
    description:
      'Electricity bought for City buildings: the largest part of the City’s energy bill.',
    department: 'GS',
    objective: '5.3',
    unit: 'MWh',
    format: 'count',
    direction: 'decrease',
    frequency: 'monthly',
    aggregation: 'sum',
    dataSource: FACILITY_DATA,
    methodology:
      'Megawatt-hours on utility bills for City facilities, by service month; streetlights excluded.',
    series: {
      level: 5400,
      trend: -0.005,
      amplitude: 0.1,
      peakMonth: 7,
      noise: 0.04,
      events: [{ from: '2025-01-01', effect: 0.08, rampMonths: 6 }],
    },
    outlook: 'off_track',
    story: {
      why: 'Two new fire stations and the expanded police headquarters came on line this year.',
      action:
        'Controls in the new buildings are being re-tuned, and LED retrofits of three older buildings start next quarter.',
    },
  },
];
