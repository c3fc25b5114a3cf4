/**
 * Hostile and careless inputs, tried against every surface a user or a
 * service types into: environment configuration, scenario files, command
 * lines, and the responses data actions get. Each case says what must happen:
 * `refused` (a clear error that names the field or option), or, for a
 * service's response, `handled` (a success or a failure path, never a throw).
 *
 * `npx tsx tools/security/hostile-inputs.ts` prints the table kept in
 * docs/security.md; the test suite requires every case to come out as
 * expected.
 */
import { Testing } from 'cdktf';
import { EnvironmentDefinition, loadEnvironments } from '../../config';
import { definitionsFromStackJson, DataActionEmulator } from '../../constructs/data-actions/emulator';
import { ValidationError } from '../../constructs/validation';
import { parseSimulateArgs } from '../../simulator/cli';
import { Simulator } from '../../simulator/engine';
import { patternFor, runCalls } from '../../simulator/run';
import { loadScenario, parseScenario } from '../../simulator/scenario';
import { EnvironmentStack } from '../../stacks/environment-stack';
import { parseSmokeArgs } from '../smoke/args';
import { DEFAULT_ENVIRONMENTS } from '../../config';
import { synthEnvironments } from '../../stacks/app';
import { parseBenchArgs } from '../bench/bench';
import { parseLockArgs } from '../terraform/lock';
import { parseValidateArgs } from '../terraform/validate';
import { parsePlanOfflineArgs } from '../terraform/plan-offline';
import * as os from 'os';
import * as path from 'path';
import { memoryApp } from '../../stacks/memory-app';
import { chosenEnvironments, parseDiagramsArgs } from '../diagrams/cli';
import { flowDiff, parseFlowDiffArgs, picturesIn } from '../flow-diff/cli';
import { parseContractsArgs } from '../contracts/generate';
import { parseGenerateArgs } from '../provider/generate';
import { parsePlanGuardArgs } from '../ci/plan-guard';
import { parseCheckArgs } from '../cdktn/check';
import { catalogOf, parsePermissionArgs } from '../auth/permission-catalog';
import { parseSummaryArgs } from '../ci/flow-diff-summary';

/** An output directory that must never be created: the cases that name it are refused first. */
const NOWHERE = path.join(os.tmpdir(), 'gaw-hostile-never-written', 'cdktf.out');

export type Surface = 'configuration' | 'scenario file' | 'command line' | 'service response';
export type Outcome = 'refused' | 'handled' | 'accepted' | 'unclear' | 'crashed';

export interface HostileCase {
  readonly surface: Surface;
  readonly name: string;
  /** What the error must name (a field or an option); for responses, the action. */
  readonly field: string;
  readonly expect: 'refused' | 'handled';
  readonly run: () => void;
}

export interface Verdict {
  readonly case: HostileCase;
  readonly outcome: Outcome;
  readonly message?: string;
}

/** Both samples, every optional part present: the base each configuration case changes one thing in. */
const BASE: EnvironmentDefinition = {
  name: 'hostile',
  region: 'eu-west-1',
  backend: { type: 'local', path: 'state/hostile.tfstate' },
  samples: {
    aiIntent: { endpoint: 'https://ai.example.com/v1/intents', apiKeyHeader: 'x-api-key', intents: { billing: 'Billing', sales: 'Sales' }, fallbackQueue: 'General', dnis: ['+3215550100'] },
    customerIdentification: {
      databases: [
        { source: 'Alpha', url: 'https://alpha.example.com/customers', basicAuth: true },
        { source: 'Beta', url: 'https://beta.example.com/search', method: 'POST' },
      ],
      fallbackQueue: 'General',
      dnis: ['+3215550200'],
    },
  },
};

const ai = (change: object) => ({ ...BASE, samples: { ...BASE.samples, aiIntent: { ...BASE.samples!.aiIntent!, ...change } } });
const id = (change: object) => ({ ...BASE, samples: { ...BASE.samples, customerIdentification: { ...BASE.samples!.customerIdentification!, ...change } } });
const db = (change: object) => id({ databases: [{ ...BASE.samples!.customerIdentification!.databases[0], ...change }, BASE.samples!.customerIdentification!.databases[1]] });

/** Loads the definitions, then builds and synthesizes each stack: a crash anywhere on the way counts. */
function synthesize(definitions: unknown[]): void {
  for (const config of loadEnvironments(definitions)) Testing.synth(new EnvironmentStack(memoryApp(), { config }));
}

const config = (name: string, field: string, definitions: unknown[]): HostileCase => ({ surface: 'configuration', name, field, expect: 'refused', run: () => synthesize(definitions) });
const TEMPLATE = 'General%{ if true }X%{ endif }';
const FILE = '${file("/etc/passwd")}';

const CONFIG_CASES: HostileCase[] = [
  config('a double quote in a queue name', 'samples.aiIntent.intents.billing', [ai({ intents: { billing: 'Bill"ing' } })]),
  config('a line break in a queue name', 'samples.aiIntent.fallbackQueue', [ai({ fallbackQueue: 'Gen\neral' })]),
  config('a backslash in a queue name', 'samples.aiIntent.fallbackQueue', [ai({ fallbackQueue: 'Gen\\eral' })]),
  config('queues that differ in case only (Billing, billing)', 'samples.aiIntent.intents.sales', [ai({ intents: { billing: 'Billing', sales: 'billing' } })]),
  config('queues that differ in punctuation only ("Gen eral", "Gen-eral")', 'samples.customerIdentification.fallbackQueue', [
    { ...BASE, samples: { aiIntent: { ...BASE.samples!.aiIntent!, fallbackQueue: 'Gen eral' }, customerIdentification: { ...BASE.samples!.customerIdentification!, fallbackQueue: 'Gen-eral' } } },
  ]),
  config('a blank queue name', 'samples.aiIntent.fallbackQueue', [ai({ fallbackQueue: '   ' })]),
  config('"General" and "General " as two queues', 'samples.aiIntent.fallbackQueue', [ai({ intents: { billing: 'General' }, fallbackQueue: 'General ' })]),
  config('database sources that collide ("Db 1", "Db_1")', 'samples.customerIdentification.databases.1.source', [
    id({ databases: [{ source: 'Db 1', url: 'https://a.example.com/c' }, { source: 'Db_1', url: 'https://b.example.com/c' }] }),
  ]),
  config('a blank division', 'division', [{ ...BASE, division: '   ' }]),
  config('the same DNIS twice in a sample', 'samples.aiIntent.dnis.1', [ai({ dnis: ['+3215550100', '+3215550100'] })]),
  config('the same DNIS in both samples', 'samples.customerIdentification.dnis.0', [id({ dnis: ['+3215550100'] })]),
  config('NUL in a queue name', 'samples.aiIntent.fallbackQueue', [ai({ fallbackQueue: 'Gen\u0000eral' })]),
  config('U+202E (right-to-left override) in a database source', 'samples.customerIdentification.databases.0.source', [db({ source: 'Al\u202Epha' })]),
  config('U+202E in a message the caller hears', 'samples.aiIntent.event.announcement', [ai({ event: { announcement: 'Hi \u202Ethere', hours: 'h', activities: 'a' } })]),
  config('"#end" in a database URL', 'samples.customerIdentification.databases.0.url', [db({ url: 'https://alpha.example.com/c#end' })]),
  config('"$credentials" in a database URL', 'samples.customerIdentification.databases.0.url', [db({ url: 'https://alpha.example.com/c?key=$credentials.password' })]),
  config('a Terraform template (%{}) in a queue name', 'samples.aiIntent.fallbackQueue', [ai({ fallbackQueue: TEMPLATE })]),
  config('a Terraform template in a route', 'samples.customerIdentification.routes.Alpha', [id({ routes: { Alpha: TEMPLATE } })]),
  config('${file(...)} in the division', 'division', [{ ...BASE, division: FILE }]),
  config('${file(...)} in the S3 bucket', 'backend.bucket', [{ ...BASE, backend: { type: 's3', bucket: FILE, region: 'eu-west-1' } }]),
  config('${...} in the S3 key', 'backend.key', [{ ...BASE, backend: { type: 's3', bucket: 'b', key: '${path.module}/x', region: 'eu-west-1' } }]),
  config('a template in a local state path', 'backend.path', [{ ...BASE, backend: { type: 'local', path: '%{ if true }a%{ endif }.tfstate' } }]),
  config('a template in the HCP organization', 'backend.organization', [{ ...BASE, backend: { type: 'cloud', organization: '${var.x}', workspace: 'w' } }]),
  config('a template in a message the caller hears', 'samples.aiIntent.event.hours', [ai({ event: { announcement: 'a', hours: FILE, activities: 'c' } })]),
  config('a template in an intent name (a key)', 'samples.aiIntent.intents.${x}', [ai({ intents: { '${x}': 'Billing' } })]),
  config('a template in the AI endpoint', 'samples.aiIntent.endpoint', [ai({ endpoint: 'https://ai.example.com/${var.x}' })]),
  config('a template in the capture bot name', 'samples.aiIntent.captureBotFlow', [ai({ captureBotFlow: FILE })]),
  config('a provider substitution ({{division}}) in a message the caller hears', 'samples.aiIntent.event.announcement', [ai({ event: { announcement: 'Hello {{division}} team', hours: 'b', activities: 'c' } })]),
  config('a division name holding "}}"', 'division', [{ ...BASE, division: 'Sales }} East' }]),
  config('planClient as a word', 'planClient', [{ ...BASE, planClient: 'yes' }]),
  config('a template in a test number', 'samples.customerIdentification.databases.0.testNumbers.known', [db({ testNumbers: { known: FILE, unknown: '+32470999999' } })]),
  config('a line break in the API key header', 'samples.aiIntent.apiKeyHeader', [ai({ apiKeyHeader: 'x-api-key\nx-evil: 1' })]),
  config('a quote in a database source', 'samples.customerIdentification.databases.0.source', [db({ source: 'Al"pha' })]),
  config('a notFoundStatus that is a success (200)', 'samples.customerIdentification.databases.0.notFoundStatus', [db({ notFoundStatus: 200 })]),
  config('a poll interval of 0', 'samples.aiIntent.pollIntervalSeconds', [ai({ pollIntervalSeconds: 0 })]),
  config('a deadline of 1e9 seconds', 'samples.aiIntent.deadlineSeconds', [ai({ deadlineSeconds: 1e9 })]),
  config('a hold that needs more than 98 checks', 'samples.aiIntent.deadlineSeconds', [ai({ pollIntervalSeconds: 0.5, deadlineSeconds: 100 })]),
  config('minConfidence above 1', 'samples.aiIntent.minConfidence', [ai({ minConfidence: 2 })]),
  config('a JSONPath that is no JSONPath', 'samples.aiIntent.intentPath', [ai({ intentPath: 'intent' })]),
  config('an http:// AI endpoint', 'samples.aiIntent.endpoint', [ai({ endpoint: 'http://ai.example.com' })]),
  config('a misplaced secret as an unknown field', 'samples.aiIntent.apiKey', [ai({ apiKey: 'hunter2' })]),
  config('two environments on one state file (shared.tfstate, ./shared.tfstate)', 'backend', [
    { ...BASE, name: 'a', naming: { prefix: 'a-' }, backend: { type: 'local', path: 'shared.tfstate' } },
    { ...BASE, name: 'b', naming: { prefix: 'b-' }, backend: { type: 'local', path: './shared.tfstate' } },
  ]),
  config('an environment name with a path in it', 'name', [{ ...BASE, name: '../prod' }]),
  config('a negative first check', 'samples.aiIntent.firstCheckAfterSeconds', [ai({ firstCheckAfterSeconds: -1 })]),
  config('a first check in thousandths', 'samples.customerIdentification.firstCheckAfterSeconds', [id({ firstCheckAfterSeconds: 0.001 })]),
  config('a negative peak call rate', 'peakCallsPerMinute.aiIntent', [{ ...BASE, peakCallsPerMinute: { aiIntent: -5 } }]),
  config('a peak call rate as text', 'peakCallsPerMinute.aiIntent', [{ ...BASE, peakCallsPerMinute: { aiIntent: '300' } }]),
  config('a peak call rate for an unknown sample', 'peakCallsPerMinute.weather', [{ ...BASE, peakCallsPerMinute: { weather: 10 } }]),
  config('a peak call rate for a sample not deployed', 'peakCallsPerMinute.customerIdentification', [
    { ...BASE, samples: { aiIntent: BASE.samples!.aiIntent }, peakCallsPerMinute: { customerIdentification: 10 } },
  ]),
];

/** The shipped ai-intent scenario, as the base each scenario case changes one thing in. */
const scenarioCase = (name: string, field: string, change: (s: any) => unknown): HostileCase => ({
  surface: 'scenario file',
  name,
  field,
  expect: 'refused',
  run: () => {
    const base = JSON.parse(JSON.stringify(loadScenario('ai-intent')));
    const scenario = parseScenario(change(base), `hostile scenario (${name})`);
    // Accepted: then it must also run, without NaN.
    const results = runCalls(new Simulator(patternFor(scenario), scenario), 3, 1);
    if (results.some((r) => !Number.isFinite(r.timeToQueue))) throw new TypeError('a call took NaN seconds');
  },
});

const SCENARIO_CASES: HostileCase[] = [
  scenarioCase('a bare number where the flow gets a tel: URI', 'caller.ani', (s) => ({ ...s, caller: { ...s.caller, ani: '+32470123456' } })),
  scenarioCase('a database the environment does not have (a typo)', 'databases', () => {
    const c = JSON.parse(JSON.stringify(loadScenario('customer-identification')));
    const { Gamma, ...rest } = c.databases;
    return { ...c, databases: { ...rest, gamma: Gamma } };
  }),
  scenarioCase('a missing platform', 'platform', (s) => ({ ...s, platform: undefined })),
  scenarioCase('a latency as text', 'platform.latency', (s) => ({ ...s, platform: { latency: '80 ms' } })),
  scenarioCase('a negative latency', 'workflowStartSeconds', (s) => ({ ...s, workflowStartSeconds: { fixed: -1 } })),
  scenarioCase('a p95 below the median', 'ai.latency', (s) => ({ ...s, ai: { ...s.ai, latency: { median: 6, p95: 1 } } })),
  scenarioCase('an error rate of 2', 'ai.errorRate', (s) => ({ ...s, ai: { ...s.ai, errorRate: 2 } })),
  scenarioCase('a read error rate of -0.5', 'platform.readErrorRate', (s) => ({ ...s, platform: { ...s.platform, readErrorRate: -0.5 } })),
  scenarioCase('a read latency as a bare number', 'platform.readLatency', (s) => ({ ...s, platform: { ...s.platform, readLatency: 3 } })),
  scenarioCase('intent probabilities over 1', 'ai.intents', (s) => ({ ...s, ai: { ...s.ai, intents: { a: 0.8, b: 0.8 } } })),
  scenarioCase('a negative call rate (gave -665 calls/min)', 'callsPerMinute', (s) => ({ ...s, callsPerMinute: -10 })),
  scenarioCase('a call rate of 0', 'callsPerMinute', (s) => ({ ...s, callsPerMinute: 0 })),
  scenarioCase('NaN-prone limits of 0', 'limits.concurrent', (s) => ({ ...s, limits: { concurrent: 0, perMinute: 2500 } })),
  scenarioCase('ten million calls', 'calls', (s) => ({ ...s, calls: 1e7 })),
  scenarioCase('an unknown sample', 'sample', (s) => ({ ...s, sample: 'weather' })),
  scenarioCase('sample 2 without databases', 'databases', (s) => ({ ...s, sample: 'customerIdentification' })),
  scenarioCase('an unknown field', 'speech.wordsPerMinute', (s) => ({ ...s, speech: { ...s.speech, wordsPerMinute: 150 } })),
  scenarioCase('a name with a path in it', 'name', (s) => ({ ...s, name: '../../package' })),
  scenarioCase('a file that is a list', '(the whole file)', () => []),
  scenarioCase('a file that is null', '(the whole file)', () => null),
];

const cli = (name: string, field: string, run: () => unknown): HostileCase => ({ surface: 'command line', name, field, expect: 'refused', run: () => void run() });

const CLI_CASES: HostileCase[] = [
  cli('simulate --scenario ../../package', '../../package', () => loadScenario('../../package')),
  cli('simulate --scenario /etc/passwd', '/etc/passwd', () => loadScenario('/etc/passwd')),
  cli('simulate --calls 1e7', '--calls', () => parseSimulateArgs(['--calls', '1e7'])),
  cli('simulate --calls 0', '--calls', () => parseSimulateArgs(['--calls', '0'])),
  cli('simulate --calls -5', '--calls', () => parseSimulateArgs(['--calls', '-5'])),
  cli('simulate --seed 1.5', '--seed', () => parseSimulateArgs(['--seed', '1.5'])),
  cli('simulate --rate 0', '--rate', () => parseSimulateArgs(['--rate', '0'])),
  cli('simulate --rate 1e9', '--rate', () => parseSimulateArgs(['--rate', '1e9'])),
  cli('simulate --calls with no value', '--calls', () => parseSimulateArgs(['--calls'])),
  cli('simulate --calls --json', '--calls', () => parseSimulateArgs(['--calls', '--json'])),
  cli('simulate --unknown', '--unknown', () => parseSimulateArgs(['--unknown'])),
  cli('simulate --svg-dir ""', '--svg-dir', () => parseSimulateArgs(['--svg-dir', ''])),
  cli('simulate --svg-dir naming a file', '--svg-dir', () => parseSimulateArgs(['--svg-dir', 'package.json'])),
  cli('simulate --json with two scenarios', '--json', () => parseSimulateArgs(['--json', '--scenario', 'a', '--scenario', 'b'])),
  cli('smoke --deadline 0', '--deadline', () => parseSmokeArgs(['dev', '--deadline', '0'])),
  cli('smoke --max-wait 3600', '--max-wait', () => parseSmokeArgs(['dev', '--max-wait', '3600'])),
  cli('smoke with two environments', 'name one environment', () => parseSmokeArgs(['stage-a', 'stage-b'])),
  cli('smoke with no environment', 'name an environment', () => parseSmokeArgs(['--json'])),
  // Refused before anything is written: the output directory is never created.
  cli('synth -- no-such-environment', 'no-such-environment', () => synthEnvironments(DEFAULT_ENVIRONMENTS, NOWHERE, { only: ['no-such-environment'] })),
  cli('synth -- ../dev', '../dev', () => synthEnvironments(DEFAULT_ENVIRONMENTS, NOWHERE, { only: ['../dev'] })),
  cli('lock --platform "linux_amd64 -fs-mirror=/x"', '--platform', () => parseLockArgs(['dev', '--platform', 'linux_amd64 -fs-mirror=/x'])),
  cli('lock --net-mirror http://', '--net-mirror', () => parseLockArgs(['dev', '--net-mirror', 'http://mirror.example.com/'])),
  cli('lock --fs-mirror ""', '--fs-mirror', () => parseLockArgs(['dev', '--fs-mirror', ''])),
  cli('lock with both mirrors', '--fs-mirror or --net-mirror', () => parseLockArgs(['dev', '--fs-mirror', '/', '--net-mirror', 'https://m.example.com/'])),
  cli('validate --stack-dir --all', '--stack-dir', () => parseValidateArgs(['--stack-dir', '--all'])),
  cli('validate with names and --stack-dir', '--stack-dir', () => parseValidateArgs(['dev', '--stack-dir', 'x'])),
  cli('bench --runs 1e9', '--runs', () => parseBenchArgs(['--runs', '1e9'])),
  cli('bench --baseline --upload-pack=x', '--baseline', () => parseBenchArgs(['--baseline', '--upload-pack=x'])),
  cli('bench --baseline "-x"', '--baseline', () => parseBenchArgs(['--baseline', '-x'])),
  cli('bench --fulll', '--fulll', () => parseBenchArgs(['--fulll'])),
  // Read by util.parseArgs: its --opt=value form, repeats and `--` reach the same checks.
  cli('simulate --calls=1e7', '--calls', () => parseSimulateArgs(['--calls=1e7'])),
  cli('simulate --calls given twice', '--calls', () => parseSimulateArgs(['--calls', '1', '--calls', '1000000000'])),
  cli('simulate --json=yes', '--json', () => parseSimulateArgs(['--json=yes'])),
  cli('simulate -- --calls 5', '--calls', () => parseSimulateArgs(['--', '--calls', '5'])),
  cli('simulate --__proto__', '--__proto__', () => parseSimulateArgs(['--__proto__'])),
  cli('smoke --deadline -5', '--deadline', () => parseSmokeArgs(['dev', '--deadline', '-5'])),
  cli('lock --fs-mirror given twice', '--fs-mirror', () => parseLockArgs(['dev', '--fs-mirror', '/', '--fs-mirror', '/no/such/mirror'])),
  cli('validate --stack-dir=', '--stack-dir', () => parseValidateArgs(['--stack-dir='])),
  cli('bench --baseline=--upload-pack=x', '--baseline', () => parseBenchArgs(['--baseline=--upload-pack=x'])),
  cli('plan:offline --stack-dir with no value', '--stack-dir', () => parsePlanOfflineArgs(['--stack-dir'])),
  cli('diagrams --out ""', '--out', () => parseDiagramsArgs(['--out', ''])),
  cli('diagrams --out naming a file', '--out', () => parseDiagramsArgs(['--out', 'package.json'])),
  cli('diagrams --out given twice', '--out', () => parseDiagramsArgs(['--out', 'a', '--out', '/etc'])),
  cli('diagrams --out with no value', '--out', () => parseDiagramsArgs(['--out'])),
  cli('diagrams -- ../dev', '../dev', () => chosenEnvironments(DEFAULT_ENVIRONMENTS, ['../dev'])),
  cli('diagrams --svg', '--svg', () => parseDiagramsArgs(['--svg'])),
  cli('flow-diff with one directory', '<head-dir>', () => parseFlowDiffArgs(['cdktf.out'])),
  cli('flow-diff with three directories', '<head-dir>', () => parseFlowDiffArgs(['a', 'b', 'c'])),
  cli('flow-diff "" cdktf.out', '<base-dir>', () => parseFlowDiffArgs(['', 'cdktf.out'])),
  cli('flow-diff /etc /etc', '<base-dir>', () => flowDiff('/etc', '/etc')),
  cli('flow-diff package.json as a directory', '<base-dir>', () => flowDiff('package.json', 'package.json')),
  cli('flow-diff --json --markdown', '--markdown', () => parseFlowDiffArgs(['a', 'b', '--json', '--markdown'])),
  cli('flow-diff --pictures without --markdown', '--pictures', () => parseFlowDiffArgs(['a', 'b', '--pictures', '.'])),
  cli('flow-diff --pictures naming a file', '--pictures', () => parseFlowDiffArgs(['a', 'b', '--markdown', '--pictures', 'package.json'])),
  cli('flow-diff --pictures /etc (no index)', '--pictures', () => picturesIn('/etc')('dev', 'dev-AI Intent Call Flow')),
  cli('flow-diff --pictures ../.. (no index)', '--pictures', () => picturesIn('../..')('../../etc', 'passwd')),
  cli('contracts:generate --write', '--write', () => parseContractsArgs(['--write'])),
  cli('provider:generate --generator terraform-cdk', '--generator', () => parseGenerateArgs(['--generator', 'terraform-cdk'])),
  cli('provider:generate --schema ""', '--schema', () => parseGenerateArgs(['--schema', ''])),
  cli('plan-guard with no plan file', 'plan', () => parsePlanGuardArgs(['dev'], {})),
  cli('check:cdktn --keep=yes', '--keep', () => parseCheckArgs(['--keep=yes'])),
  cli('permissions:generate with two directories', 'give one directory', () => parsePermissionArgs(['a', 'b'])),
  cli('flow-diff:summary /etc (no checkout)', '"/etc"', () => parseSummaryArgs(['/etc'], {})),
  cli('flow-diff:summary --summary naming a directory', '--summary', () => parseSummaryArgs(['.', '--summary', 'docs'], {})),
  cli('permissions:generate /etc (no repository)', '"/etc"', () => catalogOf('/etc')),
];

/** Bodies a broken or hostile service could send: each must take a path of the flow, never throw. */
const BODIES: [string, unknown][] = [
  ['a JSON null body', 'null'],
  ['a JSON list', '[]'],
  ['a JSON string', '"surprise"'],
  ['a number', 42],
  ['an HTML page', '<html><body>502 Bad Gateway</body></html>'],
  ['an empty body', ''],
  ['objects where strings belong', { intent: { $gt: 1 }, confidence: 'high', id: ['x'], name: { first: 'A' }, customers: 'none' }],
  ['nulls everywhere', { intent: null, confidence: null, id: null, name: null, customers: [{ customerNumber: null }] }],
  ['a 10,000-level deep body', JSON.parse(`${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`)],
  ['Velocity in the values', { intent: '#set($x = 1)${x}', confidence: 0.9, id: '$credentials.password', name: '#end' }],
];

function responseCases(): HostileCase[] {
  const definitions = Object.values(definitionsFromStackJson(JSON.parse(Testing.synth(new EnvironmentStack(memoryApp(), { config: loadEnvironments([BASE])[0] })))));
  return definitions.flatMap((d) =>
    BODIES.map(
      ([name, body]): HostileCase => ({
        surface: 'service response',
        name: `${d.name}: ${name}`,
        field: d.name,
        expect: 'handled',
        run: () => {
          const result = new DataActionEmulator(d).processResponse({ status: 200, body });
          if (result.ok !== true && result.ok !== false) throw new TypeError('no result');
        },
      }),
    ),
  );
}

export function hostileCases(): HostileCase[] {
  return [...CONFIG_CASES, ...SCENARIO_CASES, ...CLI_CASES, ...responseCases()];
}

/** A refusal is the project's one error type for a user's mistake (a ValidationError); anything else (a plain Error, TypeError, RangeError, ...) is a crash. */
const isRefusal = (err: unknown) => ValidationError.isValidationError(err);

export function judge(c: HostileCase): Verdict {
  try {
    c.run();
    return { case: c, outcome: c.expect === 'handled' ? 'handled' : 'accepted' };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!isRefusal(err)) return { case: c, outcome: 'crashed', message };
    return { case: c, outcome: c.expect === 'refused' && message.includes(c.field) ? 'refused' : 'unclear', message };
  }
}

/** The table of docs/security.md: per surface, how many cases came out which way. */
export function hostileTable(verdicts: readonly Verdict[]): string {
  const surfaces: Surface[] = ['configuration', 'scenario file', 'command line', 'service response'];
  const rows = surfaces.map((s) => {
    const of = verdicts.filter((v) => v.case.surface === s);
    const n = (o: Outcome) => of.filter((v) => v.outcome === o).length;
    return `| ${s} | ${of.length} | ${n('refused')} | ${n('handled')} | ${n('accepted')} | ${n('unclear')} | ${n('crashed')} |`;
  });
  return [
    '| surface | tried | refused with a clear error | handled (a flow path) | accepted that should be refused | refused without naming the field | crashed |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (require.main === module) {
  const verdicts = hostileCases().map(judge);
  console.log(hostileTable(verdicts));
  const wrong = verdicts.filter((v) => v.outcome !== v.case.expect);
  for (const v of wrong) console.log(`\n${v.outcome.toUpperCase()}: ${v.case.surface}, ${v.case.name}${v.message ? `: ${v.message.split('\n').slice(0, 3).join(' ')}` : ''}`);
  process.exitCode = wrong.length ? 1 : 0;
}
