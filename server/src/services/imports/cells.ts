/** Reading the cells of a mapped row: numbers as people write them, and column names for errors. */
import { Measure, type ImportMapping, type ImportRowError } from '@civicstat/shared';

/** Field → position of its column in the header row (absent: not mapped). */
export function columnsOf(headers: string[], mapping: ImportMapping): Map<string, number> {
  const columns = new Map<string, number>();
  for (const [field, header] of Object.entries(mapping)) {
    if (header === null) continue;
    const index = headers.indexOf(header);
    if (index >= 0) columns.set(field, index);
  }
  return columns;
}

export class MappedRow {
  readonly errors: ImportRowError[] = [];

  constructor(
    readonly row: number,
    private readonly cells: string[],
    private readonly columns: Map<string, number>,
    private readonly mapping: ImportMapping,
  ) {}

  has(field: string): boolean {
    return this.columns.has(field);
  }

  /** The trimmed text of a field; '' when its cell is empty, undefined when it is not mapped. */
  text(field: string): string | undefined {
    const index = this.columns.get(field);
    if (index === undefined) return undefined;
    return (this.cells[index] ?? '').trim();
  }

  /** The column's header, as the user sees it in the file. */
  column(field: string): string {
    return this.mapping[field] ?? field;
  }

  fail(field: string, message: string): void {
    this.errors.push({ column: this.column(field), message });
  }

  /**
   * A measure or target as written in the file: `1,234.5`, `-3`, `85%` (read as 0.85); null when
   * empty. Held to the API's range for a measure (±1e15), so every value keeps its digits.
   */
  number(field: string): number | null | undefined {
    const text = this.text(field);
    if (text === undefined || text === '') return text === '' ? null : undefined;
    const value = parseNumber(text);
    if (value === undefined) {
      this.fail(field, `"${text}" is not a number`);
      return undefined;
    }
    const checked = Measure.safeParse(value);
    if (!checked.success) {
      this.fail(field, `"${text}" ${checked.error.issues[0]?.message ?? 'is out of range'}`);
      return undefined;
    }
    return value;
  }
}

export function parseNumber(text: string): number | undefined {
  let t = text.replace(/^\$/, '');
  let scale = 1;
  if (t.endsWith('%')) {
    t = t.slice(0, -1).trim();
    scale = 0.01;
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
  const value = Number(t) * scale;
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : undefined;
}
