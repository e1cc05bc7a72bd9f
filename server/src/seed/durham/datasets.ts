/**
 * A handful of the datasets a city like Durham keeps, for the open-data inventory: published
 * ones (one of them overdue for its update), some on their way, and non-public ones that the
 * public inventory lists by title and reason only. Dates count back from `today`.
 */
import { addDays } from '@civicstat/shared';
import type { Knex } from 'knex';
import { stamp } from './measurements';

interface DemoDataset {
  title: string;
  description: string;
  department: string;
  steward: [name: string, email: string];
  systemOfRecord: string;
  access: 'public' | 'restricted' | 'non_public';
  reason?: string;
  frequency: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual' | 'as_needed';
  /** Days before today of the last update; null when never updated. */
  updatedDaysAgo: number | null;
  formats: string[];
  state: 'proposed' | 'approved' | 'preparing' | 'published' | 'retired';
  slug?: string;
  keywords: string[];
  themes: string[];
  /** public demand, value to residents, effort to publish, risk. */
  scores: [number, number, number, number];
  kpis?: string[];
}

const portal = 'https://live-durhamnc.opendata.arcgis.com/datasets';
const cc0 = 'https://creativecommons.org/publicdomain/zero/1.0/';

export const demoDatasets: readonly DemoDataset[] = [
  {
    title: 'Building permits',
    description:
      'Every building permit issued by City-County Inspections: type, valuation, address and dates.',
    department: 'DSC',
    steward: ['Dana Reyes', 'dana.reyes@durham.example'],
    systemOfRecord: 'Permitting and inspections system',
    access: 'public',
    frequency: 'weekly',
    updatedDaysAgo: 3,
    formats: ['CSV', 'GeoJSON'],
    state: 'published',
    slug: 'building-permits',
    keywords: ['permits', 'construction', 'development'],
    themes: ['Development'],
    scores: [5, 4, 2, 1],
    kpis: ['DSC-03'],
  },
  {
    title: 'Police calls for service',
    description:
      'Calls answered by the Durham Police Department, by type, beat and hour, without personal details.',
    department: 'POLICE',
    steward: ['Jordan Blake', 'jordan.blake@durham.example'],
    systemOfRecord: 'Computer-aided dispatch',
    access: 'public',
    frequency: 'daily',
    updatedDaysAgo: 40,
    formats: ['CSV'],
    state: 'published',
    slug: 'police-calls-for-service',
    keywords: ['police', 'public safety', 'calls'],
    themes: ['Public safety'],
    scores: [5, 4, 3, 3],
  },
  {
    title: 'Street pavement condition',
    description:
      'The pavement condition index of every city street segment, from the biennial survey.',
    department: 'PW',
    steward: ['Morgan Hill', 'morgan.hill@durham.example'],
    systemOfRecord: 'Pavement management system',
    access: 'public',
    frequency: 'annual',
    updatedDaysAgo: 200,
    formats: ['CSV', 'GeoJSON'],
    state: 'published',
    slug: 'street-pavement-condition',
    keywords: ['streets', 'pavement', 'infrastructure'],
    themes: ['Transportation'],
    scores: [3, 4, 2, 1],
  },
  {
    title: 'Solid waste collection routes',
    description: 'Weekly garbage, recycling and yard-waste routes with their collection days.',
    department: 'SWM',
    steward: ['Casey Ward', 'casey.ward@durham.example'],
    systemOfRecord: 'Route management system',
    access: 'public',
    frequency: 'quarterly',
    updatedDaysAgo: 60,
    formats: ['GeoJSON'],
    state: 'preparing',
    keywords: ['garbage', 'recycling', 'routes'],
    themes: ['City services'],
    scores: [4, 4, 2, 1],
  },
  {
    title: 'Durham One Call service requests',
    description:
      'Requests residents make by phone, app and web, with their type, status and time to close.',
    department: 'ONECALL',
    steward: ['Riley Chen', 'riley.chen@durham.example'],
    systemOfRecord: 'Customer relationship management system',
    access: 'public',
    frequency: 'daily',
    updatedDaysAgo: null,
    formats: ['CSV'],
    state: 'approved',
    keywords: ['311', 'service requests'],
    themes: ['City services'],
    scores: [5, 5, 3, 2],
  },
  {
    title: 'Parks and recreation program enrollment',
    description: 'Enrollment in recreation programs by program, site and season, counts only.',
    department: 'PRD',
    steward: ['Taylor Brooks', 'taylor.brooks@durham.example'],
    systemOfRecord: 'Recreation registration system',
    access: 'restricted',
    reason: 'Counts under ten participants are suppressed to protect children’s privacy.',
    frequency: 'quarterly',
    updatedDaysAgo: null,
    formats: ['CSV'],
    state: 'proposed',
    keywords: ['parks', 'recreation', 'programs'],
    themes: ['Recreation'],
    scores: [2, 3, 3, 3],
  },
  {
    title: 'Water meter readings by account',
    description: 'Monthly meter readings for every water account.',
    department: 'WATER',
    steward: ['Avery Stone', 'avery.stone@durham.example'],
    systemOfRecord: 'Utility billing system',
    access: 'non_public',
    reason: 'Customer account data is confidential under N.C.G.S. 132-1.1.',
    frequency: 'monthly',
    updatedDaysAgo: 10,
    formats: ['Database'],
    state: 'proposed',
    keywords: ['water', 'billing'],
    themes: ['Utilities'],
    scores: [2, 2, 4, 5],
  },
  {
    title: 'Employee personnel files',
    description: 'Hiring, pay and evaluation records of city employees.',
    department: 'HR',
    steward: ['Quinn Parker', 'quinn.parker@durham.example'],
    systemOfRecord: 'Human resources information system',
    access: 'non_public',
    reason: 'Personnel records are confidential under N.C.G.S. 160A-168.',
    frequency: 'as_needed',
    updatedDaysAgo: null,
    formats: ['Database'],
    state: 'proposed',
    keywords: ['personnel'],
    themes: ['Workforce'],
    scores: [1, 1, 5, 5],
  },
];

function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

export async function seedDatasets(
  trx: Knex.Transaction,
  today: string,
  departmentIds: ReadonlyMap<string, number>,
  kpiIds: ReadonlyMap<string, number>,
): Promise<number> {
  const created = stamp(addDays(today, -400), today, 15);
  for (const d of demoDatasets) {
    const departmentId = departmentIds.get(d.department);
    if (departmentId === undefined) throw new Error(`unknown department ${d.department}`);
    const published = d.state === 'published';
    const [row] = await trx('datasets')
      .insert({
        title: d.title,
        description: d.description,
        department_id: departmentId,
        steward_name: d.steward[0],
        steward_email: d.steward[1],
        system_of_record: d.systemOfRecord,
        access_level: d.access,
        access_reason: d.reason ?? null,
        update_frequency: d.frequency,
        last_updated: d.updatedDaysAgo === null ? null : addDays(today, -d.updatedDaysAgo),
        formats: textArray(d.formats),
        download_url: published && d.slug ? `${portal}/${d.slug}.csv` : null,
        landing_url: published && d.slug ? `${portal}/${d.slug}` : null,
        license: published ? cc0 : null,
        keywords: textArray(d.keywords),
        themes: textArray(d.themes),
        pipeline_state: d.state,
        public_demand: d.scores[0],
        resident_value: d.scores[1],
        publishing_effort: d.scores[2],
        risk: d.scores[3],
        created_at: created,
        updated_at: created,
      })
      .returning('id');
    const links = (d.kpis ?? []).flatMap((code) => {
      const kpiId = kpiIds.get(code);
      return kpiId === undefined ? [] : [{ dataset_id: row.id, kpi_id: kpiId }];
    });
    if (links.length > 0) await trx('dataset_kpis').insert(links);
  }
  return demoDatasets.length;
}
