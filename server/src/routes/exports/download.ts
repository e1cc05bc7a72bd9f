/**
 * Downloads beside JSON: which format a request asks for (`?format=` first, then `Accept`) and
 * how a file is sent (its type, an attachment name with a date, the read caching of its JSON).
 */
import type { ExportFormat } from '@civicstat/shared';
import type { Request, Response } from 'express';
import { setReadCaching } from '../define';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const contentTypes: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: XLSX_TYPE,
};

/**
 * The format asked for; JSON when neither `?format=` nor `Accept` names another. Sets
 * `Vary: Accept`, since the same URL answers differently by that header.
 */
export function requestedFormat(req: Request, res: Response, format?: ExportFormat): ExportFormat {
  res.vary('Accept');
  if (format) return format;
  const accepted = req.accepts(['application/json', 'text/csv', XLSX_TYPE]);
  if (accepted === 'text/csv') return 'csv';
  if (accepted === XLSX_TYPE) return 'xlsx';
  return 'json';
}

/** "DSC-01-series-2026-11-25.csv": safe inside a quoted Content-Disposition filename. */
export function downloadName(stem: string, date: string, format: ExportFormat): string {
  return `${stem.replace(/[^A-Za-z0-9._-]+/g, '_')}-${date}.${format}`;
}

/** Marks the answer as a file to save; a JSON body is then sent as the route's usual answer. */
export function attach(res: Response, filename: string): void {
  res.set('Content-Disposition', `attachment; filename="${filename}"`);
}

/** Sends a CSV or XLSX file with the caching of the route's JSON answer. */
export function sendFile(
  req: Request,
  res: Response,
  format: Exclude<ExportFormat, 'json'>,
  filename: string,
  body: string | Buffer,
  maxAge?: number,
): void {
  setReadCaching(req, res, maxAge);
  attach(res, filename);
  res.set('Content-Type', contentTypes[format]).send(body);
}

/** What the OpenAPI document says each download holds. */
export function downloadContent(csv: string, xlsx: string): Record<string, string> {
  return { 'text/csv': csv, [XLSX_TYPE]: xlsx };
}
