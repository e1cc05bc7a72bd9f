/** Events worth marking on the charts: on one KPI, on a group of KPIs, or city-wide (no KPI). */
import { developmentServicesCodes } from './catalog';

export interface AnnotationDefinition {
  date: string;
  label: string;
  description: string;
  /** The KPIs it is drawn on; null for a city-wide event shown on every chart. */
  kpiCodes: readonly string[] | null;
}

export const annotations: readonly AnnotationDefinition[] = [
  {
    date: '2017-04-03',
    label: 'Development Services Center opens',
    description:
      'Planning, plan review, permitting and inspections staff of the City and County begin serving customers at one counter.',
    kpiCodes: developmentServicesCodes,
  },
  {
    date: '2018-01-01',
    label: 'Recycling export markets close',
    description:
      'China stops accepting most mixed recyclables; the processor tightens its contamination limits.',
    kpiCodes: ['SW-01'],
  },
  {
    date: '2020-03-16',
    label: 'COVID-19: City facilities close to the public',
    description:
      'City buildings close to walk-in visitors; many services move online or to appointments.',
    kpiCodes: null,
  },
  {
    date: '2020-03-22',
    label: 'GoDurham suspends fares',
    description: 'Riders board through the rear door and ride free.',
    kpiCodes: ['DOT-01'],
  },
  {
    date: '2021-06-07',
    label: 'City facilities reopen to the public',
    description:
      'Recreation centers, the DSC counter and other City buildings resume walk-in hours.',
    kpiCodes: null,
  },
  {
    date: '2022-08-01',
    label: 'New permitting system goes live',
    description:
      'Online applications, electronic plan review and status tracking replace the legacy permitting system.',
    kpiCodes: ['DSC-01', 'DSC-02', 'DSC-07', 'DSC-09', 'DSC-12'],
  },
  {
    date: '2023-07-01',
    label: 'Pay increase for sworn officers',
    description: 'The adopted budget raises starting pay for police officers by 12%.',
    kpiCodes: ['POL-05'],
  },
  {
    date: '2024-01-08',
    label: 'Advanced water meter installation begins',
    description: 'Old meters are replaced with meters read remotely every hour.',
    kpiCodes: ['WM-04'],
  },
  {
    date: '2025-07-01',
    label: 'New financial system goes live',
    description: 'Purchasing, accounts payable and the general ledger move to the new ERP system.',
    kpiCodes: ['FIN-02', 'BMS-03'],
  },
];
