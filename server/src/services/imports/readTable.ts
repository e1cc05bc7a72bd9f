/**
 * Reading an uploaded file row by row, never whole: CSV through csv-parse as a stream, XLSX
 * through exceljs's streaming reader. Row numbers are the spreadsheet's: the header is row 1.
 */
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import ExcelJS from 'exceljs';
import { ValidationError } from '../../errors';
import { decoder, repairStrayQuotes, type TextEncodingName } from './decodeText';

export type FileType = 'csv' | 'xlsx';

export interface TableRow {
  /** 1 for the header row. */
  row: number;
  cells: string[];
}

export interface SheetSummary {
  name: string;
  headers: string[];
  /** Data rows, the header excluded. */
  rows: number;
}

export interface StoredFile {
  path: string;
  type: FileType;
  /** CSV only. */
  encoding: TextEncodingName | null;
}

export const CSV_SHEET = 'CSV';

/** 422 naming the row, for a file that cannot be read as what it claims to be. */
export function unreadable(detail: string): ValidationError {
  return new ValidationError([{ path: 'file', message: detail }], detail, 422);
}

async function* csvRows(file: StoredFile): AsyncGenerator<TableRow> {
  const parser = parse({
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
  });
  // Errors of any stage surface through the parser, which the loop below reads.
  pipeline(
    fs.createReadStream(file.path),
    decoder(file.encoding ?? 'utf-8'),
    repairStrayQuotes(),
    parser,
    () => {},
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      if (record.some((cell) => cell.includes('\uFFFD'))) {
        throw unreadable(
          `Row ${row} is not valid ${file.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8'} text. Save the file as UTF-8, or choose the encoding Windows-1252.`,
        );
      }
      yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw unreadable(`Row ${row + 1} is not valid CSV: ${error.message}`);
    }
    throw error;
  } finally {
    parser.destroy();
  }
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value).trim();
}

async function* xlsxSheets(
  file: StoredFile,
): AsyncGenerator<{ name: string; rows: AsyncIterable<TableRow> }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file.path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'emit',
  });
  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      async function* rows(): AsyncGenerator<TableRow> {
        for await (const row of sheet) {
          const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
          if (values.some((cell) => cell !== '')) yield { row: row.number, cells: values };
        }
      }
      yield { name: sheet.name, rows: rows() };
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw unreadable(`The file is not a readable XLSX workbook (${(error as Error).message}).`);
  }
}

/** The rows of one sheet (a CSV file has one), header included. */
export async function* readTable(file: StoredFile, sheet: string | null): AsyncGenerator<TableRow> {
  if (file.type === 'csv') {
    yield* csvRows(file);
    return;
  }
  let found = false;
  for await (const { name, rows } of xlsxSheets(file)) {
    if (found || (sheet !== null && name !== sheet)) {
      for await (const _row of rows) void _row; // the reader must pass over a sheet to reach the next
      continue;
    }
    found = true;
    yield* rows;
  }
  if (!found) throw new ValidationError([{ path: 'body.sheet', message: `no sheet "${sheet}"` }]);
}

/** Every sheet's name, headers and number of data rows, in one pass over the file. */
export async function describeTable(file: StoredFile): Promise<SheetSummary[]> {
  const summarize = async (name: string, rows: AsyncIterable<TableRow>) => {
    let headers: string[] = [];
    let count = 0;
    for await (const row of rows) {
      if (headers.length === 0 && count === 0) headers = row.cells;
      else count += 1;
    }
    return { name, headers, rows: count };
  };
  if (file.type === 'csv') return [await summarize(CSV_SHEET, csvRows(file))];
  const sheets: SheetSummary[] = [];
  for await (const { name, rows } of xlsxSheets(file)) sheets.push(await summarize(name, rows));
  if (sheets.length === 0) throw unreadable('The workbook has no worksheet.');
  return sheets;
}
