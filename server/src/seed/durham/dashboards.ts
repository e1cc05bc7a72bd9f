/** Curated boards of KPIs, each listed in the order it shows them. */
import { developmentServicesCodes } from './catalog';

export interface DashboardDefinition {
  slug: string;
  title: string;
  description: string;
  isPublic: boolean;
  kpiCodes: readonly string[];
}

export const dashboards: readonly DashboardDefinition[] = [
  {
    slug: 'development-services-center',
    title: 'Development Services Center',
    description:
      'Plan review, permitting and inspections at the joint City-County Development Services Center, which opened in April 2017.',
    isPublic: true,
    kpiCodes: developmentServicesCodes,
  },
  {
    slug: 'public-safety',
    title: 'Public Safety',
    description: 'Crime, emergency response and 911 service at a glance.',
    isPublic: true,
    kpiCodes: ['POL-01', 'POL-02', 'POL-06', 'POL-03', 'ECC-01', 'FIRE-01', 'FIRE-02'],
  },
];
