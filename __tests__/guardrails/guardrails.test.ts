import { App, Aspects, Testing, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { IConstruct } from 'constructs';
import { AuthRole } from '@cdktf/provider-genesyscloud/lib/auth-role';
import { Integration } from '@cdktf/provider-genesyscloud/lib/integration';
import { IntegrationAction } from '@cdktf/provider-genesyscloud/lib/integration-action';
import { IntegrationCredential } from '@cdktf/provider-genesyscloud/lib/integration-credential';
import { OauthClient } from '@cdktf/provider-genesyscloud/lib/oauth-client';
import { GenesyscloudProvider } from '@cdktf/provider-genesyscloud/lib/provider';
import { RoutingQueue } from '@cdktf/provider-genesyscloud/lib/routing-queue';
import {
  DataActionTimeout,
  FlowDependsOnActions,
  GuardrailError,
  GuardrailRule,
  LeastPrivilegeRoles,
  NoExposedClientSecret,
  NoSecretLiterals,
  PreventDestroy,
  QualifiedNames,
  suppress,
  Violation,
  violationsOf,
} from '../../constructs/guardrails';
import { DEFAULT_ENVIRONMENTS, loadEnvironments } from '../../config';
import { PROTECTED_TYPES } from '../../constructs/guardrails/prevent-destroy';
import { runSynth, synthEnvironments } from '../../stacks/app';
import { EnvironmentStack } from '../../stacks/environment-stack';
import { flowsStack } from '../helpers/flows-stack';
import { rmTemp, tempDir } from '../helpers/synth';
import * as fs from 'fs';
import * as path from 'path';
import { memoryApp } from '../../stacks/memory-app';
import { PARALLEL, SEQUENTIAL } from '../fixtures/environments';

/** Synthesizes a stack built by `build` under one rule and returns what it found. */
function check(rule: GuardrailRule, build: (stack: TerraformStack) => void): Violation[] {
  const stack = new TerraformStack(memoryApp(), 'dev');
  build(stack);
  Aspects.of(stack).add(rule);
  Testing.synth(stack);
  return violationsOf(stack);
}

const action = (scope: IConstruct, id: string, timeout?: number) =>
  new IntegrationAction(scope, id, {
    name: 'dev-Lookup',
    category: 'dev-Platform',
    integrationId: 'i',
    contractInput: '{}',
    contractOutput: '{}',
    configTimeoutSeconds: timeout,
    configRequest: { requestType: 'GET', requestUrlTemplate: '/api/v2/x' },
  });

describe('no-secret-literals', () => {
  const rule = () => new NoSecretLiterals();

  it('accepts credential fields and headers that reference variables and credentials', () => {
    expect(
      check(rule(), (s) => {
        const v = new TerraformVariable(s, 'dev_svc_password', { type: 'string', sensitive: true });
        new IntegrationCredential(s, 'cred', { name: 'dev-Cred', credentialTypeName: 'basicAuth', fields: { userName: v.stringValue, password: v.stringValue } });
        new IntegrationAction(s, 'a', {
          name: 'dev-A', category: 'c', integrationId: 'i', contractInput: '{}', contractOutput: '{}', configTimeoutSeconds: 5,
          configRequest: { requestType: 'GET', requestUrlTemplate: 'https://x', headers: { Authorization: 'Bearer $${credentials.apiKey}' } },
        });
        new GenesyscloudProvider(s, 'p', { awsRegion: 'eu-west-1' });
      }),
    ).toEqual([]);
  });

  it('refuses a literal password, a literal Authorization header and provider credentials', () => {
    const found = check(rule(), (s) => {
      new IntegrationCredential(s, 'cred', { name: 'dev-Cred', credentialTypeName: 'basicAuth', fields: { userName: 'admin', password: 'hunter2' } });
      new IntegrationAction(s, 'a', {
        name: 'dev-A', category: 'c', integrationId: 'i', contractInput: '{}', contractOutput: '{}', configTimeoutSeconds: 5,
        configRequest: { requestType: 'GET', requestUrlTemplate: 'https://x', headers: { Authorization: 'Bearer abc123' } },
      });
      new GenesyscloudProvider(s, 'p', { awsRegion: 'eu-west-1', oauthclientSecret: 's3cret' });
    });
    expect(found.map((v) => v.problem).sort()).toEqual([
      'config_request.headers.Authorization holds a literal value',
      'fields.password holds a literal value',
      'fields.userName holds a literal value',
      expect.stringContaining('provider block sets oauthclient_secret'),
    ]);
    expect(found[0].address).toMatch(/^genesyscloud_integration_credential\.cred|^genesyscloud_integration_action\.a/);
  });
});

describe('data-action-timeout', () => {
  it('accepts a timeout from 1 to 60 s', () => {
    expect(check(new DataActionTimeout(), (s) => action(s, 'a', 10))).toEqual([]);
  });

  it('refuses a data action without one, naming it and the fix', () => {
    expect(check(new DataActionTimeout(), (s) => action(s, 'a'))).toEqual([
      expect.objectContaining({
        rule: 'data-action-timeout',
        address: 'genesyscloud_integration_action.a',
        problem: 'config_timeout_seconds is not set',
        fix: 'set timeoutSeconds on the DataAction, a whole number from 1 to 60',
      }),
    ]);
  });
});

describe('least-privilege-roles', () => {
  const role = (s: TerraformStack, action_set: string[], domain = 'architect', entity = 'flow') =>
    new AuthRole(s, 'r', { name: 'dev-Role', permissionPolicies: [{ domain, entityName: entity, actionSet: action_set }] });

  it('accepts a role with listed permissions', () => {
    expect(check(new LeastPrivilegeRoles(), (s) => role(s, ['launch']))).toEqual([]);
  });

  it('refuses wildcards and permissions that are not listed', () => {
    expect(check(new LeastPrivilegeRoles(), (s) => role(s, ['*'])).map((v) => v.problem)).toEqual(['grants the wildcard permission architect:flow:*']);
    expect(check(new LeastPrivilegeRoles(), (s) => role(s, ['delete'])).map((v) => v.problem)).toEqual([
      'grants architect:flow:delete, which is not on the list of allowed permissions (architect:flow:launch, conversation:communication:view)',
    ]);
  });
});

describe('qualified-names', () => {
  const rule = () => new QualifiedNames({ prefix: 'dev-', suffix: '' });

  it('accepts names with the qualifier', () => {
    expect(check(rule(), (s) => new RoutingQueue(s, 'q', { name: 'dev-Billing' }))).toEqual([]);
  });

  it('refuses a name without it, in attributes and in integration config', () => {
    const found = check(rule(), (s) => {
      new RoutingQueue(s, 'q', { name: 'Billing' });
      new Integration(s, 'i', { integrationType: 'custom-rest-actions', config: { name: 'AI Service' } });
    });
    expect(found.map((v) => `${v.address}: ${v.problem}`)).toEqual([
      'genesyscloud_routing_queue.q: is named "Billing", without the environment\'s qualifier (prefix "dev-", suffix "")',
      'genesyscloud_integration.i: is named "AI Service", without the environment\'s qualifier (prefix "dev-", suffix "")',
    ]);
  });

  it('says it cannot check a name known only at apply, as a warning, rather than passing it', () => {
    const found = check(rule(), (s) => new RoutingQueue(s, 'q', { name: new TerraformVariable(s, 'queue_name', {}).stringValue }));
    expect(found).toEqual([
      expect.objectContaining({ level: 'warning', address: 'genesyscloud_routing_queue.q', problem: 'is named "${var.queue_name}", which is known only at apply, so its qualifier cannot be checked' }),
    ]);
  });
});

describe('every rule, through cdktf Annotations too', () => {
  it('marks the construct with an error annotation naming the rule, and a warning for a warning', () => {
    const stack = new TerraformStack(memoryApp(), 'dev');
    const bad = new RoutingQueue(stack, 'bad', { name: 'Billing' });
    const unknown = new RoutingQueue(stack, 'unknown', { name: new TerraformVariable(stack, 'n', {}).stringValue });
    Aspects.of(stack).add(new QualifiedNames({ prefix: 'dev-', suffix: '' }));
    Testing.synth(stack);
    const annotations = (c: IConstruct) => c.node.metadata.filter((m) => m.type.startsWith('@cdktf/')).map((m) => [m.type, m.data]);
    expect(annotations(bad)).toEqual([['@cdktf/error', expect.stringMatching(/^\[qualified-names\] genesyscloud_routing_queue\.bad: is named "Billing".*\. Fix: /)]]);
    expect(annotations(unknown)).toEqual([['@cdktf/warn', expect.stringContaining('[qualified-names] genesyscloud_routing_queue.unknown: ')]]);
  });

  it('so that a plain cdktf app with a violating construct stops at synth, as the cdktf CLI does', () => {
    const dir = tempDir('annotations-');
    try {
      const app = new App({ outdir: dir });
      const stack = new TerraformStack(app, 'dev');
      new GenesyscloudProvider(stack, 'genesyscloud', { awsRegion: 'eu-west-1' });
      new RoutingQueue(stack, 'bad', { name: 'Billing' });
      Aspects.of(stack).add(new QualifiedNames({ prefix: 'dev-', suffix: '' }));
      expect(() => app.synth()).toThrow(/\[qualified-names\] genesyscloud_routing_queue\.bad: is named "Billing"/);
    } finally {
      rmTemp(dir);
    }
  });
});

describe('flow-depends-on-actions', () => {
  it('accepts the flows ArchitectFlow builds', () => {
    const { stack } = flowsStack();
    Aspects.of(stack).add(new FlowDependsOnActions());
    Testing.synth(stack);
    expect(violationsOf(stack).filter((v) => v.rule === 'flow-depends-on-actions')).toEqual([]);
  });

  it('refuses a flow whose dependency on an action was lost', () => {
    const { stack } = flowsStack();
    const flow = stack.aiIntent!.pattern.callFlow.flow;
    flow.terraformResource.dependsOn = [];
    // The environment's stack carries the rule already.
    Testing.synth(stack);
    expect(violationsOf(stack).filter((v) => v.rule === 'flow-depends-on-actions').map((v) => v.problem)).toEqual([
      'calls data action "dev-AI Intent - Launch Workflow" but does not depend on it',
      'calls data action "dev-AI Intent - Read Job Status" but does not depend on it',
    ]);
  });
});

describe('no-exposed-client-secret', () => {
  const client = (s: TerraformStack, expose?: boolean) =>
    new OauthClient(s, 'c', { name: 'dev-Client', authorizedGrantType: 'CLIENT-CREDENTIALS', exposeClientSecret: expose, roles: [{ roleId: 'r' }] });

  it('accepts a client that keeps its secret', () => {
    expect(check(new NoExposedClientSecret(), (s) => client(s))).toEqual([]);
  });

  it('refuses a client that exposes it, or an output that shows it', () => {
    expect(check(new NoExposedClientSecret(), (s) => client(s, true)).map((v) => v.problem)).toEqual(['sets expose_client_secret']);
    expect(
      check(new NoExposedClientSecret(), (s) => new TerraformOutput(s, 'secret', { value: client(s).clientSecret, sensitive: true })).map((v) => v.fix),
    ).toEqual(['remove the output']);
  });
});

describe('one resolution per resource and pass', () => {
  const rules = () => [new NoSecretLiterals(), new QualifiedNames({ prefix: 'dev-', suffix: '' }), new DataActionTimeout()];

  it('resolves a resource once for every rule of a pass, however many read it', () => {
    const count = (withRules: boolean) => {
      const stack = new TerraformStack(memoryApp(), 'dev');
      const a = action(stack, 'a', 30);
      const calls = jest.spyOn(a, 'toTerraform');
      if (withRules) rules().forEach((r) => Aspects.of(stack).add(r));
      Testing.synth(stack);
      return calls.mock.calls.length;
    };
    // Three rules read the action's arguments: one more resolution than cdktf's own, not three.
    expect(count(true)).toBe(count(false) + 1);
  });

  it('resolves again in the next pass: a resource changed after a synth is judged as it is now', () => {
    const stack = new TerraformStack(memoryApp(), 'dev');
    const a = action(stack, 'a', 30);
    rules().forEach((r) => Aspects.of(stack).add(r));
    Testing.synth(stack);
    expect(violationsOf(stack)).toEqual([]);
    a.configTimeoutSeconds = 120;
    Testing.synth(stack);
    expect(violationsOf(stack).map((v) => v.rule)).toEqual(['data-action-timeout']);
  });
});

describe('suppression', () => {
  it('exempts a construct for a written reason', () => {
    expect(
      check(new DataActionTimeout(), (s) => {
        const a = action(s, 'a');
        suppress(a, 'data-action-timeout', 'the platform default is fine for this internal probe');
      }),
    ).toEqual([]);
  });

  it('needs a reason', () => {
    const stack = new TerraformStack(memoryApp(), 'dev');
    expect(() => suppress(action(stack, 'a'), 'data-action-timeout', 'ok')).toThrow('needs a written reason of at least 10 characters');
  });
});

describe('prevent_destroy', () => {
  // The two fixtures deploy every protected type (with a phone number added), with and without protection; any listed environment is checked below.
  it.each([SEQUENTIAL, PARALLEL].map((d) => [d.name, d] as const))('%s: protects every resource whose loss hurts callers, where the environment asks for it', (_name, definition) => {
    const [config] = loadEnvironments([{ ...definition, samples: { ...definition.samples, aiIntent: { ...definition.samples!.aiIntent!, dnis: ['+3215550100'] } } }]);
    const json = JSON.parse(Testing.synth(new EnvironmentStack(memoryApp(), { config })));
    const resources = Object.entries<any>(json.resource).flatMap(([type, byName]) => Object.values<any>(byName).map((r) => [type, r] as const));
    const hurting = resources.filter(([type]) => PROTECTED_TYPES.includes(type));
    expect(new Set(hurting.map(([type]) => type)).size).toBe(PROTECTED_TYPES.length);
    for (const [type, r] of hurting) expect([type, r.lifecycle?.prevent_destroy === true]).toEqual([type, config.preventDestroy]);
    // Nothing else is protected: a data source or a variable is not deleted.
    for (const [type, r] of resources.filter(([t]) => !PROTECTED_TYPES.includes(t))) expect([type, r.lifecycle?.prevent_destroy]).toEqual([type, undefined]);
  });

  it.each(DEFAULT_ENVIRONMENTS.map((d) => [d.name, d] as const))('listed environment %s: protected types carry prevent_destroy exactly when the environment asks', (_name, definition) => {
    const [config] = loadEnvironments([definition]);
    const json = JSON.parse(Testing.synth(new EnvironmentStack(memoryApp(), { config })));
    const resources = Object.entries<any>(json.resource ?? {}).flatMap(([type, byName]) => Object.values<any>(byName).map((r) => [type, r] as const));
    expect(resources.length).toBeGreaterThan(0);
    for (const [type, r] of resources) {
      expect([type, r.lifecycle?.prevent_destroy]).toEqual([type, PROTECTED_TYPES.includes(type) && config.preventDestroy ? true : undefined]);
    }
  });

  it('leaves other resources alone', () => {
    const stack = new TerraformStack(memoryApp(), 'dev');
    new TerraformVariable(stack, 'v', {});
    new RoutingQueue(stack, 'q', { name: 'dev-Q' });
    // Only the types it is given: here flows, so the queue stays unprotected.
    Aspects.of(stack).add(new PreventDestroy(['genesyscloud_flow']));
    const json = JSON.parse(Testing.synth(stack));
    expect(json.resource.genesyscloud_routing_queue.q.lifecycle).toBeUndefined();
    expect(json.variable.v.lifecycle).toBeUndefined();
  });
});

describe('in the environments', () => {
  it('the default stacks break no rule', () => {
    const dir = tempDir();
    try {
      expect(() => synthEnvironments(DEFAULT_ENVIRONMENTS, path.join(dir, 'out'))).not.toThrow();
    } finally {
      rmTemp(dir);
    }
  });

  it('a violation stops synth with every problem, and writes nothing', () => {
    const dir = tempDir();
    try {
      const out = path.join(dir, 'out');
      // A construct of the user's own, added to the stack, breaks a rule.
      const rogue = (stack: EnvironmentStack) => {
        new RoutingQueue(stack, 'rogue', { name: 'Rogue Queue' });
      };
      let error: unknown;
      try {
        synthEnvironments([SEQUENTIAL], out, { customize: rogue });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(GuardrailError);
      expect((error as Error).message).toMatch(/^Guardrails refused 1 thing:\n {2}- \[qualified-names\] genesyscloud_routing_queue\.rogue \(dev\/rogue\): is named "Rogue Queue"/);
      expect((error as Error).message).toContain("suppress(construct, 'qualified-names', '<why it is safe>')");
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(dir)).toEqual([]);
      // The same construct, suppressed for a reason, passes.
      synthEnvironments([SEQUENTIAL], out, {
        customize: (stack) => suppress(new RoutingQueue(stack, 'rogue', { name: 'Rogue Queue' }), 'qualified-names', 'a queue shared by every environment on purpose'),
      });
      expect(fs.existsSync(path.join(out, 'stacks', 'dev', 'cdk.tf.json'))).toBe(true);
    } finally {
      rmTemp(dir);
    }
  });

  it('runSynth prints the violations and exits 1, as npm run synth does', () => {
    const dir = tempDir();
    try {
      const lines: string[] = [];
      const code = runSynth([SEQUENTIAL, PARALLEL], path.join(dir, 'out'), { log: (l) => lines.push(l), error: (l) => lines.push(l) }, {
        customize: (stack) => void new RoutingQueue(stack, 'rogue', { name: 'Rogue' }),
      });
      expect(code).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Guardrails refused 2 things:/);
      expect(lines[0]).toContain('(prod/rogue)');
    } finally {
      rmTemp(dir);
    }
  });

  it('GuardrailError lists each violation with its fix', () => {
    const e = new GuardrailError([{ rule: 'r', path: 'p', problem: 'x is wrong', fix: 'do y' }]);
    expect(e.message).toBe("Guardrails refused 1 thing:\n  - [r] p: x is wrong. Fix: do y. To accept it, call suppress(construct, 'r', '<why it is safe>').");
  });
});
