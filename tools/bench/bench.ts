/**
 * npm run bench [-- --runs N] [--full] [--baseline <git ref>]
 *
 * Prints the median wall time of `npm run synth` over N runs (default 7, at
 * least 5; then 3 with an empty cache), the same for a bare cdktf app with as many stacks (`npm run
 * synth:bare`), and their ratio, against the targets of BENCHMARKS.md.
 * Where Terraform is on PATH, also the median time of `npm run validate` on
 * one synthesized stack (the dev stack) against the offline stand-in. Then the
 * simulator: the time of 10,000 simulated calls, and its figures against the
 * pattern's targets, and every shipped scenario (faults included) against the
 * promise that every caller reaches a queue within deadline + 1 s, as a
 * markdown table for BENCHMARKS.md.
 * Progress goes to stderr, step by step; the figures to stdout.
 * With --full it also times `npm ci` in a fresh clone of HEAD, with an empty npm
 * cache as on a new machine, then `npm test` in that clone.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_ENVIRONMENTS } from '../../config';
import { terraformVersion } from '../terraform/standin';
import { loadScenario, scenarioNames } from '../../simulator/scenario';
import { runScenario } from '../../simulator/run';
import { DEFAULT_LIMITS } from '../../constructs/capacity/limits';
import { CommandLineError, parseCommandLine } from '../cli/args';
import { stepper } from '../cli/progress';

const ROOT = path.resolve(__dirname, '../..');
const TARGETS = {
  synthSeconds: 3,
  synthRatio: 1.5,
  npmCiSeconds: 120,
  npmTestSeconds: 40,
  validateSeconds: 10,
  simulate10kSeconds: 5,
  overheadP50: 1.0,
  asyncSavesAtLeast: 5,
  parallelRatio: 1.1,
};

function timeCommand(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return seconds;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (s: number) => `${s.toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

/**
 * The commit the capacity figures are compared with: the last one before the
 * flows learned to read less and to write natively (issue 14). `--baseline
 * <ref>` picks another.
 */
const BASELINE = '2b014fb';

interface CostFigures {
  readonly dataActions: number;
  readonly platform: number;
  readonly maxCallsPerMinute: number;
  readonly binding: string;
}

/** Runs a commit's own `npm run simulate --json` in a worktree of it (sharing node_modules), for one scenario. */
function baselineSummary(ref: string, scenario: string): any | undefined {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gaw-bench-baseline-'));
  const tree = path.join(scratch, 'tree');
  try {
    const add = spawnSync('git', ['worktree', 'add', '--detach', tree, ref], { cwd: ROOT, encoding: 'utf8' });
    if (add.status !== 0) return undefined;
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
    // Its temp directory is the scratch one: that commit's simulator left a cdktf.outdir.* folder per app it made.
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'simulator/cli.ts', '--scenario', scenario, '--calls', '1000', '--json'], {
      cwd: tree,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: scratch },
    });
    return run.status === 0 ? JSON.parse(run.stdout) : undefined;
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The baseline's figures, with its per-call use held against the limits it did not model (the OAuth client, launches). */
function beforeFigures(old: any, launches: number): CostFigures {
  const platform = old.platformApiCallsPerCall as number;
  const candidates: [string, number][] = [
    ['data action concurrency or volume', old.capacity.maxCallsPerMinute],
    ['Platform API requests per minute (pooled)', Math.floor(DEFAULT_LIMITS.clientRequestsPerMinute.pooled / platform)],
    ['workflow launches per minute', Math.floor(DEFAULT_LIMITS.launchesPerMinute / launches)],
  ];
  const [binding, max] = candidates.reduce((a, b) => (b[1] < a[1] ? b : a));
  return { dataActions: old.dataActionsPerCall.total, platform, maxCallsPerMinute: max, binding };
}

function capacityBeforeAfter(ref: string = BASELINE): void {
  console.log(`\ncapacity per call, before (${ref}, its own simulator) and after (this tree), 1,000 calls each, default scenarios:\n`);
  console.log('| sample | data actions per call, before / after | Platform API calls per call, before / after | largest call rate within every limit (pooled), before / after | binding limit, after |');
  console.log('|---|---|---|---|---|');
  for (const name of ['ai-intent', 'customer-identification']) {
    const now = runScenario(loadScenario(name), { calls: 1000 }).summary;
    const old = baselineSummary(ref, name);
    const before = old ? beforeFigures(old, 1) : undefined;
    const cell = (b: number | undefined, a: number) => `${b === undefined ? 'n/a' : b} / ${a}`;
    console.log(
      `| \`${name}\` | ${cell(before?.dataActions, now.dataActionsPerCall.total)} | ${cell(before?.platform, now.platformApiCallsPerCall)} | ${cell(before?.maxCallsPerMinute, now.capacity.maxCallsPerMinute)} calls/min | ${now.capacity.plan.binding.limit} (the job alone: ${now.capacity.plan.jobOnlyMaxCallsPerMinute}) |`,
    );
    if (!old) console.log(`  (no baseline: ${ref} could not be checked out and simulated here)`);
  }
}

export interface BenchOptions {
  readonly runs: number;
  readonly full: boolean;
  readonly baseline: string;
}

const USAGE = 'usage: npm run bench [-- --runs N] [--full] [--baseline <git ref>]';

/** The command line, every mistake named. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const { values } = parseCommandLine(args, {
    usage: USAGE,
    options: { runs: { type: 'string' }, full: { type: 'boolean' }, baseline: { type: 'string' } },
  });
  let runs = 7;
  if (values.runs !== undefined) {
    const v = values.runs;
    if (!/^\d+$/.test(v) || Number(v) < 5 || Number(v) > 100) throw new CommandLineError(`--runs needs a whole number from 5 to 100, not ${JSON.stringify(v)}`);
    runs = Number(v);
  }
  const baseline = values.baseline ?? BASELINE;
  // A ref reaches git as one argument; this keeps it to what a ref can be, and never an option (--baseline=-x gets here).
  if (values.baseline !== undefined && (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(baseline) || baseline.includes('..'))) throw new CommandLineError(`--baseline needs a git commit, tag or branch, not ${JSON.stringify(baseline)}`);
  return { runs, full: values.full ?? false, baseline };
}

function main(args: string[]): void {
  const { runs, full, baseline } = parseBenchArgs(args);
  // Minutes of work: each step is announced on stderr, so stdout stays the figures.
  const step = stepper('bench');

  const env = { ...process.env, BENCH_STACKS: String(DEFAULT_ENVIRONMENTS.length) };
  const synth: number[] = [];
  const bare: number[] = [];
  // One untimed run each warms the file cache; then the two alternate, so drift hits both alike.
  step(`synth against a bare app: 1 warm-up and ${runs} timed runs each`);
  timeCommand('npm', ['run', '--silent', 'synth'], ROOT, env);
  timeCommand('npm', ['run', '--silent', 'synth:bare'], ROOT, env);
  for (let i = 0; i < runs; i++) {
    step(`synth and bare app, run ${i + 1} of ${runs}`);
    synth.push(timeCommand('npm', ['run', '--silent', 'synth'], ROOT, env));
    bare.push(timeCommand('npm', ['run', '--silent', 'synth:bare'], ROOT, env));
  }
  const [s, b] = [median(synth), median(bare)];
  // The same, with nothing in synth's cache (constructs/cache.ts): a first synth, or one after every flow changed.
  const cold: number[] = [];
  step('synth with an empty cache, 3 runs');
  for (let i = 0; i < 3; i++) {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'gaw-bench-cache-'));
    try {
      cold.push(timeCommand('npm', ['run', '--silent', 'synth'], ROOT, { ...env, GENESYS_ASYNC_WORKFLOW_CACHE: empty }));
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  }
  console.log(`machine: ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`npm run synth (${DEFAULT_ENVIRONMENTS.length} stacks), median of ${runs}: ${fmt(s)}  (min ${fmt(Math.min(...synth))}, max ${fmt(Math.max(...synth))})  ${verdict(s <= TARGETS.synthSeconds)} of ${TARGETS.synthSeconds} s`);
  console.log(`bare cdktf app (${DEFAULT_ENVIRONMENTS.length} stacks, 1 output each), median of ${runs}: ${fmt(b)}  (min ${fmt(Math.min(...bare))}, max ${fmt(Math.max(...bare))})`);
  console.log(`ratio synth / bare: ${(s / b).toFixed(2)}x  ${verdict(s / b <= TARGETS.synthRatio)} of ${TARGETS.synthRatio}x`);
  console.log(`npm run synth with an empty cache, median of 3: ${fmt(median(cold))}  (ratio ${(median(cold) / b).toFixed(2)}x the bare app)`);

  const terraform = terraformVersion();
  if (terraform) {
    const stack = path.join('cdktf.out', 'stacks', DEFAULT_ENVIRONMENTS[0].name);
    const validate: number[] = [];
    step(`validate, ${runs} runs`);
    for (let i = 0; i < runs; i++) validate.push(timeCommand('npm', ['run', '--silent', 'validate', '--', '--stack-dir', stack], ROOT));
    const v = median(validate);
    console.log(`npm run validate -- --stack-dir ${stack} (terraform ${terraform}), median of ${runs}: ${fmt(v)}  (min ${fmt(Math.min(...validate))}, max ${fmt(Math.max(...validate))})  ${verdict(v <= TARGETS.validateSeconds)} of ${TARGETS.validateSeconds} s`);
  } else {
    console.log('npm run validate: not measured, terraform is not on PATH');
  }

  // The simulator: 10,000 calls of sample 1, end to end as a user runs them.
  const sims: number[] = [];
  step('simulate 10,000 calls, 3 runs');
  for (let i = 0; i < 3; i++) sims.push(timeCommand('npm', ['run', '--silent', 'simulate', '--', '--scenario', 'ai-intent', '--calls', '10000', '--json'], ROOT));
  const sim = median(sims);
  console.log(`npm run simulate -- --scenario ai-intent --calls 10000 --json, median of 3: ${fmt(sim)}  ${verdict(sim <= TARGETS.simulate10kSeconds)} of ${TARGETS.simulate10kSeconds} s`);
  step('simulator figures against the targets');
  const ai = loadScenario('ai-intent');
  const aiFixed = runScenario({ ...ai, ai: { ...ai.ai!, latency: { fixed: 6 } }, speech: { ...ai.speech, journeySeconds: 15 } }, { calls: 2000 }).summary;
  const saves = aiFixed.timeToQueue.sync.p50 - aiFixed.timeToQueue.async.p50;
  console.log(`sample 1, AI 6 s, journey 15 s: sync ${fmt(aiFixed.timeToQueue.sync.p50)}, async ${fmt(aiFixed.timeToQueue.async.p50)} (p50), saves ${fmt(saves)}  ${verdict(saves >= TARGETS.asyncSavesAtLeast)} of at least ${TARGETS.asyncSavesAtLeast} s`);
  for (const name of ['ai-intent', 'customer-identification']) {
    const summary = runScenario(loadScenario(name), { calls: 2000 }).summary;
    console.log(`${name} (defaults): async overhead over the limit at p50 ${fmt(summary.overheadP50)}  ${verdict(summary.overheadP50 <= TARGETS.overheadP50)} of ${TARGETS.overheadP50} s`);
    const parallel = summary.identification?.parallel;
    if (parallel) {
      console.log(`${name}: parallel identification ${fmt(parallel.p50)} vs fastest hit ${fmt(parallel.fastestHit.p50)} (p50 of per-call ratios ${parallel.ratioToFastestHitP50}x)  ${verdict(parallel.ratioToFastestHitP50 <= TARGETS.parallelRatio)} of ${TARGETS.parallelRatio}x`);
    }
  }

  // What a call costs the org, before (the baseline commit's own simulator) and after, from one run.
  step(`capacity before (${baseline}) and after`);
  capacityBeforeAfter(baseline);

  // Every scenario, faults included: every caller in a queue within deadline + 1 s (p100), and no defect of the model.
  console.log('\nscenarios, 1,000 calls each (identification modes of sample 2 on their own rows):\n');
  console.log('| scenario | mode | deadline | hold p50 | longest hold | in a queue within deadline + 1 s | routing | problems |');
  console.log('|---|---|---|---|---|---|---|---|');
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  for (const name of scenarioNames()) {
    step(`scenario ${name}`);
    const summary = runScenario(loadScenario(name), { calls: 1000 }).summary;
    const h = summary.hold;
    const routing = Object.entries(summary.routing).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    const problems = Object.values(summary.problems).reduce((n, v) => n + v, 0);
    console.log(`| \`${name}\` | as deployed | ${h.deadlineSeconds} s | ${fmt(h.p50)} | ${fmt(h.p100)} | ${pct(h.inQueueWithinDeadline)} | ${routing} | ${problems} |`);
    for (const [mode, q] of Object.entries(summary.identification ?? {})) {
      console.log(`| \`${name}\` | ${mode} | ${h.deadlineSeconds} s | | ${fmt(q.holdP100)} | ${pct(q.inQueueWithinDeadline)} | | |`);
    }
  }

  if (full) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gaw-bench-clone-'));
    const clone = path.join(scratch, 'repo');
    try {
      step('--full: git clone and npm ci with an empty cache');
      timeCommand('git', ['clone', '--quiet', ROOT, clone], scratch);
      const ci = timeCommand('npm', ['ci', '--no-audit', '--no-fund', '--cache', path.join(scratch, 'npm-cache')], clone);
      console.log(`npm ci on a fresh clone of HEAD, empty npm cache: ${fmt(ci)}  ${verdict(ci <= TARGETS.npmCiSeconds)} of ${TARGETS.npmCiSeconds} s`);
      step('--full: npm test in the clone');
      const test = timeCommand('npm', ['test', '--silent'], clone);
      console.log(`npm test on that clone: ${fmt(test)}  ${verdict(test <= TARGETS.npmTestSeconds)} of ${TARGETS.npmTestSeconds} s`);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${(err as Error).message}`);
    process.exit(1);
  }
}

