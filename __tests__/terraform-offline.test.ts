import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformOutput, TerraformStack } from 'cdktf';
import { GenesyscloudProvider } from '@cdktf/provider-genesyscloud/lib/provider';
import { Integration } from '@cdktf/provider-genesyscloud/lib/integration';
import { IntegrationAction } from '@cdktf/provider-genesyscloud/lib/integration-action';
import { ConfigError, DEFAULT_ENVIRONMENTS } from '../config';
import { synthEnvironments } from '../stacks/app';
import { parsePlanSummary, planOfflineCli, planStack } from '../tools/terraform/plan-offline';
import { lockCli } from '../tools/terraform/lock';
import { Console } from '../stacks/app';
import { formatDiagnostic, parseValidateArgs, validateCli, validateStacks } from '../tools/terraform/validate';
import { rmTemp, tempDir } from './helpers/synth';
import { describeWithTerraform, TERRAFORM } from './helpers/terraform';
import { isUserFacing, StandInError, StandInWorkspace, TerraformMissingError } from '../tools/terraform/standin';
import { CommandLineError } from '../tools/cli/args';
import { memoryApp } from '../stacks/memory-app';

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

/** Runs a command line in-process, with what it prints. */
function captured(run: (out: Console) => number): { code: number; stdout: string; stderr: string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = run({ log: (l) => stdout.push(l), error: (l) => stderr.push(l) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describeWithTerraform(`terraform ${TERRAFORM} against the offline stand-in`, () => {
  let dir: string;
  // One stand-in for every command of this file, as `npm run validate` shares one across stacks.
  let workspace: StandInWorkspace;
  beforeAll(() => {
    dir = tempDir('tf-offline-');
    workspace = new StandInWorkspace();
  });
  afterAll(() => {
    workspace.dispose();
    rmTemp(dir);
  });

  describe('the default environments', () => {
    let stacks: Record<string, string>;
    beforeAll(() => {
      stacks = synthEnvironments(DEFAULT_ENVIRONMENTS, path.join(dir, 'cdktf.out')).stackFiles;
    });

    it('validate', () => {
      const results = validateStacks(Object.values(stacks).map((f) => path.dirname(f)), { workspace });
      expect(results.map((r) => [path.basename(r.stackDir), r.valid, messages(r)])).toEqual(DEFAULT_ENVIRONMENTS.map((e) => [e.name, true, '']));
    });

    it.each(DEFAULT_ENVIRONMENTS.map((e) => e.name))('plan: %s, creating every resource of the stack', (env) => {
      const result = planStack(path.dirname(stacks[env]), { workspace });
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
    expect(validateStacks([ok], { workspace }).map((r) => [r.valid, messages(r)])).toEqual([[true, '']]);
    const plan = planStack(ok, { workspace });
    expect(plan.summary).toEqual({ add: 2, change: 0, destroy: 0 });
    // The provider receives the template with Velocity's ${...} intact.
    expect(plan.output).toContain('+ x = "${input.x}"');
    expect(plan.output).toContain('+ success_template = "${rawResult}"');
    expect(plan.output).toMatch(/id\s+= \(known after apply\)/);
  });

  describe('fails with Terraform own message for', () => {
    it('an unescaped ${input.x} in a data action template', () => {
      const [r] = validateStacks([stackDir(dir, 'unescaped', '{"x": "${input.x}"}')], { workspace });
      expect(r.valid).toBe(false);
      expect(messages(r)).toContain('Error: Reference to undeclared resource');
      expect(messages(r)).toContain('A managed resource "input" "x" has not been declared in the root module.');
    });

    it('a reference to an undeclared resource', () => {
      const [r] = validateStacks([stackDir(dir, 'undeclared', '{}', (json) => (json.output.action_id.value = '${genesyscloud_flow.missing.id}'))], { workspace });
      expect(r.valid).toBe(false);
      expect(messages(r)).toContain('A managed resource "genesyscloud_flow" "missing" has not been declared in the root module.');
    });

    it('a missing required argument', () => {
      const [r] = validateStacks([stackDir(dir, 'missing', '{}', (json) => delete json.resource.genesyscloud_integration_action.action.name)], { workspace });
      expect(r.valid).toBe(false);
      expect(messages(r)).toContain('Error: Missing required argument');
      expect(messages(r)).toContain('The argument "name" is required, but no definition was found.');
    });

    it('two config_request blocks where one is allowed', () => {
      const [r] = validateStacks(
        [
          stackDir(dir, 'twoblocks', '{}', (json) => {
            const a = json.resource.genesyscloud_integration_action.action;
            a.config_request = [a.config_request, a.config_request];
          }),
        ],
        { workspace },
      );
      expect(r.valid).toBe(false);
      expect(messages(r)).toContain('Error: Too many config_request blocks');
    });
  });

  it('npm run validate -- --stack-dir shows the diagnostics and exits 1', () => {
    const bad = stackDir(dir, 'cli', '{"x": "${input.x}"}');
    const { code, stdout } = captured((out) => validateCli(['--stack-dir', bad], out));
    expect(code).toBe(1);
    expect(stdout).toContain(`INVALID: ${bad} (1 error(s))`);
    expect(stdout).toContain('Error: Reference to undeclared resource');
    expect(stdout).toContain('0 valid, 1 invalid');
  });
});

describe('the stand-in workspace', () => {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('starts one stand-in on first use, for Terraform to reattach to, and stops it when disposed', async () => {
    const ws = new StandInWorkspace();
    let pid: number | undefined;
    try {
      const reattach = JSON.parse(ws.env.TF_REATTACH_PROVIDERS!);
      const provider = reattach['registry.terraform.io/mypurecloud/genesyscloud'];
      expect(provider).toMatchObject({ Protocol: 'grpc', ProtocolVersion: 6, Test: true, Addr: { Network: 'tcp', String: expect.stringMatching(/^127\.0\.0\.1:\d+$/) } });
      pid = provider.Pid;
      // The same one for every command of the workspace.
      expect(JSON.parse(ws.env.TF_REATTACH_PROVIDERS!)['registry.terraform.io/mypurecloud/genesyscloud'].Pid).toBe(pid);
      expect(alive(pid!)).toBe(true);
      expect(fs.readFileSync(ws.env.TF_CLI_CONFIG_FILE!, 'utf8')).toBe('');
    } finally {
      ws.dispose();
    }
    // Once this process has heard of its end (and reaped it), it is gone.
    for (let i = 0; i < 100 && alive(pid!); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive(pid!)).toBe(false);
    expect(fs.existsSync(ws.dir)).toBe(false);
  });

  it('says why when the stand-in does not start', () => {
    // The stand-in refuses a Terraform that offers only plugin protocol 5.
    const ws = new StandInWorkspace({ ...process.env, PLUGIN_PROTOCOL_VERSIONS: '5' });
    try {
      expect(() => ws.env).toThrow(/^the offline stand-in did not start: This Terraform offers plugin protocol versions 5/);
    } finally {
      ws.dispose();
    }
  });
});

describe('npm run validate: the command line', () => {
  it('takes environment names or stack directories', () => {
    expect(parseValidateArgs([])).toEqual({ dirs: [], names: [] });
    expect(parseValidateArgs(['stage-a', 'stage-b'])).toEqual({ dirs: [], names: ['stage-a', 'stage-b'] });
    expect(parseValidateArgs(['--stack-dir', 'a', '--stack-dir', 'b'])).toEqual({ dirs: ['a', 'b'], names: [] });
  });

  it.each([
    [['--stack-dir'], '--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not nothing'],
    [['--stack-dir', '--all'], 'not "--all"'],
    [['dev', '--stack-dir', 'x'], 'name environments or give --stack-dir, not both'],
    [['--fix'], 'unknown option "--fix"'],
  ])('refuses %j, naming the argument', (args, message) => {
    expect(() => parseValidateArgs(args)).toThrow(message);
  });
});

describe('without terraform on PATH', () => {
  const cli: Record<string, (args: string[], out: Console) => number> = {
    validate: (args, out) => validateCli(args, out),
    'plan:offline': (args, out) => planOfflineCli(args, out),
    lock: (args, out) => lockCli(args, { out }),
  };
  let path_: string | undefined;
  beforeEach(() => {
    path_ = process.env.PATH;
    process.env.PATH = '/nonexistent';
  });
  afterEach(() => {
    process.env.PATH = path_;
  });

  it.each([
    ['validate', []],
    ['plan:offline', [DEFAULT_ENVIRONMENTS[0].name]],
    ['lock', [DEFAULT_ENVIRONMENTS[0].name]],
  ])('npm run %s says so and exits non-zero', (name, args) => {
    const { code, stderr } = captured((out) => cli[name](args, out));
    expect(code).toBe(1);
    expect(stderr).toContain(`${name}: terraform is not on PATH.`);
    expect(stderr).toContain('Install Terraform and put it on PATH');
  });
});

describe('what the Terraform commands print as a message alone', () => {
  it('is a mistake the user can fix; anything else is a bug that keeps its stack trace', () => {
    expect(isUserFacing(new CommandLineError('--x needs a value'))).toBe(true);
    expect(isUserFacing(new ConfigError([]))).toBe(true);
    expect(isUserFacing(new TerraformMissingError('terraform is not on PATH.'))).toBe(true);
    expect(isUserFacing(new StandInError('The offline stand-in is not built'))).toBe(true);
    expect(isUserFacing(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isUserFacing(new Error('a plain Error is no message of ours'))).toBe(false);
  });
});

describe('reading Terraform output', () => {
  it('finds the plan summary, and treats output-only changes as nothing to add', () => {
    expect(parsePlanSummary('...\nPlan: 3 to add, 1 to change, 0 to destroy.\n')).toEqual({ add: 3, change: 1, destroy: 0 });
    expect(parsePlanSummary('No changes. Your infrastructure matches the configuration.')).toEqual({ add: 0, change: 0, destroy: 0 });
    expect(parsePlanSummary('Error: boom')).toBeNull();
  });
});
