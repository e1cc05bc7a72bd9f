/**
 * A download as a table of typed columns, written as CSV (csv-stringify) or as an XLSX sheet
 * (exceljs): the same columns and values either way, so the two files never disagree.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** A cell's value: text, a number, or a date as YYYY-MM-DD (a real date cell in XLSX). */
export type Cell = string | number | null;

export interface Column<Row> {
  /** The CSV header and the XLSX header: snake_case, so both read back the same. */
  key: string;
  /** XLSX column width in characters. */
  width: number;
  kind: 'text' | 'number' | 'date';
  value: (row: Row) => Cell;
  /** XLSX number format of a number cell; per row, since each KPI has its own display format. */
  numFmt?: (row: Row, value: number) => string;
}

export interface Table<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}

export function tableCsv<Row>({ columns, rows }: Table<Row>): string {
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row))),
    {
      header: true,
      columns: columns.map((column) => column.key),
      // A note starting with "=" must not run as a formula in a spreadsheet.
      escape_formulas: true,
      record_delimiter: 'windows',
    },
  );
}

/** A YYYY-MM-DD date as the instant Excel's serial date means (midnight UTC, as exceljs reads it). */
function dateCell(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** One sheet: a bold, frozen header row with a filter, set widths, typed and formatted cells. */
export function addTableSheet<Row>(
  workbook: ExcelJS.Workbook,
  name: string,
  { columns, rows }: Table<Row>,
  headers: readonly string[] = columns.map((column) => column.key),
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    header: headers[index] ?? column.key,
    key: column.key,
    width: column.width,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(
      columns.map((column) => {
        const value = column.value(row);
        return column.kind === 'date' && typeof value === 'string' ? dateCell(value) : value;
      }),
    );
    columns.forEach((column, index) => {
      const value = column.value(row);
      const cell = added.getCell(index + 1);
      if (column.kind === 'date' && value !== null) cell.numFmt = 'yyyy-mm-dd';
      else if (typeof value === 'number' && column.numFmt) cell.numFmt = column.numFmt(row, value);
    });
  }
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return sheet;
}

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\ . */
export function sheetName(text: string): string {
  const clean = text.replace(/[[\]:*?/\\]/g, ' ').trim();
  if (clean.length <= 31) return clean || 'Sheet';
  // Cut at a word and say so: "Goal 2 Safe and Secure…".
  const cut = clean.slice(0, 30);
  const space = cut.lastIndexOf(' ');
  return `${(space > 10 ? cut.slice(0, space) : cut).trim()}…`;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(now: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'civicstat';
  workbook.created = now;
  return workbook;
}
