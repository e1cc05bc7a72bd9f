/** A first guess of which column holds which field, from the file's headers. */
import {
  catalogImportFields,
  measurementImportFields,
  type ImportKind,
  type ImportMapping,
} from '@civicstat/shared';

const normalize = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Header spellings per field, best first; compared without case, spaces or punctuation. */
const synonyms: Record<string, string[]> = {
  kpi: [
    'kpi',
    'kpicode',
    'code',
    'kpiid',
    'measurecode',
    'kpiname',
    'measure',
    'measurename',
    'indicator',
    'name',
  ],
  period: [
    'period',
    'periodstart',
    'date',
    'month',
    'reportingperiod',
    'quarter',
    'fiscalperiod',
    'periodbegin',
  ],
  value: ['value', 'actual', 'actualvalue', 'amount', 'result', 'measurement'],
  numerator: ['numerator', 'num'],
  denominator: ['denominator', 'den', 'denom'],
  note: ['note', 'notes', 'comment', 'comments', 'commentary'],
  code: ['code', 'kpicode', 'measurecode', 'measureid', 'kpiid'],
  name: ['name', 'kpiname', 'measurename', 'measure', 'title', 'kpi'],
  department: ['department', 'departmentcode', 'dept', 'deptcd', 'deptcode', 'departmentname'],
  frequency: ['frequency', 'frequencyname', 'freq', 'reportingfrequency'],
  description: ['description', 'desc', 'definition'],
  methodology: ['methodology', 'method', 'calculation', 'howcalculated'],
  dataSource: ['datasource', 'source', 'sourceofdata'],
  unit: ['unit', 'units', 'unitofmeasure'],
  displayFormat: ['displayformat', 'format'],
  direction: ['direction', 'polarity', 'desireddirection'],
  aggregation: ['aggregation', 'aggregate'],
  owner: ['owner', 'contact', 'kpiowner'],
  isPublic: ['ispublic', 'public'],
  fiscalYear: ['fiscalyear', 'fy', 'cfy'],
  target: ['target', 'targetvalue', 'goal'],
};

export function fieldsOf(kind: ImportKind): readonly string[] {
  return kind === 'measurements' ? measurementImportFields : catalogImportFields;
}

export function guessMapping(kind: ImportKind, headers: string[]): ImportMapping {
  const byNormal = new Map<string, string>();
  for (const header of headers) {
    if (header.trim() && !byNormal.has(normalize(header))) byNormal.set(normalize(header), header);
  }
  const used = new Set<string>();
  const mapping: ImportMapping = {};
  for (const field of fieldsOf(kind)) {
    const header = (synonyms[field] ?? [])
      .map((spelling) => byNormal.get(spelling))
      .find((candidate) => candidate !== undefined && !used.has(candidate));
    mapping[field] = header ?? null;
    if (header) used.add(header);
  }
  return mapping;
}

/** The user's remembered mapping where this file has those headers; the guess elsewhere. */
export function suggestMapping(
  kind: ImportKind,
  headers: string[],
  remembered: ImportMapping | null,
): ImportMapping {
  const guess = guessMapping(kind, headers);
  if (!remembered) return guess;
  const present = new Set(headers);
  const mapping: ImportMapping = { ...guess };
  for (const field of fieldsOf(kind)) {
    const header = remembered[field];
    // A field left unmapped last time is guessed again: this file may well have it.
    if (header && present.has(header)) mapping[field] = header;
  }
  return mapping;
}
