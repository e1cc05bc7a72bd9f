/**
 * The server as a person starts it: a real process, real configuration, real data directory.
 * Covers first start (migrate + demo data), a second start keeping the data, one-line
 * failures for bad configuration, and graceful shutdown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from './db/database';
import { demoUsers } from './seed/durham/users';

const repoRoot = path.resolve(__dirname, '../..');
const entry = path.join(repoRoot, 'server/src/index.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Started {
  url: string;
  logs: () => string;
  stop(signal?: NodeJS.Signals): Promise<Run>;
}

function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, NODE_OPTIONS: _alsoIgnored, ...rest } = process.env;
  return {
    ...rest,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: '0',
    ...extra,
  };
}

const children = new Set<ChildProcess>();

function spawnServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env: environment(env),
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Runs the server until it exits by itself (the failure cases). */
function runToExit(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawnServer(env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the server and waits for the line that says where it listens. */
function start(env: Record<string, string>): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawnServer(env);
    let stdout = '';
    let stderr = '';
    const exited = new Promise<Run>((done) =>
      child.on('exit', (code) => done({ code, stdout, stderr })),
    );
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /serving .* on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) {
        resolve({
          url: match[1],
          logs: () => stdout,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    });
    void exited.then((run) =>
      reject(new Error(`server exited early (${run.code}): ${run.stderr}${run.stdout}`)),
    );
  });
}

let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-start-'));
});
afterEach(() => {
  // A failed test must not leave a server running.
  for (const child of children) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('starting the server', () => {
  it('migrates, loads the Durham demo once, serves the plan, keeps data across restarts and stops cleanly', async () => {
    const first = await start({ DATA_DIR: dataDir });
    const plan = (await (await fetch(`${first.url}/api/v1/plans/current`)).json()) as {
      goals: Array<{ number: number; title: string }>;
    };
    expect(plan.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5]);
    const board = (await (
      await fetch(`${first.url}/api/v1/dashboards/development-services-center`)
    ).json()) as {
      kpis: Array<{ performance: { status: string } }>;
    };
    expect(board.kpis.length).toBeGreaterThanOrEqual(10);
    expect(new Set(board.kpis.map((k) => k.performance.status)).size).toBeGreaterThan(1);
    // The README's demo accounts work.
    const head = demoUsers.find((u) => u.role === 'department_head');
    const signIn = await fetch(`${first.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: head?.email, password: head?.password }),
    });
    expect(signIn.status).toBe(200);
    expect(first.logs()).not.toContain('/setup?token=');
    expect(first.logs()).toContain('Durham demo data loaded');
    const firstRun = await first.stop('SIGTERM');
    expect(firstRun.code).toBe(0);
    expect(firstRun.stdout).toContain('"msg":"stopped"');
    expect(fs.existsSync(path.join(dataDir, 'civicstat.lock'))).toBe(false);

    // What someone entered between the two starts must still be there afterwards.
    const between = await openDatabase({ dataDir });
    await between.db('departments').insert({ code: 'ZZ-TEST', name: 'Entered between starts' });
    await between.close();

    const second = await start({ DATA_DIR: dataDir });
    expect(second.logs()).not.toContain('Durham demo data loaded');
    await second.stop('SIGINT');
    const after = await openDatabase({ dataDir });
    expect(await after.db('departments').where({ code: 'ZZ-TEST' }).first()).toMatchObject({
      name: 'Entered between starts',
    });
    expect(await after.db('plans').count({ n: '*' })).toEqual([{ n: 1 }]);
    await after.close();
  });

  it('prints a one-time link on an empty database that creates the first admin, once', async () => {
    const server = await start({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const token = /\/setup\?token=([A-Za-z0-9_-]+)/.exec(server.logs())?.[1];
    expect(token).toBeDefined();
    const setup = (body: object) =>
      fetch(`${server.url}/api/v1/setup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const admin = {
      email: 'first.admin@city.example',
      name: 'First Admin',
      password: 'a long enough password',
    };
    expect((await setup({ ...admin, token: 'guessed' })).status).toBe(400);
    expect((await setup({ ...admin, password: 'short', token })).status).toBe(400);
    expect((await setup({ ...admin, token })).status).toBe(201);
    expect((await setup({ ...admin, token })).status).toBe(409);
    const signIn = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    expect(signIn.status).toBe(200);
    await server.stop();
  });

  it('refuses a second server on the same data directory, naming the running one', async () => {
    const running = await start({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    const second = await runToExit({ DATA_DIR: dataDir });
    await running.stop();
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      /^civicstat: the data directory .* is in use by another civicstat process \(pid \d+\)/,
    );
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [
      { DATABASE_URL: 'mysql://localhost/civicstat' },
      /^civicstat: invalid configuration: DATABASE_URL must be a URL like postgres:/,
    ],
    [{ PORT: 'eighty' }, /^civicstat: invalid configuration: PORT/],
    [
      { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/civicstat' },
      /^civicstat: cannot reach the PostgreSQL database at 127\.0\.0\.1:1\/civicstat: ECONNREFUSED/,
    ],
  ])('exits with code 1 and one line for %j', async (env, message) => {
    const run = await runToExit({ DATA_DIR: dataDir, ...env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
