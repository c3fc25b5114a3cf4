import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformOutput, TerraformStack } from 'cdktf';
import { GenesyscloudProvider } from '@cdktf/provider-genesyscloud/lib/provider';
import { Integration } from '@cdktf/provider-genesyscloud/lib/integration';
import { IntegrationAction } from '@cdktf/provider-genesyscloud/lib/integration-action';
import { DEFAULT_ENVIRONMENTS } from '../config';
import { synthEnvironments } from '../stacks/app';
import { parsePlanSummary, planStack } from '../tools/terraform/plan-offline';
import { stripOverrideWarning } from '../tools/terraform/standin';
import { formatDiagnostic, parseValidateArgs, validateStacks } from '../tools/terraform/validate';
import { rmTemp, tempDir } from './helpers/synth';
import { describeWithTerraform, TERRAFORM } from './helpers/terraform';
import { memoryApp } from '../stacks/memory-app';

const ROOT = path.resolve(__dirname, '..');

/** A small stack with one data action, synthesized, then changed by `mutate`, in its own directory. */
function stackDir(parent: string, name: string, template: string, mutate: (json: any) => void = () => {}): string {
  const stack = new TerraformStack(memoryApp(), name);
  new GenesyscloudProvider(stack, 'genesyscloud', { awsRegion: 'eu-west-1' });
  const integration = new Integration(stack, 'integration', { integrationType: 'purecloud-data-actions', intendedState: 'ENABLED' });
  const action = new IntegrationAction(stack, 'action', {
    name: 'Lookup',
    category: 'Test',
    integrationId: integration.id,
    contractInput: '{"type":"object","properties":{"x":{"type":"string"}}}',
    contractOutput: '{"type":"object","properties":{}}',
    configTimeoutSeconds: 10,
    configRequest: { requestType: 'POST', requestUrlTemplate: '/api/v2/x', requestTemplate: template },
    configResponse: { successTemplate: '$${rawResult}' },
  });
  new TerraformOutput(stack, 'action_id', { value: action.id });
  const json = JSON.parse(Testing.synth(stack));
  mutate(json);
  const dir = path.join(parent, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(json, null, 2));
  return dir;
}

const messages = (r: ReturnType<typeof validateStacks>[number]) => r.diagnostics.map(formatDiagnostic).join('\n');

describeWithTerraform(`terraform ${TERRAFORM} against the offline stand-in`, () => {
  let dir: string;
  beforeAll(() => (dir = tempDir('tf-offline-')));
  afterAll(() => rmTemp(dir));

  describe('the default environments', () => {
    let stacks: Record<string, string>;
    beforeAll(() => {
      stacks = synthEnvironments(DEFAULT_ENVIRONMENTS, path.join(dir, 'cdktf.out')).stackFiles;
    });

    it('validate', () => {
      const results = validateStacks(Object.values(stacks).map((f) => path.dirname(f)));
      expect(results.map((r) => [path.basename(r.stackDir), r.valid, messages(r)])).toEqual(DEFAULT_ENVIRONMENTS.map((e) => [e.name, true, '']));
    });

    it.each(DEFAULT_ENVIRONMENTS.map((e) => e.name))('plan: %s, creating every resource of the stack', (env) => {
      const result = planStack(path.dirname(stacks[env]));
      expect(result.output).not.toContain('development overrides');
      expect(result.ok).toBe(true);
      const json = JSON.parse(fs.readFileSync(stacks[env], 'utf8'));
      const resources = Object.values<object>(json.resource).reduce((n, byName) => n + Object.keys(byName).length, 0);
      expect(resources).toBeGreaterThan(0);
      expect(result.summary).toEqual({ add: resources, change: 0, destroy: 0 });
      expect(result.output).toContain('data.genesyscloud_auth_division_home.division: Read complete');
    });
  });

  it('validates and plans a data action whose Velocity is escaped as $${...}', () => {
    const ok = stackDir(dir, 'escaped', '{"x": "$${input.x}"}');
    expect(validateStacks([ok]).map((r) => [r.valid, messages(r)])).toEqual([[true, '']]);
    const plan = planStack(ok);
    expect(plan.summary).toEqual({ add: 2, change: 0, destroy: 0 });
    // The provider receives the template with Velocity's ${...} intact.
    expect(plan.output).toContain('+ x = "${input.x}"');
    expect(plan.output).toContain('+ success_template = "${rawResult}"');
    expect(plan.output).toMatch(/id\s+= \(known after apply\)/);
  });

  describe('fails with Terraform own message for', () => {
    it('an unescaped ${input.x} in a data action template', () => {
      const [r] = validateStacks([stackDir(dir, 'unescaped', '{"x": "${input.x}"}')]);
      expect(r.valid).toBe(false);
      expect(messages(r)).toContain('Error: Reference to undeclared resource');
      expect(messages(r)).toContain('A managed resource "input" "x" has not been declared in the root module.');
    });

    it('a reference to an undeclared resource', () => {
      const [r] = validateStacks([
        stackDir(dir, 'undeclared', '{}', (json) => (json.output.action_id.value = '${genesyscloud_flow.missing.id}')),
      ]);
      expect(r.valid).toBe(false);
      expect(messages(r)).toContain('A managed resource "genesyscloud_flow" "missing" has not been declared in the root module.');
    });

    it('a missing required argument', () => {
      const [r] = validateStacks([stackDir(dir, 'missing', '{}', (json) => delete json.resource.genesyscloud_integration_action.action.name)]);
      expect(r.valid).toBe(false);
      expect(messages(r)).toContain('Error: Missing required argument');
      expect(messages(r)).toContain('The argument "name" is required, but no definition was found.');
    });

    it('two config_request blocks where one is allowed', () => {
      const [r] = validateStacks([
        stackDir(dir, 'twoblocks', '{}', (json) => {
          const a = json.resource.genesyscloud_integration_action.action;
          a.config_request = [a.config_request, a.config_request];
        }),
      ]);
      expect(r.valid).toBe(false);
      expect(messages(r)).toContain('Error: Too many config_request blocks');
    });
  });

  it('npm run validate -- --stack-dir shows the diagnostics and exits 1', () => {
    const bad = stackDir(dir, 'cli', '{"x": "${input.x}"}');
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'tools/terraform/validate.ts', '--stack-dir', bad], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`INVALID: ${bad} (1 error(s))`);
    expect(run.stdout).toContain('Error: Reference to undeclared resource');
    expect(run.stdout).toContain('0 valid, 1 invalid');
  });
});

describe('npm run validate: the command line', () => {
  it('takes environment names or stack directories', () => {
    expect(parseValidateArgs([])).toEqual({ dirs: [], names: [] });
    expect(parseValidateArgs(['dev', 'prod'])).toEqual({ dirs: [], names: ['dev', 'prod'] });
    expect(parseValidateArgs(['--stack-dir', 'a', '--stack-dir', 'b'])).toEqual({ dirs: ['a', 'b'], names: [] });
  });

  it.each([
    [['--stack-dir'], '--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not nothing'],
    [['--stack-dir', '--all'], 'not "--all"'],
    [['dev', '--stack-dir', 'x'], 'name environments or give --stack-dir, not both'],
    [['--fix'], 'unknown argument "--fix"'],
  ])('refuses %j, naming the argument', (args, message) => {
    expect(() => parseValidateArgs(args)).toThrow(message);
  });
});

describe('without terraform on PATH', () => {
  it.each([
    ['validate', ['tools/terraform/validate.ts']],
    ['plan:offline', ['tools/terraform/plan-offline.ts', DEFAULT_ENVIRONMENTS[0].name]],
    ['lock', ['tools/terraform/lock.ts', DEFAULT_ENVIRONMENTS[0].name]],
  ])('npm run %s says so and exits non-zero', (_name, args) => {
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      // Node is started by absolute path, so nothing else needs PATH.
      env: { ...process.env, PATH: '/nonexistent' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('terraform is not on PATH.');
    expect(run.stderr).toContain('Install Terraform and put it on PATH');
  });
});

describe('reading Terraform output', () => {
  it('finds the plan summary, and treats output-only changes as nothing to add', () => {
    expect(parsePlanSummary('...\nPlan: 3 to add, 1 to change, 0 to destroy.\n')).toEqual({ add: 3, change: 1, destroy: 0 });
    expect(parsePlanSummary('No changes. Your infrastructure matches the configuration.')).toEqual({ add: 0, change: 0, destroy: 0 });
    expect(parsePlanSummary('Error: boom')).toBeNull();
  });

  it('removes only the development-override warning', () => {
    const out = [
      'Warning: Provider development overrides are in effect',
      '',
      'The following provider development overrides are set in the CLI',
      'configuration:',
      ' - mypurecloud/genesyscloud in /tmp/x',
      '',
      'The behavior may therefore not match any released version of the provider and',
      'applying changes may cause the state to become incompatible with published',
      'releases.',
      '',
      'Plan: 1 to add, 0 to change, 0 to destroy.',
    ].join('\n');
    expect(stripOverrideWarning(out)).toBe('Plan: 1 to add, 0 to change, 0 to destroy.');
    expect(stripOverrideWarning('Warning: something else\n')).toBe('Warning: something else\n');
  });
});
