import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { InputContract, OutputContract } from '../../constructs/data-actions/contract';
import { DataAction, DataActionProps, IDataActionIntegration } from '../../constructs/data-actions/data-action';
import { ValidationError } from '../../constructs/validation';
import { memoryApp } from '../../stacks/memory-app';

/** A stand-in integration that records what it was asked to grant. */
class FakeIntegration implements IDataActionIntegration {
  readonly integrationId = 'integration-id';
  readonly granted: string[] = [];
  constructor(
    readonly kind: 'genesys-cloud' | 'web-services' = 'genesys-cloud',
    readonly integrationName = 'Test Integration',
  ) {}
  grantPermissions(_action: Construct, permissions: readonly string[]): void {
    this.granted.push(...permissions);
  }
}

const INPUT: InputContract = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };
const OUTPUT: OutputContract = { type: 'object', properties: { name: { type: 'string' } } };

function props(overrides: Partial<DataActionProps> = {}): DataActionProps {
  return {
    integration: new FakeIntegration(),
    name: 'Get Thing',
    input: INPUT,
    output: OUTPUT,
    request: { method: 'GET', urlTemplate: '/api/v2/things/$esc.url($input.id)' },
    response: { translationMap: { name: '$.name' }, successTemplate: '{"name": ${name}}' },
    timeoutSeconds: 10,
    ...overrides,
  };
}

function build(p: DataActionProps): { action: DataAction; json: any } {
  const stack = new TerraformStack(memoryApp(), 'test');
  const action = new DataAction(stack, 'action', p);
  return { action, json: JSON.parse(Testing.synth(stack)) };
}

/** The ValidationError a construction throws. */
function refusal(p: DataActionProps): ValidationError {
  try {
    build(p);
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  throw new Error('expected the construct to refuse its props');
}

describe('DataAction', () => {
  it('creates one integration action with its category, contracts, timeout and escaped templates', () => {
    const { json } = build(props());
    const r = json.resource.genesyscloud_integration_action.action;
    expect(r).toMatchObject({
      name: 'Get Thing',
      category: 'Test Integration',
      integration_id: 'integration-id',
      config_timeout_seconds: 10,
      secure: false,
      config_request: { request_type: 'GET', request_url_template: '/api/v2/things/$esc.url($input.id)', request_template: '$${input.rawRequest}' },
      config_response: { success_template: '{"name": $${name}}', translation_map: { name: '$.name' } },
    });
    expect(JSON.parse(r.contract_input)).toEqual({ $schema: 'http://json-schema.org/draft-04/schema#', ...INPUT });
  });

  it('exposes its name, category and the definition the emulator runs', () => {
    const { action } = build(props());
    expect(action.actionName).toBe('Get Thing');
    expect(action.category).toBe('Test Integration');
    expect(action.definition.request.urlTemplate).toBe('/api/v2/things/$esc.url($input.id)');
    expect(action.actionId).toMatch(/TfToken/);
  });

  it('asks its integration for the permissions it needs', () => {
    const integration = new FakeIntegration();
    build(props({ integration, requiredPermissions: ['conversation:communication:view'] }));
    expect(integration.granted).toEqual(['conversation:communication:view']);
  });

  describe('stops synth with a clear message', () => {
    it('when the timeout is missing', () => {
      const { timeoutSeconds: _t, ...rest } = props();
      expect(refusal(rest as DataActionProps).message).toBe(
        'test/action: timeoutSeconds is missing: set how long Genesys Cloud may wait for the service, 1 to 60 seconds',
      );
    });

    it.each([0, 61, 2.5])('when the timeout is %p', (t) => {
      expect(refusal(props({ timeoutSeconds: t })).message).toContain(`timeoutSeconds ${t} is out of range: use a whole number from 1 to 60`);
    });

    it('when an input is not flat', () => {
      const input = { type: 'object', properties: { id: { type: 'string' }, address: { type: 'object' } } } as unknown as InputContract;
      expect(refusal(props({ input })).message).toContain(
        'input contract property "address" has type "object"; inputs must be flat, of type string, integer, number, boolean',
      );
    });

    it('when an input uses a reserved name', () => {
      const input: InputContract = { type: 'object', properties: { id: { type: 'string' }, rawRequest: { type: 'string' } } };
      expect(refusal(props({ input })).message).toContain('input contract property "rawRequest" is reserved by Genesys Cloud');
    });

    it('when the top of a contract is not an object', () => {
      const output = { type: 'array', items: { type: 'string' } } as unknown as OutputContract;
      expect(refusal(props({ output, response: {} })).message).toContain('output contract must have type "object" at the top, not "array"');
    });

    it('when the output nests an array in an array', () => {
      const output: OutputContract = { type: 'object', properties: { grid: { type: 'array', items: { type: 'array', items: { type: 'string' } } } } };
      expect(refusal(props({ output })).message).toContain('output contract property "grid" is an array of arrays');
    });

    it('when the output uses $ref', () => {
      const output: OutputContract = { type: 'object', properties: { a: { $ref: '#/definitions/a' } } };
      expect(refusal(props({ output })).message).toContain('output contract property "a" uses "$ref"');
    });

    it('when a contract is not valid JSON Schema', () => {
      const output = { type: 'object', properties: { a: { type: 'text' } } } as unknown as OutputContract;
      expect(refusal(props({ output })).message).toContain('output contract is not valid JSON Schema (draft-04)');
    });

    it('when a template reads an input the contract does not declare', () => {
      expect(refusal(props({ request: { method: 'GET', urlTemplate: '/api/v2/things/$input.thingId' } })).message).toContain(
        'request.urlTemplate reads input.thingId, which the input contract does not declare',
      );
    });

    it('when a template is not valid Velocity', () => {
      expect(refusal(props({ request: { method: 'POST', urlTemplate: '/api/v2/x', bodyTemplate: '#if($input.id' } })).message).toContain(
        'request.bodyTemplate is not valid Velocity',
      );
    });

    it('when the success template reads something the translation map does not define', () => {
      expect(refusal(props({ response: { translationMap: { name: '$.name' }, successTemplate: '{"n": ${nmae}}' } })).message).toContain(
        'response.successTemplate reads $nmae, which is not in response.translationMap',
      );
    });

    it('when a translation map default is not JSON text', () => {
      expect(
        refusal(props({ response: { translationMap: { name: '$.name' }, translationMapDefaults: { name: 'none' }, successTemplate: '{"name": ${name}}' } }))
          .message,
      ).toContain(`response.translationMapDefaults["name"] "none" must be JSON text, e.g. '""' for an empty string`);
    });

    it('when a Genesys Cloud action has an absolute URL, or a web services action a relative one', () => {
      expect(refusal(props({ request: { method: 'GET', urlTemplate: 'https://x.example.com/$input.id' } })).message).toContain(
        'must be relative, starting with /api/v2/, for a Genesys Cloud integration',
      );
      expect(refusal(props({ integration: new FakeIntegration('web-services') })).message).toContain(
        'must be an absolute https:// URL for a web services integration',
      );
    });

    it('when a permission is a wildcard, or is asked of a web services integration', () => {
      expect(refusal(props({ requiredPermissions: ['architect:flow:*'] })).message).toContain('has a wildcard');
      expect(
        refusal(props({ integration: new FakeIntegration('web-services'), request: { method: 'GET', urlTemplate: 'https://x.example.com/$esc.url($input.id)' }, requiredPermissions: ['architect:flow:launch'] }))
          .message,
      ).toContain('requiredPermissions only apply to Genesys Cloud integrations');
    });

    it('lists every problem at once', () => {
      const err = refusal(props({ timeoutSeconds: 0, name: ' ', request: { method: 'FETCH' as never, urlTemplate: '/api/v2/x' } }));
      expect(err.problems).toHaveLength(3);
      expect(err.message).toMatch(/^test\/action: 3 problems:\n {2}- name " "/);
    });
  });
});
