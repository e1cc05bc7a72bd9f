/**
 * The city's open-data catalog at /data.json, in the Project Open Data (DCAT-US) v1.1 format
 * for non-federal publishers: every public KPI series (CSV and JSON downloads) and every
 * published dataset of the inventory. Harvesters such as data.gov and CKAN read it.
 */
import {
  accrualPeriodicityOf,
  addDays,
  nextPeriodStart,
  type DatasetFrequency,
} from '@civicstat/shared';
import type { Db } from '../../db/database';
import {
  selectCatalogKpis,
  selectDatasets,
  type CatalogKpiRow,
  type DatasetRow,
} from '../../queries/datasets';

/**
 * The licence of the KPI figures the city publishes: public domain, as most city performance
 * data is. Inventory datasets carry their own licence.
 */
export const KPI_LICENSE = 'https://creativecommons.org/publicdomain/zero/1.0/';

type Json = Record<string, unknown>;

export interface CatalogOptions {
  /** The site's origin, such as https://performance.durhamnc.gov (no trailing slash). */
  baseUrl: string;
  cityName: string;
  fiscalYearStartMonth: number;
}

const mediaTypes: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  geojson: 'application/geo+json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  xml: 'application/xml',
  pdf: 'application/pdf',
  kml: 'application/vnd.google-earth.kml+xml',
  shapefile: 'application/zip',
  zip: 'application/zip',
  html: 'text/html',
};

export function mediaTypeOf(format: string): string | undefined {
  return mediaTypes[format.trim().toLowerCase()];
}

// The non-federal vCard schema accepts mailto:[\w.-]+@[\w.-]+\.[\w.-]+ only.
const catalogEmail = /^[\w.-]+@[\w.-]+\.[\w.-]+$/;

function contactPoint(fn: string, email?: string): Json {
  return {
    '@type': 'vcard:Contact',
    fn,
    ...(email && catalogEmail.test(email) ? { hasEmail: `mailto:${email}` } : {}),
  };
}

function publisher(name: string, cityName: string): Json {
  return {
    '@type': 'org:Organization',
    name,
    subOrganizationOf: { '@type': 'org:Organization', name: cityName },
  };
}

function kpiEntry(kpi: CatalogKpiRow, options: CatalogOptions): Json {
  const { baseUrl, cityName, fiscalYearStartMonth } = options;
  const series = `${baseUrl}/api/v1/kpis/${kpi.id}/series`;
  const page = `${baseUrl}/kpis/${kpi.id}`;
  const modified = (kpi.last_changed ?? kpi.updated_at).toISOString().slice(0, 10);
  const temporal =
    kpi.first_period && kpi.last_period
      ? `${kpi.first_period}/${addDays(nextPeriodStart(kpi.last_period, kpi.frequency, fiscalYearStartMonth), -1)}`
      : undefined;
  return {
    '@type': 'dcat:Dataset',
    title: kpi.name,
    description:
      kpi.description.trim() || `${kpi.name}: a performance measure of ${kpi.department_name}.`,
    keyword: ['performance', kpi.department_name, kpi.code],
    modified,
    publisher: publisher(kpi.department_name, cityName),
    contactPoint: contactPoint(kpi.owner.trim() || kpi.department_name),
    identifier: page,
    accessLevel: 'public',
    landingPage: page,
    license: KPI_LICENSE,
    accrualPeriodicity: accrualPeriodicityOf[kpi.frequency as DatasetFrequency],
    ...(temporal ? { temporal } : {}),
    theme: [kpi.goal_title ?? 'City operations'],
    describedBy: `${baseUrl}/api/openapi.json`,
    describedByType: 'application/json',
    distribution: [
      {
        '@type': 'dcat:Distribution',
        title: `${kpi.name} (CSV)`,
        downloadURL: `${series}?format=csv`,
        mediaType: 'text/csv',
        format: 'CSV',
      },
      {
        '@type': 'dcat:Distribution',
        title: `${kpi.name} (JSON)`,
        downloadURL: series,
        mediaType: 'application/json',
        format: 'JSON',
      },
    ],
  };
}

function distributionsOf(dataset: DatasetRow): Json[] {
  const format = dataset.formats[0];
  const mediaType = format ? mediaTypeOf(format) : undefined;
  if (dataset.download_url && mediaType) {
    return [
      {
        '@type': 'dcat:Distribution',
        downloadURL: dataset.download_url,
        mediaType,
        ...(format ? { format } : {}),
      },
    ];
  }
  const url = dataset.download_url ?? dataset.landing_url;
  return url
    ? [{ '@type': 'dcat:Distribution', accessURL: url, ...(format ? { format } : {}) }]
    : [];
}

function datasetEntry(dataset: DatasetRow, options: CatalogOptions): Json {
  const modified = dataset.last_updated ?? dataset.updated_at.toISOString().slice(0, 10);
  return {
    '@type': 'dcat:Dataset',
    title: dataset.title,
    description: dataset.description.trim() || dataset.title,
    keyword: dataset.keywords.length > 0 ? dataset.keywords : [dataset.department_name],
    modified,
    publisher: publisher(dataset.department_name, options.cityName),
    contactPoint: contactPoint(dataset.steward_name, dataset.steward_email),
    identifier: `${options.baseUrl}/open-data/inventory#dataset-${dataset.id}`,
    accessLevel: dataset.access_level === 'restricted' ? 'restricted public' : 'public',
    ...(dataset.access_reason ? { rights: dataset.access_reason.slice(0, 255) } : {}),
    ...(dataset.landing_url ? { landingPage: dataset.landing_url } : {}),
    ...(dataset.license ? { license: dataset.license } : {}),
    accrualPeriodicity: accrualPeriodicityOf[dataset.update_frequency],
    ...(dataset.themes.length > 0 ? { theme: [...new Set(dataset.themes)] } : {}),
    distribution: distributionsOf(dataset),
  };
}

export async function buildCatalog(db: Db, options: CatalogOptions): Promise<Json> {
  const [kpis, datasets] = await Promise.all([
    selectCatalogKpis(db),
    selectDatasets(db, { state: 'published' }),
  ]);
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': `${options.baseUrl}/data.json`,
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: [
      ...kpis.map((kpi) => kpiEntry(kpi, options)),
      ...datasets
        .filter((d) => d.access_level !== 'non_public')
        .map((d) => datasetEntry(d, options)),
    ],
  };
}
