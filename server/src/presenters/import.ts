import type { Import, ImportMapping, ImportOptions } from '@civicstat/shared';
import type { ImportRecord } from '../queries/imports';
import { suggestMapping } from '../services/imports/guessMapping';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** A series export (`DSC-01-series.csv`) has no KPI column: its name says which KPI it holds. */
function guessedOptions(row: ImportRecord): Partial<ImportOptions> {
  const code = /^(.+)-series(?: \(\d+\))?\.csv$/i.exec(row.file_name)?.[1];
  return row.kind === 'measurements' ? { kpi: code ? code.toUpperCase() : null } : {};
}

/** An import as the API shows it; before its dry run, the mapping is the one suggested. */
export function presentImport(
  row: ImportRecord,
  remembered?: { mapping: ImportMapping; options: Partial<ImportOptions> | null },
): Import {
  const sheet = row.sheets.find((s) => s.name === row.sheet) ?? row.sheets[0];
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    fileType: row.file_type,
    size: Number(row.size_bytes),
    encoding: row.encoding,
    sheets: row.sheets,
    sheet: row.sheet,
    mapping:
      row.mapping ?? suggestMapping(row.kind, sheet?.headers ?? [], remembered?.mapping ?? null),
    options: row.options ?? { ...remembered?.options, ...guessedOptions(row) },
    state: row.state,
    totalRows: sheet?.rows ?? row.total_rows,
    counts: row.counts,
    createdAt: new Date(row.created_at).toISOString(),
    checkedAt: iso(row.checked_at),
    committedAt: iso(row.committed_at),
  };
}
