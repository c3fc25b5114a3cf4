/**
 * npm run simulate [-- --scenario <name>]... [--calls N] [--rate N] [--seed N] [--json] [--svg-dir <dir>]
 *
 * Runs the deployed flow model in virtual time and reports time to queue,
 * data action use and capacity. Without --scenario, every shipped scenario
 * runs; --json prints one JSON document on stdout, for one scenario
 * (ai-intent by default), or `{ "error": ... }` with exit code 1. --rate
 * replaces each scenario's calls a minute, at which the org's limits are
 * enforced (throttle.ts). Runs of 2,000 calls or more show their progress on
 * stderr.
 */
import * as fs from 'fs';
import * as path from 'path';
import { headroomAt, Limits } from '../constructs/capacity/limits';
import { quantiles, Summary } from './metrics';
import { Simulator } from './engine';
import { patternFor, runCalls, runScenario } from './run';
import { limitsOf, loadScenario, Scenario, scenarioNames } from './scenario';
import { isThrottling } from './throttle';
import { lineChartSvg, timelineSvg } from './svg';
import { CommandLineError, parseCommandLine } from '../tools/cli/args';
import { ValidationError } from '../constructs/validation';
import { counter, ProgressStream } from '../tools/cli/progress';

/** Each call's figures are kept for the percentiles: this many fit in memory with room to spare. */
const MAX_CALLS = 100_000;

export interface Options {
  scenarios: string[];
  calls?: number;
  /** Calls a minute, for every scenario. */
  rate?: number;
  seed?: number;
  json: boolean;
  svgDir: string;
}

const USAGE = 'usage: npm run simulate [-- --scenario <name>]... [--calls N] [--rate N] [--seed N] [--json] [--svg-dir <dir>]';
/** The scenario schema's own bound on calls a minute. */
const MAX_RATE = 100_000;

/** The command line, every mistake named. */
export function parseSimulateArgs(args: readonly string[]): Options {
  const { values } = parseCommandLine(args, {
    usage: USAGE,
    options: {
      scenario: { type: 'string', multiple: true, needs: 'a scenario name' },
      calls: { type: 'string', needs: 'a whole number' },
      rate: { type: 'string', needs: 'a whole number of calls a minute' },
      seed: { type: 'string', needs: 'a whole number' },
      json: { type: 'boolean' },
      'svg-dir': { type: 'string', needs: 'a directory' },
    },
  });
  // Digits only: "1e7" or "0x10" are numbers to JavaScript, not to a user.
  const whole = (flag: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) throw new CommandLineError(`${flag} needs a whole number from ${min} to ${max.toLocaleString('en')}, not ${JSON.stringify(v)}`);
    return n;
  };
  const o: Options = { scenarios: values.scenario ?? [], json: values.json ?? false, svgDir: values['svg-dir'] ?? 'simulation' };
  if (values.calls !== undefined) o.calls = whole('--calls', values.calls, 1, MAX_CALLS);
  if (values.seed !== undefined) o.seed = whole('--seed', values.seed, 0, 0xffffffff);
  if (values.rate !== undefined) o.rate = whole('--rate', values.rate, 1, MAX_RATE);
  // Checked before minutes of simulation, not when the first drawing is written.
  if (values['svg-dir'] !== undefined && (o.svgDir.trim() === '' || (fs.existsSync(o.svgDir) && !fs.statSync(o.svgDir).isDirectory()))) throw new CommandLineError(`--svg-dir needs a directory to write the drawings to, not ${JSON.stringify(o.svgDir)}`);
  if (o.json && o.scenarios.length > 1) throw new CommandLineError('--json prints one object: give one --scenario');
  if (o.scenarios.length === 0) o.scenarios = o.json ? ['ai-intent'] : scenarioNames();
  return o;
}

/** Seconds, or n/a where there is no figure (e.g. no caller identified). */
const s = (x: number | null) => (x === null || !Number.isFinite(x) ? 'n/a' : `${x.toFixed(2)} s`);

function table(summary: Summary, limits: Limits): string {
  const t = summary.timeToQueue;
  const lines = [
    `scenario ${summary.scenario}: ${summary.calls} calls`,
    '',
    '  time to queue              p50        p95',
    `  synchronous design   ${s(t.sync.p50).padStart(10)} ${s(t.sync.p95).padStart(10)}`,
    `  async, as deployed   ${s(t.async.p50).padStart(10)} ${s(t.async.p95).padStart(10)}`,
    `  physical limit       ${s(t.limit.p50).padStart(10)} ${s(t.limit.p95).padStart(10)}`,
    `  async overhead over the limit (p50): ${s(summary.overheadP50)}; async saves ${s(t.sync.p50 - t.async.p50)} at p50`,
    '',
    `  data actions per call: ${summary.dataActionsPerCall.callFlow} in the call flow + ${summary.dataActionsPerCall.workflow} in the workflow = ${summary.dataActionsPerCall.total} (${summary.platformApiCallsPerCall} Platform API calls)`,
    `  at ${summary.capacity.callsPerMinute} calls/min: peak ${summary.capacity.peakConcurrent} concurrent executions, ${summary.capacity.perMinute} per minute`,
    ...capacityLines(summary, limits),
  ];
  const h = summary.hold;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  lines.push(
    `  hold after the journey: p50 ${s(h.p50)}, longest ${s(h.p100)} (deadline ${h.deadlineSeconds} s); in a queue within deadline + 1 s: ${pct(h.inQueueWithinDeadline)}`,
  );
  const th = summary.throttled;
  if (isThrottling(th)) {
    lines.push(
      `  THROTTLED at ${summary.capacity.callsPerMinute} calls/min, by ${th.limits.join(', ')}: HTTP 429 for ${pct(th.dataActions)} of data actions, ${pct(th.platformRequests)} of the Platform API requests left and ${pct(th.launches)} of the launches left; the refused actions took their failure paths, and every figure of this report comes from that run`,
    );
  }
  if (summary.identification) {
    lines.push('', '  identification      p50        p95     fastest hit p50   ratio   longest hold   in queue in time');
    for (const [mode, q] of Object.entries(summary.identification)) {
      lines.push(
        `  ${mode.padEnd(12)} ${s(q.p50).padStart(10)} ${s(q.p95).padStart(10)} ${s(q.fastestHit.p50).padStart(12)}   ${Number.isFinite(q.ratioToFastestHitP50) ? `${q.ratioToFastestHitP50.toFixed(2)}x` : '  n/a'} ${s(q.holdP100).padStart(12)} ${pct(q.inQueueWithinDeadline).padStart(12)}`,
      );
    }
    for (const [mode, q] of Object.entries(summary.identification)) {
      lines.push(`  ${mode}: ${q.dataActionsPerCall} data actions per call; largest call rate within every limit ${q.maxCallsPerMinute} calls/min, bound by ${q.bindingLimit} (the job alone: ${q.jobOnlyMaxCallsPerMinute})`);
    }
  }
  const list = (o: Readonly<Record<string, number>>) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ');
  lines.push('', `  outcomes: ${list(summary.outcomes)}`, `  routing: ${list(summary.routing)}`);
  const faults = Object.entries(summary.faults);
  if (faults.length) lines.push(`  platform faults met: ${faults.map(([k, v]) => `${k} (${v} calls)`).join('; ')}`);
  const problems = Object.entries(summary.problems);
  lines.push(problems.length ? `  PROBLEMS: ${problems.map(([k, v]) => `${k} (${v} calls)`).join('; ')}` : '  problems: none');
  return lines.join('\n');
}

/** The capacity plan: each limit, the one that binds, and the headroom at the scenario's rate. */
export function capacityLines(summary: Summary, limits: Limits): string[] {
  const { plan, perCall, callsPerMinute } = summary.capacity;
  const n = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : 'no limit');
  // At the scenario's own limits, as the plan above them.
  const headroom = new Map(headroomAt(callsPerMinute, perCall, limits).map((h) => [h.limit, h]));
  const lines = ['', '  limit                                         per call     largest rate   headroom at ' + `${callsPerMinute} calls/min`];
  for (const u of plan.limits) {
    const h = headroom.get(u.limit)!;
    const mark = u === plan.binding ? ' <- binds' : '';
    lines.push(`  ${`${u.limit} (${n(u.value)})`.padEnd(45)} ${u.perCall.toFixed(2).padStart(8)} ${`${n(u.maxCallsPerMinute)}/min`.padStart(16)} ${`${(h.headroom * 100).toFixed(0)} %`.padStart(10)}${mark}`);
  }
  const ratio = plan.binding.maxCallsPerMinute / plan.jobOnlyMaxCallsPerMinute;
  lines.push(
    `  largest call rate within every limit (pooled): ${n(plan.binding.maxCallsPerMinute)} calls/min, bound by ${plan.binding.limit}; the job's own data actions alone would allow ${n(plan.jobOnlyMaxCallsPerMinute)} (${Number.isFinite(ratio) ? `${(ratio * 100).toFixed(0)} %` : 'n/a'})`,
    `  strict, one token: ${n(plan.strict.binding.maxCallsPerMinute)} calls/min, bound by ${plan.strict.binding.limit}; ${plan.strict.toLift}`,
  );
  return lines;
}

/** Time to queue against AI latency, for sync, async and the limit (sample 1). */
function latencyChart(scenario: Scenario, seed: number): string {
  const pattern = patternFor(scenario);
  const latencies = [2, 4, 6, 8, 10, 12, 14, 16, 18];
  const rows = latencies.map((l) => {
    // Only the latency changes: the scenario's own faults (an AI that is down) stay in the chart.
    const fixed: Scenario = { ...scenario, ai: { ...scenario.ai!, latency: { fixed: l } } };
    const rs = runCalls(new Simulator(pattern, fixed), 200, seed);
    return { l, sync: quantiles(rs.map((r) => r.syncSeconds)).p50, async: quantiles(rs.map((r) => r.timeToQueue)).p50, limit: quantiles(rs.map((r) => r.limitSeconds)).p50 };
  });
  return lineChartSvg(
    [
      { label: 'synchronous', colour: '#d9534f', points: rows.map((r) => [r.l, r.sync]) },
      { label: 'async (deployed)', colour: '#337ab7', points: rows.map((r) => [r.l, r.async]) },
      { label: 'physical limit', colour: '#5cb85c', points: rows.map((r) => [r.l, r.limit]) },
    ],
    `${scenario.name}: time to queue (p50) against AI latency`,
    'AI latency (s)',
    'time to queue (s)',
  );
}

function main(args: readonly string[], io: CliIo): void {
  const o = parseSimulateArgs(args);
  for (const name of o.scenarios) {
    const loaded = loadScenario(name);
    const scenario: Scenario = o.rate === undefined ? loaded : { ...loaded, callsPerMinute: o.rate };
    const calls = o.calls ?? scenario.calls ?? 1000;
    // Many calls take seconds: progress goes to stderr, --json or not, so stdout stays the result.
    const tick = calls >= 2000 ? counter(`simulate ${name} calls`, calls, io.stderr) : undefined;
    const progress = tick ? (done: number) => tick(done) : undefined;
    const { summary, results } = runScenario(scenario, { calls: o.calls, seed: o.seed, progress });
    if (o.json) {
      io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      continue;
    }
    io.stdout.write(`${table(summary, limitsOf(scenario))}\n`);
    fs.mkdirSync(o.svgDir, { recursive: true });
    const timeline = path.join(o.svgDir, `${name}-timeline.svg`);
    fs.writeFileSync(timeline, timelineSvg(results[0].timeline ?? [], `${name}: one simulated call`));
    const written = [timeline];
    if (scenario.sample === 'aiIntent') {
      const chart = path.join(o.svgDir, `${name}-latency.svg`);
      fs.writeFileSync(chart, latencyChart(scenario, o.seed ?? scenario.seed ?? 1));
      written.push(chart);
    }
    io.stdout.write(`  drawings: ${written.join(', ')}\n\n`);
  }
}

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ProgressStream;
}

/** `npm run simulate`: the exit code; with --json, stdout is one JSON document whatever happens, the error too. */
export function simulateCli(args: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): number {
  try {
    main(args, io);
    return 0;
  } catch (err) {
    // A user's mistake (command line, scenario) is its message; anything else is a bug, and surfaces with its stack trace.
    if (!ValidationError.isValidationError(err)) throw err;
    if (args.includes('--json')) io.stdout.write(`${JSON.stringify({ error: `simulate: ${(err as Error).message}` })}\n`);
    else io.stderr.write(`simulate: ${(err as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = simulateCli(process.argv.slice(2));
}
