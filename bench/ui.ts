/**
 * `npm run bench:ui`: the production client bundle's gzip size, and how long the overview and a
 * goal page with 300 KPIs take to render in headless Chromium against the bench city, served by
 * the real app with the built SPA. See bench/README.md, "UI".
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import type { Db } from '../server/src/db/database';
import { migrateLatest } from '../server/src/db/migrate';
import { bundleFiles, type BundleFile } from './bundle';
import { buildCity, cityToday } from './city';
import { openBenchDatabase, type BenchDatabase } from './database';
import { loadCity } from './load';
import { formatCount } from './progress';
import { startServer, type RunningServer } from './server';
import { launchBrowser } from '../e2e/support/launchBrowser';
import { hashPassword } from '../server/src/services/auth/passwords';
import {
  measureRender,
  measureScroll,
  summarize,
  type RenderResult,
  type ScrollResult,
} from './uiRender';

const REPO_ROOT = path.resolve(__dirname, '..');
const CLIENT_DIST = path.join(REPO_ROOT, 'client/dist');
const RESULTS_DIR = path.join(__dirname, 'results');

const usage = `usage: npm run bench:ui -- [--scale N] [--runs N] [--goal-kpis N]   (after npm run build)
  --scale N      KPIs × N in the bench city (default 1: 1,100 KPIs)
  --runs N       warm loads of each page after the first, cold one (default 9)
  --goal-kpis N  public KPIs gathered into goal 1 before measuring its page (default 300)`;

function wholeNumber(text: string, name: string, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}, got ${text}\n${usage}`);
  }
  return value;
}

function parseUiOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1' },
      runs: { type: 'string', default: '9' },
      'goal-kpis': { type: 'string', default: '300' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help' as const;
  return {
    scale: wholeNumber(values.scale, '--scale', 50),
    runs: wholeNumber(values.runs, '--runs', 100),
    goalKpis: wholeNumber(values['goal-kpis'], '--goal-kpis', 5000),
  };
}

/**
 * The generated city spreads its KPIs over five goals (about 120 public ones each at scale 1).
 * To measure a goal page of the size issue 6 names, move public KPIs of other goals and
 * operational ones into goal 1's objectives until it has `count` public KPIs; a goal that
 * already has more keeps them all.
 */
async function gatherKpisInGoal(db: Db, count: number): Promise<{ id: number; kpis: number }> {
  const goal = (await db('goals as g')
    .join('plans as p', 'p.id', 'g.plan_id')
    .where({ 'p.status': 'active', 'g.number': 1 })
    .first('g.id')) as { id: number } | undefined;
  if (!goal) throw new Error('the benchmark city has no goal 1');
  const objectiveIds = (
    (await db('objectives').where('goal_id', goal.id).orderBy('number').select('id')) as Array<{
      id: number;
    }>
  ).map((row) => row.id);
  const publicKpis = () =>
    db('kpis').where('is_public', true).whereNull('archived_at').select('id', 'objective_id');
  const rows = (await publicKpis()) as Array<{ id: number; objective_id: number | null }>;
  const inGoal = rows.filter((row) => row.objective_id && objectiveIds.includes(row.objective_id));
  const movers = rows
    .filter((row) => !row.objective_id || !objectiveIds.includes(row.objective_id))
    .sort((a, b) => a.id - b.id)
    .slice(0, Math.max(0, count - inGoal.length));
  // Round robin over the goal's objectives, so each table grows alike.
  for (const [index, objectiveId] of objectiveIds.entries()) {
    const ids = movers.filter((_, i) => i % objectiveIds.length === index).map((row) => row.id);
    if (ids.length > 0) await db('kpis').whereIn('id', ids).update({ objective_id: objectiveId });
  }
  return { id: goal.id, kpis: inGoal.length + movers.length };
}

/**
 * A council member to sign in as: the all-KPIs table is for city staff, and staff see every
 * live KPI, public or not. The password is made up per run; the database is the bench's own.
 */
async function addStaffUser(db: Db): Promise<{ email: string; password: string; kpis: number }> {
  const email = 'bench-council@example.org';
  const password = `bench-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  await db('users').where({ email }).delete();
  await db('users').insert({
    email,
    name: 'Bench Council',
    role: 'council',
    password_hash: await hashPassword(password),
  });
  const row = (await db('kpis').whereNull('archived_at').count({ n: '*' }).first()) as {
    n: string | number;
  };
  return { email, password, kpis: Number(row.n) };
}

/** The KPIs the public sees on a goal's page: the API's answer, summed over its objectives. */
async function kpisOnGoalPage(server: RunningServer, goalId: number): Promise<number> {
  const response = await fetch(`${server.baseUrl}/api/v1/goals/${goalId}`);
  if (!response.ok) throw new Error(`GET /api/v1/goals/${goalId} answered ${response.status}`);
  const goal = (await response.json()) as { objectives: Array<{ kpis: unknown[] }> };
  return goal.objectives.reduce((sum, objective) => sum + objective.kpis.length, 0);
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '—');

function renderReport(
  heading: string,
  files: BundleFile[],
  results: RenderResult[],
  scroll: ScrollResult | undefined,
  problems: string[],
  runs: number,
): string {
  const sum = (list: BundleFile[]) =>
    list.reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzipBytes }), {
      bytes: 0,
      gzip: 0,
    });
  const initial = sum(files.filter((f) => f.initial));
  const all = sum(files);
  const lines = [
    heading,
    '',
    '| file (client/dist) | loaded by | KiB | gzip KiB |',
    '| --- | --- | ---: | ---: |',
    ...files.map(
      (f) =>
        `| ${f.file} | ${f.initial ? 'every page' : 'on demand'} | ${kib(f.bytes)} | ${kib(f.gzipBytes)} |`,
    ),
    `| **first load** (index.html's JS + CSS) | | ${kib(initial.bytes)} | **${kib(initial.gzip)}** |`,
    `| all JS + CSS | | ${kib(all.bytes)} | ${kib(all.gzip)} |`,
    '',
    `Render time: from navigation start to the frame that first shows the content; one cold load,`,
    `then ${runs} warm ones (fresh page, same browser context, HTTP cache warm). JS heap: after a`,
    `garbage collection once rendered, median of the warm loads.`,
    '',
    '| page | waits for | cold ms | median ms | p95 ms | JS heap MiB |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...results.map((r) => {
      const s = summarize(r);
      return `| ${r.target.name} \`${new URL(r.target.url).pathname}\` | ${formatCount(r.target.count)} × \`${r.target.selector}\` | ${ms(r.coldMs)} | ${ms(s.medianMs)} | ${ms(s.p95Ms)} | ${s.heapMiB.toFixed(1)} |`;
    }),
    ...(scroll
      ? [
          '',
          `Scrolling the all-KPIs table from top to bottom, 400 px a frame: ${formatCount(scroll.frames)} frames,`,
          `median ${scroll.medianFrameMs.toFixed(1)} ms, p95 ${scroll.p95FrameMs.toFixed(1)} ms, longest ${scroll.maxFrameMs.toFixed(1)} ms;`,
          `${scroll.longFrames} frame${scroll.longFrames === 1 ? '' : 's'} over 50 ms; ${scroll.rowsInDom} table rows in the DOM at the end (spacers included).`,
        ]
      : []),
    ...problems.map((problem) => `\n**not measured**: ${problem}`),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  const options = parseUiOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(usage);
    return 0;
  }
  const files = bundleFiles(CLIENT_DIST);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    CLIENT_DIST_DIR: CLIENT_DIST,
  });
  const date = new Date();
  let database: BenchDatabase | undefined;
  let server: RunningServer | undefined;
  // Debian's Chromium with the browser tests' flags.
  const browser = await launchBrowser();
  try {
    database = await openBenchDatabase(config);
    console.log(`database: ${database.version}, ${database.location}`);
    await migrateLatest(database.db);
    const city = buildCity(options.scale, config.fiscalYearStartMonth);
    const loaded = await loadCity(database.db, city);
    console.log(`loaded ${formatCount(loaded.kpis)} KPIs in ${loaded.loadSeconds.toFixed(1)} s`);
    const goal = await gatherKpisInGoal(database.db, options.goalKpis);
    const staff = await addStaffUser(database.db);

    // The same fixed clock as the API bench: the city's data ends on this day.
    const today = cityToday(city);
    const clock = () => new Date(`${today}T12:00:00Z`);
    server = await startServer(createApp({ db: database.db, config, clock }));
    const goals = (await database
      .db('goals as g')
      .join('plans as p', 'p.id', 'g.plan_id')
      .where('p.status', 'active')
      .count({ n: '*' })
      .first()) as { n: string | number };
    const goalKpis = await kpisOnGoalPage(server, goal.id);
    console.log(`serving ${server.baseUrl}; goal 1 has ${goalKpis} public KPIs`);

    const targets = [
      {
        name: 'overview',
        url: `${server.baseUrl}/`,
        selector: '.goal-card',
        count: Number(goals.n),
      },
      {
        name: `goal 1 (${formatCount(goalKpis)} KPIs)`,
        url: `${server.baseUrl}/goals/1`,
        selector: 'table.kpi-table tbody tr',
        count: goalKpis,
      },
      {
        // Virtualized: the rows near the viewport, once every page of the list has arrived.
        name: `all KPIs (${formatCount(staff.kpis)} rows, signed in)`,
        url: `${server.baseUrl}/kpis`,
        selector: `.virtual-table table[aria-rowcount="${staff.kpis + 1}"] tbody tr[aria-rowindex]`,
        count: 10,
        signIn: { email: staff.email, password: staff.password },
      },
    ];
    const results: RenderResult[] = [];
    const problems: string[] = [];
    for (const target of targets) {
      try {
        results.push(await measureRender(browser, target, options.runs));
        console.log(`measured ${target.name}`);
      } catch (error) {
        problems.push((error as Error).message);
        console.error(`bench:ui: ${(error as Error).message}`);
      }
    }

    let scroll: ScrollResult | undefined;
    const list = targets[2];
    if (list) {
      try {
        scroll = await measureScroll(browser, list, '.virtual-table');
        console.log('measured scrolling the all-KPIs table');
      } catch (error) {
        problems.push(`scrolling: ${(error as Error).message}`);
      }
    }

    const heading =
      `UI bench, ${date.toISOString().slice(0, 16)} UTC: Chromium ${browser.version()}, ` +
      `${database.version}, scale ${options.scale} (${formatCount(loaded.kpis)} KPIs), ` +
      `the app's clock at ${today}, Node.js ${process.version}.`;
    const report = renderReport(heading, files, results, scroll, problems, options.runs);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `ui-${date.toISOString().replaceAll(':', '-')}.md`);
    fs.writeFileSync(file, report);
    console.log(`\n${report}\nwritten to ${path.relative(process.cwd(), file)}`);
    return problems.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await server?.close();
    await database?.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench:ui: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
