/** Reading a downloaded XLSX back in tests: supertest's raw bytes, opened with exceljs. */
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';

/** A supertest parser that keeps a binary body as a Buffer: `.buffer(true).parse(binaryBody)`. */
export function binaryBody(
  res: Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  // superagent hands the parser the Node response stream, which its Response type does not say.
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

export async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as arrays of cell values (row 1 is the header), without exceljs' leading gap. */
export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** The cell under a header in a row (2 is the first data row). */
export function cellAt(sheet: ExcelJS.Worksheet, row: number, header: string): ExcelJS.Cell {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = headers.indexOf(header);
  if (column < 0) throw new Error(`no column "${header}" in ${headers.join(', ')}`);
  return sheet.getRow(row).getCell(column + 1);
}
