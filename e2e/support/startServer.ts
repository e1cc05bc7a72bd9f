/**
 * Starts the built server (server/dist/index.mjs) on a free port with an empty data directory,
 * with the demo data unless `env` says otherwise (e.g. `SEED_DEMO: 'false'`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed on stdout so far. */
  stdout(): string;
  /** The first match of `pattern` in stdout, waiting for it to be printed. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Extra environment variables for the server, on top of the test defaults. */
  env?: Record<string, string>;
}

/** The instant the browser tests' server starts its clock at (see CLOCK_START in the README). */
export const E2E_CLOCK_START = '2026-11-25T17:00:00Z';

const repoRoot = path.resolve(__dirname, '../..');
const entry = path.join(repoRoot, 'server/dist/index.mjs');

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  for (const built of [entry, path.join(repoRoot, 'client/dist/index.html')]) {
    if (!fs.existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-e2e-'));
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      // The demo data and the city's "today" as they were when these tests were written, so the
      // values, months and states the tests look for never move with the calendar.
      CLOCK_START: E2E_CLOCK_START,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    await terminate(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(`${baseUrl}/api/ready`, child, 90_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nserver output:\n${output()}`, { cause: error });
  }
  const waitForOutput = async (pattern: RegExp, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = stdout.match(pattern);
      if (match) return match;
      if (Date.now() > deadline) {
        throw new Error(`the server did not print ${pattern} within ${timeoutMs / 1000}s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { baseUrl, stdout: () => stdout, waitForOutput, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Keeps the last few kilobytes the server printed, to explain a failed start. */
function captureOutput(child: ChildProcess): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text;
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before it was ready`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready at ${url} within ${timeoutMs / 1000}s`);
}

/** SIGTERM for a graceful shutdown (it releases the data-directory lock); SIGKILL if it hangs. */
function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
