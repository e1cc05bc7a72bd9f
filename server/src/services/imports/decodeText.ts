/**
 * Turning a CSV file's bytes into text without holding the file: UTF-8 (with or without a
 * BOM) or Windows-1252, detected from the first bytes or chosen by the user.
 */
import fs from 'node:fs';
import { Transform } from 'node:stream';
import type { ImportEncoding } from '@civicstat/shared';

export type TextEncodingName = 'utf-8' | 'windows-1252';

const SNIFF_BYTES = 64 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 when the file starts with a BOM or its first 64 KiB are valid UTF-8; else Windows-1252. */
export async function detectEncoding(
  filePath: string,
  chosen: ImportEncoding,
): Promise<TextEncodingName> {
  if (chosen !== 'auto') return chosen;
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    if (UTF8_BOM.every((byte, i) => head[i] === byte)) return 'utf-8';
    try {
      // `stream: true` forgives a character cut in two at the end of the sample.
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
      return 'utf-8';
    } catch {
      return 'windows-1252';
    }
  } finally {
    await handle.close();
  }
}

/** Bytes → text. Invalid UTF-8 becomes U+FFFD, which the reader reports with its row. */
export function decoder(encoding: TextEncodingName): Transform {
  const textDecoder = new TextDecoder(encoding);
  return new Transform({
    decodeStrings: true,
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, textDecoder.decode(chunk, { stream: true }));
    },
    flush(callback) {
      callback(null, textDecoder.decode());
    },
  });
}

/**
 * Files exported by hand-written tools often leave a quote unescaped inside a quoted field
 * (`"known as the "David System". More"`). A quote there that is not followed by a comma or
 * the end of the line is text: double it, so that a strict CSV parser reads the field whole.
 */
export function repairStrayQuotes(): Transform {
  let inQuotes = false;
  let atFieldStart = true;
  let pendingQuote = false;
  return new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: Buffer | string, _encoding, callback) {
      const text = String(chunk);
      const out: string[] = [];
      let from = 0;
      for (let i = 0; i < text.length; i += 1) {
        const ch = text[i];
        if (pendingQuote) {
          pendingQuote = false;
          if (ch === '"') {
            out.push('""');
            from = i + 1;
            continue;
          }
          if (ch === ',' || ch === '\n' || ch === '\r') {
            out.push('"');
            inQuotes = false;
          } else {
            out.push('""');
          }
          from = i;
        }
        if (inQuotes) {
          if (ch === '"') {
            out.push(text.slice(from, i));
            pendingQuote = true;
            from = i + 1;
          }
          continue;
        }
        if (ch === '"' && atFieldStart) {
          inQuotes = true;
          atFieldStart = false;
          continue;
        }
        atFieldStart = ch === ',' || ch === '\n' || ch === '\r';
      }
      if (!pendingQuote) out.push(text.slice(from));
      callback(null, out.join(''));
    },
    flush(callback) {
      callback(null, pendingQuote ? '"' : '');
    },
  });
}
