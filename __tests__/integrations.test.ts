import { Testing, TerraformStack } from 'cdktf';
import { LaunchWorkflowAction, ReadJobStatusAction } from '../constructs/data-actions/catalog';
import { DivisionLookup } from '../constructs/division/division';
import { GenesysDataActionsIntegration, GenesysDataActionsIntegrationProps } from '../constructs/integrations/genesys-data-actions-integration';
import { WebServicesIntegration, WebServicesIntegrationProps } from '../constructs/integrations/web-services-integration';
import { StatusProtocol } from '../constructs/protocol/status-protocol';
import { ValidationError } from '../constructs/validation';
import { catalogStack } from './helpers/catalog-stack';
import { describeWithTerraform } from './helpers/terraform';
import { rmTemp, tempDir } from './helpers/synth';
import { validateStacks, formatDiagnostic } from '../tools/terraform/validate';
import * as fs from 'fs';
import * as path from 'path';
import { memoryApp } from '../stacks/memory-app';

const stackNamed = (name = 'dev') => new TerraformStack(memoryApp(), name);
const synth = (stack: TerraformStack) => JSON.parse(Testing.synth(stack));

function refusal(build: () => unknown): string {
  try {
    build();
  } catch (err) {
    if (err instanceof ValidationError) return err.message;
    throw err;
  }
  throw new Error('expected a ValidationError');
}

describe('GenesysDataActionsIntegration', () => {
  const { json, platform } = catalogStack();
  const res = json.resource;

  it('is an enabled purecloud-data-actions integration whose credential is the OAuth client\'s', () => {
    expect(res.genesyscloud_integration.platform).toMatchObject({
      integration_type: 'purecloud-data-actions',
      intended_state: 'ENABLED',
      config: { name: 'test-Platform', credentials: { pureCloudOAuthClient: expect.stringMatching(/^\$\{genesyscloud_oauth_client\.platform_Client_[0-9A-F]+\.integration_credential_id\}$/) } },
    });
  });

  it('creates a client-credentials client that asks the provider for the credential, and never exposes its secret', () => {
    const client = Object.values<any>(res.genesyscloud_oauth_client)[0];
    expect(client).toMatchObject({
      name: 'test-Platform Client',
      authorized_grant_type: 'CLIENT-CREDENTIALS',
      integration_credential_name: 'test-Platform Credential',
      roles: [{ division_id: '*' }],
    });
    expect(client).not.toHaveProperty('expose_client_secret');
    expect(client).not.toHaveProperty('client_secret');
    expect(JSON.stringify(json)).not.toMatch(/client_secret|expose_client_secret/);
  });

  it('grants its role exactly the permissions its actions declare, and nothing else', () => {
    const role = Object.values<any>(res.genesyscloud_auth_role)[0];
    expect(role.permission_policies).toEqual([
      { domain: 'architect', entity_name: 'flow', action_set: ['launch'] },
      { domain: 'conversation', entity_name: 'communication', action_set: ['view'] },
    ]);
    expect(platform.requiredPermissions).toEqual(['architect:flow:launch', 'conversation:communication:view']);
  });

  it('limits the role to a division when one is given', () => {
    const stack = stackNamed();
    const division = new DivisionLookup(stack, 'division', { name: 'Support' });
    new GenesysDataActionsIntegration(stack, 'platform', { name: 'x', division });
    const client = Object.values<any>(synth(stack).resource.genesyscloud_oauth_client)[0];
    expect(client.roles[0].division_id).toBe('${data.genesyscloud_auth_division.division.id}');
  });

  it('imports an existing integration by name, creating no role, client or integration, and says what its role must allow', () => {
    const stack = stackNamed();
    const existing = GenesysDataActionsIntegration.fromName(stack, 'platform', 'Shared Platform Actions');
    const launch = new LaunchWorkflowAction(stack, 'launch', { integration: existing, name: 'Launch', workflowId: 'wf' });
    const out = synth(stack);
    expect(Object.values(out.data.genesyscloud_integration)).toEqual([{
      name: 'Shared Platform Actions',
    }]);
    expect(out.resource.genesyscloud_integration).toBeUndefined();
    expect(out.resource.genesyscloud_auth_role).toBeUndefined();
    expect(out.resource.genesyscloud_integration_action.launch.category).toBe('Shared Platform Actions');
    expect(existing.requiredPermissions).toEqual(['architect:flow:launch']);
    // The grant cannot apply to a role this app does not own: said on the action, not dropped.
    const warnings = launch.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data);
    expect(warnings).toEqual([
      'the integration "Shared Platform Actions" is imported, so its role is not managed here: make sure its OAuth client\'s role allows architect:flow:launch',
    ]);
  });

  it.each<[string, GenesysDataActionsIntegrationProps, string]>([
    ['no name', {} as GenesysDataActionsIntegrationProps, 'name undefined is not a name: give the new integration one'],
    ['a blank name', { name: ' ' }, 'name " " is not a name: give the new integration one (e.g. "dev-Async Workflow Platform"), or use GenesysDataActionsIntegration.fromName'],
  ])('refuses %s', (_case, props, message) => {
    expect(refusal(() => new GenesysDataActionsIntegration(stackNamed(), 'platform', props))).toContain(message);
  });

  it.each([[''], [' '], [undefined as unknown as string]])('refuses to import an integration named %j', (name) => {
    expect(refusal(() => GenesysDataActionsIntegration.fromName(stackNamed(), 'platform', name))).toContain('the integration to import needs a name');
    expect(refusal(() => WebServicesIntegration.fromName(stackNamed(), 'svc', name))).toContain('the integration to import needs a name');
  });
});

describe('WebServicesIntegration', () => {
  const { json, ai, alpha } = catalogStack();

  it('is an enabled custom-rest-actions integration with its credential in the basicAuth slot', () => {
    expect(json.resource.genesyscloud_integration.alpha).toMatchObject({
      integration_type: 'custom-rest-actions',
      intended_state: 'ENABLED',
      config: { name: 'test-Alpha', credentials: { basicAuth: expect.stringMatching(/^\$\{genesyscloud_integration_credential\.alpha_Credential_[0-9A-F]+\.id\}$/) } },
    });
  });

  it('takes credential values from sensitive variables named after the environment and the service', () => {
    expect(alpha.credentialVariables).toEqual([
      { field: 'userName', variable: 'test_alpha_user_name' },
      { field: 'password', variable: 'test_alpha_password' },
    ]);
    expect(ai.credentialVariables).toEqual([{ field: 'apiKey', variable: 'test_ai_api_key' }]);
    expect(json.variable.test_alpha_password).toMatchObject({ type: 'string', sensitive: true, nullable: false });
    const credential = Object.values<any>(json.resource.genesyscloud_integration_credential).find((c) => c.credential_type_name === 'basicAuth');
    expect(credential.fields).toEqual({ userName: '${var.test_alpha_user_name}', password: '${var.test_alpha_password}' });
  });

  it('needs no credential for an open service', () => {
    expect(json.resource.genesyscloud_integration.beta.config).not.toHaveProperty('credentials');
  });

  it('refuses to grant Genesys Cloud permissions', () => {
    const stack = stackNamed();
    const web = new WebServicesIntegration(stack, 'svc', { name: 'svc' });
    const protocol = new StatusProtocol({ resultFields: ['x'] });
    expect(refusal(() => new ReadJobStatusAction(stack, 'read', { integration: web, name: 'Read', protocols: [protocol] }))).toContain(
      'requiredPermissions only apply to Genesys Cloud integrations; a web services action authenticates with its credential',
    );
  });

  it.each<[string, WebServicesIntegrationProps, string]>([
    ['no name', { credential: { type: 'basicAuth' } } as WebServicesIntegrationProps, 'name undefined is not a name: give the new integration one, or use WebServicesIntegration.fromName'],
    ['a user-defined credential without fields', { name: 'x', credential: { type: 'userDefined', fields: [] } }, 'credential.fields is empty'],
    ['a field name that is no identifier', { name: 'x', credential: { type: 'userDefined', fields: ['api-key'] } }, 'credential field "api-key" is not allowed'],
    ['an unknown credential type', { name: 'x', credential: { type: 'kerberos' } as never }, 'credential.type "kerberos" is not one of'],
    ['a variable prefix that is no identifier', { name: 'x', credential: { type: 'basicAuth' }, variablePrefix: 'Dev-AI' }, 'variablePrefix "Dev-AI" is not allowed'],
  ])('refuses %s', (_case, props, message) => {
    expect(refusal(() => new WebServicesIntegration(stackNamed(), 'svc', props))).toContain(message);
  });
});

describe('the catalog in a stack', () => {
  it('keeps every secret out of the synthesized JSON', () => {
    const text = JSON.stringify(catalogStack().json);
    expect(text).not.toMatch(/"(password|apiKey|clientSecret)"\s*:\s*"(?!\$\{var\.)/);
  });

  it('has no action that writes participant data: workflows write it with Set Conversation Data', () => {
    const actions = Object.values(catalogStack().actions);
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(`${a.definition.request.method} ${a.definition.request.urlTemplate}`).not.toMatch(/^(PATCH|PUT|POST) .*attributes/);
  });
});

describeWithTerraform('the catalog, checked by Terraform', () => {
  it('validates against the provider schema', () => {
    const dir = tempDir('catalog-');
    try {
      fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(catalogStack().json));
      const [result] = validateStacks([dir]);
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(result.valid).toBe(true);
    } finally {
      rmTemp(dir);
    }
  });
});
