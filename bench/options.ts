/** Command-line options of `npm run bench -- [options]`. */
import { parseArgs } from 'node:util';
import { endpoints } from './endpoints';

export interface Options {
  /** Multiplies the number of KPIs (1: 1,100 KPIs and about 230,000 measurements). */
  scale: number;
  /** Length of each measured load, in seconds. */
  seconds: number;
  /** Keys of the endpoints to measure, and `import` for the import of a 200,000-row file (all by default). */
  only: string[];
}

/** The key of the import measure, which runs after the endpoints. */
export const IMPORT_KEY = 'import';

export const usage = `usage: npm run bench -- [--scale N] [--duration SECONDS] [--only KEY,KEY]
  --scale N           KPIs × N (default 1: 1,100 KPIs, ~230,000 measurements; 9: ~2 million)
  --duration SECONDS  length of each latency and throughput run (default 8)
  --only KEYS         what to measure, of: ${endpoints.map((e) => e.key).join(', ')}, ${IMPORT_KEY}`;

function positiveInteger(text: string, name: string, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}, got ${text}\n${usage}`);
  }
  return value;
}

export function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1' },
      duration: { type: 'string', default: '8' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const known = [...endpoints.map((e) => e.key), IMPORT_KEY];
  const only = values.only ? values.only.split(',').map((key) => key.trim()) : known;
  const unknown = only.filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new Error(`unknown endpoint ${unknown.join(', ')}\n${usage}`);
  return {
    scale: positiveInteger(values.scale, '--scale', 50),
    seconds: positiveInteger(values.duration, '--duration', 600),
    only,
  };
}
