import { TerraformStack, Testing } from 'cdktf';
import { allowPermissions, violationsOf } from '../constructs/guardrails';
import { loadEnvironments } from '../config';
import { GenesysDataActionsIntegration } from '../constructs/integrations/genesys-data-actions-integration';
import { EnvironmentStack } from '../stacks/environment-stack';
import { memoryApp } from '../stacks/memory-app';
import { PLAN_PERMISSIONS } from '../constructs/auth/plan-access';
import { synthJson, VALID } from './helpers/synth';
import { SEQUENTIAL } from './fixtures/environments';

describe('EnvironmentStack', () => {
  it('configures the genesyscloud provider with the region from config and no credentials', () => {
    const json = synthJson({ ...VALID, region: 'ap-southeast-2' });
    expect(json.provider.genesyscloud).toEqual([{ aws_region: 'ap-southeast-2', sdk_debug: false }]);
  });

  it('pins the provider to the version the bindings were generated from', () => {
    const json = synthJson(VALID);
    expect(json.terraform.required_providers.genesyscloud).toEqual({
      source: 'registry.terraform.io/mypurecloud/genesyscloud',
      version: '1.84.1',
    });
  });

  it('never writes the OAuth credentials of the environment into the JSON', () => {
    const saved = { ...process.env };
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID = 'sentinel-client-id-8f3a';
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET = 'sentinel-client-secret-8f3a';
    try {
      const text = JSON.stringify(synthJson(VALID));
      expect(text).not.toContain('sentinel-client');
      expect(text).not.toMatch(/oauthclient_(id|secret)|access_token/);
    } finally {
      process.env = saved;
    }
  });

  it('keeps local state per environment, at a path relative to the repository root', () => {
    const json = synthJson(VALID);
    expect(json.terraform.backend).toEqual({ local: { path: '../../../terraform.test.tfstate' } });
  });

  it('writes an S3 backend with locking and encryption', () => {
    const json = synthJson({ ...VALID, backend: { type: 's3', bucket: 'acme-state', region: 'eu-west-1' } });
    expect(json.terraform.backend).toEqual({
      s3: {
        bucket: 'acme-state',
        key: 'genesys-async-workflow/test.tfstate',
        region: 'eu-west-1',
        encrypt: true,
        use_lockfile: true,
      },
    });
  });

  it('can leave S3 lock files to a DynamoDB table for older Terraform', () => {
    const json = synthJson({
      ...VALID,
      backend: { type: 's3', bucket: 'b', region: 'eu-west-1', useLockfile: false, dynamodbTable: 'locks' },
    });
    expect(json.terraform.backend.s3.dynamodb_table).toBe('locks');
    expect(json.terraform.backend.s3).not.toHaveProperty('use_lockfile');
  });

  it('writes an HCP Terraform backend with a named workspace', () => {
    const json = synthJson({ ...VALID, backend: { type: 'cloud', organization: 'acme', workspace: 'genesys-test' } });
    expect(json.terraform.cloud).toEqual({ organization: 'acme', workspaces: { name: 'genesys-test' } });
    expect(json.terraform.backend).toBeUndefined();
  });

  it('looks up the home division by default and a named division when one is configured', () => {
    const home = synthJson(VALID);
    expect(Object.keys(home.data)).toEqual(['genesyscloud_auth_division_home']);
    const named = synthJson({ ...VALID, division: 'Contact Center' });
    expect(named.data.genesyscloud_auth_division.division.name).toBe('Contact Center');
    expect(named.output.division_id.value).toBe('${data.genesyscloud_auth_division.division.id}');
  });

  it('outputs the region, its API host and the division', () => {
    const json = synthJson({ ...VALID, region: 'us-west-2' });
    expect(json.output.genesys_region.value).toBe('us-west-2');
    expect(json.output.genesys_api_host.value).toBe('api.usw2.pure.cloud');
    expect(json.output.division_id.value).toBe('${data.genesyscloud_auth_division_home.division.id}');
  });

  it('defines a read-only role and OAuth client for plans when asked, and none by default', () => {
    expect(synthJson(VALID).resource?.genesyscloud_oauth_client).toBeUndefined();
    const json = synthJson({ ...VALID, planClient: true });
    const [role] = Object.values<any>(json.resource.genesyscloud_auth_role);
    expect(role.name).toBe('test-Terraform Plan');
    const granted = role.permission_policies.flatMap((p: any) => p.action_set.map((a: string) => `${p.domain}:${p.entity_name}:${a}`));
    expect(granted.sort()).toEqual([...PLAN_PERMISSIONS].sort());
    expect(granted.every((p: string) => p.endsWith(':view'))).toBe(true);
    const [client] = Object.values<any>(json.resource.genesyscloud_oauth_client);
    expect(client).toMatchObject({ name: 'test-Terraform Plan', authorized_grant_type: 'CLIENT-CREDENTIALS' });
    expect(client.expose_client_secret).toBeUndefined();
    expect(json.output.plan_client_id.value).toMatch(/^\$\{genesyscloud_oauth_client\.plan_access_client_[0-9A-F]+\.client_id\}$/);
  });

  it('lets a plan read every kind of object a stack manages: each type has its read permission in the plan role', () => {
    // Each type's read, and the permission the Platform API asks for it (constructs/auth/permission-catalog.json's source).
    const READ: Record<string, string | null> = {
      genesyscloud_flow: 'architect:flow:view',
      genesyscloud_auth_role: 'authorization:role:view',
      genesyscloud_integration: 'integrations:integration:view',
      genesyscloud_integration_credential: 'integrations:integration:view',
      genesyscloud_integration_action: 'integrations:action:view',
      genesyscloud_oauth_client: 'oauth:client:view',
      genesyscloud_routing_queue: 'routing:queue:view',
      genesyscloud_architect_ivr: 'routing:callRoute:view',
      // GET /api/v2/authorization/divisions/home and /{divisionId} ask for no permission.
      genesyscloud_auth_division_home: null,
      genesyscloud_auth_division: null,
    };
    // Every optional part present: DNIS routing (an IVR) for both samples, a named division, the plan client.
    const ai = SEQUENTIAL.samples!.aiIntent!;
    const ci = SEQUENTIAL.samples!.customerIdentification!;
    const full = synthJson({ ...SEQUENTIAL, planClient: true, samples: { aiIntent: { ...ai, dnis: ['+3215550100'] }, customerIdentification: { ...ci, dnis: ['+3215550200'] } } });
    const named = synthJson({ ...VALID, division: 'Contact Center' });
    const types = [...new Set([full, named].flatMap((j) => [...Object.keys(j.resource ?? {}), ...Object.keys(j.data ?? {})]))].sort();
    expect(types).toContain('genesyscloud_architect_ivr');
    expect(types.filter((t) => !(t in READ))).toEqual([]);
    const needed = [...new Set(types.map((t) => READ[t]).filter((p): p is string => p !== null))].sort();
    expect(needed.filter((p) => !PLAN_PERMISSIONS.includes(p))).toEqual([]);
    // And nothing more than the reads need.
    expect([...PLAN_PERMISSIONS].sort()).toEqual(needed);
  });

  it("allows the plan permissions to the plan role alone: the pattern's role given one is still refused", () => {
    const [config] = loadEnvironments([{ ...SEQUENTIAL, planClient: true }]);
    const stack = new EnvironmentStack(memoryApp(), { config });
    Testing.synth(stack);
    expect(violationsOf(stack)).toEqual([]);
    const again = new EnvironmentStack(memoryApp(), { config });
    (again.platform as GenesysDataActionsIntegration).role.grant('oauth:client:view');
    Testing.synth(again);
    expect(violationsOf(again).map((v) => `${v.rule}: ${v.path}: ${v.problem.split(',')[0]}`)).toEqual([
      'least-privilege-roles: dev/platform/Role/Default: grants oauth:client:view',
    ]);
  });

  it('needs a written reason to allow more permissions anywhere', () => {
    expect(() => allowPermissions(new TerraformStack(memoryApp(), 's'), ['oauth:client:view'], 'ok')).toThrow('allowing permissions needs a written reason');
  });
});

describe('EnvironmentStack, given a platform integration from outside', () => {
  it('uses an integration the org has: no role or OAuth client of its own, and each needed permission said', () => {
    const [config] = loadEnvironments([SEQUENTIAL]);
    const stack = new EnvironmentStack(memoryApp(), { config, platform: (s) => GenesysDataActionsIntegration.fromName(s, 'platform', 'Shared Platform Actions') });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.values(json.data.genesyscloud_integration)).toEqual([{ name: 'Shared Platform Actions' }]);
    expect(json.resource.genesyscloud_auth_role).toBeUndefined();
    expect(json.resource.genesyscloud_oauth_client).toBeUndefined();
    const platformActions = Object.values<any>(json.resource.genesyscloud_integration_action).filter((a) => a.category === 'Shared Platform Actions');
    expect(platformActions.length).toBeGreaterThanOrEqual(2);
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)));
    expect(warnings.join('\n')).toContain('make sure its OAuth client\'s role allows architect:flow:launch');
    expect(warnings.join('\n')).toContain('allows conversation:communication:view');
  });
});
