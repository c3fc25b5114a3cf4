import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { CustomerLookupAction } from '../../constructs/data-actions/catalog';
import { DataActionDefinition } from '../../constructs/data-actions/data-action';
import { ActionResult, DataActionEmulator, definitionsFromStackJson, RawResponse, RenderedRequest } from '../../constructs/data-actions/emulator';
import { catalogStack } from '../helpers/catalog-stack';
import { memoryApp } from '../../stacks/memory-app';

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'responses', `${name}.json`), 'utf8');
const FLOW_ID = 'c0ffee00-0000-4000-8000-000000000001';

// What is deployed: the actions as Terraform will hand them to the provider.
const { json, actions } = catalogStack();
const deployed = definitionsFromStackJson(json, (expression) => (expression === 'genesyscloud_flow.workflow.id' ? FLOW_ID : `<${expression}>`));
const byName = (name: string): DataActionDefinition => {
  const d = Object.values(deployed).find((x) => x.name === name);
  if (!d) throw new Error(`no deployed action named ${name}`);
  return d;
};

/** Normal values for every input of every action. */
const NORMAL: Record<string, string> = {
  conversationId: '5d1a1c3e-8a7b-4c2e-9f10-1b2c3d4e5f60',
  utterance: 'I have a question about my last bill',
  // The call flow passes the calling number in E.164 form.
  phoneNumber: '+32470123456',
};

/** Values a caller, a service or a bug could put in an input. */
const HOSTILE: [string, string][] = [
  ['double quotes', 'He said "stop" and "go"'],
  ['backslashes', 'C:\\temp\\new\\ and a trailing \\'],
  ['newlines and tabs', 'line one\nline two\r\n\tindented'],
  ['unicode', 'Müller, café, ñandú, 日本語, Ελληνικά'],
  ['emoji', '📞 call me 🎉👍🏽'],
  ['dollar signs', '$input.status $100 $$ $!x'],
  ['a Velocity directive', '#set($input.status = "HACKED")#if(true)yes#end'],
  ['a Velocity reference', '${input.conversationId} and ${'],
  ['a Terraform directive', '%{ if true }x%{ endif } %{'],
  ['JSON injection', '", "injected": "yes'],
  ['control characters', 'a\u0000b\u0001c\u001fd\u007f'],
  ['markup', '<script>alert(1)</script>&amp;'],
  ['URL syntax', 'a&b=c?d/e%20f+g#h'],
  ['a very long string', 'x'.repeat(5000) + '"' + 'y'.repeat(5000)],
  ['an empty string', ''],
];

/** Every string in a parsed JSON value, however deep. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** Where an input value can be found again in a rendered request, decoded as the service would. */
function arrivals(req: RenderedRequest): string[] {
  const url = new URL(req.url.startsWith('/') ? `https://api.example.com${req.url}` : req.url);
  const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
  return [
    ...url.pathname.split('/').map(formDecode),
    ...[...url.searchParams.values()],
    ...(req.body ? strings(JSON.parse(req.body)) : []),
  ];
}

const ACTION_NAMES = Object.values(actions).map((a) => a.actionName);

describe.each(ACTION_NAMES)('%s', (name) => {
  const definition = byName(name);
  const emulator = new DataActionEmulator(definition);
  const stringInputs = Object.entries(definition.input.properties)
    .filter(([, s]) => s.type === 'string')
    .map(([n]) => n);
  const normal = Object.fromEntries(Object.keys(definition.input.properties).map((n) => [n, NORMAL[n]]));

  it('renders the same request from the construct and from the synthesized JSON', () => {
    const fromConstruct = new DataActionEmulator(Object.values(actions).find((a) => a.actionName === name)!.definition, () => FLOW_ID);
    expect(emulator.renderRequest(normal)).toEqual(fromConstruct.renderRequest(normal));
  });

  it('sends a body that is valid JSON (or none), and every input arrives unchanged', () => {
    const req = emulator.renderRequest(normal);
    const bodyless = req.method === 'GET' || req.method === 'DELETE';
    expect(bodyless ? req.body === '' : isJson(req.body)).toBe(true);
    for (const input of stringInputs) expect(arrivals(req)).toContain(normal[input]);
  });

  describe.each(HOSTILE)('with %s', (_kind, value) => {
    it.each(stringInputs)('in %s: the request stays valid and the value arrives unchanged', (input) => {
      const inputs = { ...normal, [input]: value };
      expect(emulator.inputProblem(inputs)).toBeNull();
      const req = emulator.renderRequest(inputs);
      expect(req.body === '' || isJson(req.body)).toBe(true);
      expect(arrivals(req)).toContain(value);
      // No other input was disturbed by it.
      for (const other of stringInputs.filter((i) => i !== input && normal[i] !== '')) expect(arrivals(req)).toContain(normal[other]);
    });
  });
});

/** Runs an action against a recorded response; an ok result has passed the output contract. */
function run(name: string, response: RawResponse, inputs: Record<string, unknown> = {}): ActionResult {
  const definition = byName(name);
  const normal = Object.fromEntries(Object.keys(definition.input.properties).map((n) => [n, NORMAL[n]]));
  return new DataActionEmulator(definition).execute({ ...normal, ...inputs }, () => response);
}

describe('responses, through the translation map, the success template and the output contract', () => {
  it('Launch: a started execution gives its id; a missing flow or an error takes the failure path', () => {
    expect(run('Launch AI Job', { status: 200, body: fixture('flow-execution') })).toEqual({
      ok: true,
      output: { executionId: '3f2e1d0c-9b8a-4765-a4b3-c2d1e0f9a8b7' },
    });
    expect(run('Launch AI Job', { status: 404, body: fixture('platform-error') })).toMatchObject({ ok: false, kind: 'http' });
    expect(run('Launch AI Job', { status: 500, body: fixture('platform-error') })).toMatchObject({ ok: false, kind: 'http' });
  });

  it('Launch: the request names the workflow and passes the inputs with the Flow. prefix', () => {
    const req = new DataActionEmulator(byName('Launch AI Job')).renderRequest({ conversationId: 'c-1', utterance: 'hello' });
    expect(req).toMatchObject({ method: 'POST', url: '/api/v2/flows/executions' });
    expect(JSON.parse(req.body)).toEqual({
      flowId: FLOW_ID,
      name: 'Async job c-1',
      inputData: { 'Flow.conversationId': 'c-1', 'Flow.utterance': 'hello' },
    });
  });

  it('Read status: reads every attribute in one call; before the job they are all empty', () => {
    expect(run('Read AI Job Status', { status: 200, body: fixture('conversation') })).toEqual({
      ok: true,
      output: { aiJob_status: 'SUCCESS', aiJob_error: '', aiJob_intent: 'billing', aiJob_confidence: '0.91' },
    });
    expect(run('Read AI Job Status', { status: 200, body: fixture('conversation-before-job') })).toEqual({
      ok: true,
      output: { aiJob_status: '', aiJob_error: '', aiJob_intent: '', aiJob_confidence: '' },
    });
    expect(run('Read AI Job Status', { status: 503, body: fixture('platform-error') })).toMatchObject({ ok: false, kind: 'http' });
  });

  it('Read status: reads each attribute from whichever participant holds it, as Set Conversation Data names none', () => {
    const conversation = JSON.parse(fixture('conversation'));
    const customer = conversation.participants[0].attributes;
    conversation.participants[0].attributes = { campaign: customer.campaign };
    conversation.participants[1].attributes = { aiJob_status: 'SUCCESS', aiJob_error: '', aiJob_intent: 'billing', aiJob_confidence: '0.91' };
    expect(run('Read AI Job Status', { status: 200, body: conversation })).toEqual({
      ok: true,
      output: { aiJob_status: 'SUCCESS', aiJob_error: '', aiJob_intent: 'billing', aiJob_confidence: '0.91' },
    });
  });

  it('Lookup: a database with a notFoundStatus says so in its smoke test, and refuses one that is no client error', () => {
    const stack = new TerraformStack(memoryApp(), 's');
    const integration = { integrationId: 'i', integrationName: 'db', kind: 'web-services' as const, grantPermissions: () => undefined };
    const make = (notFoundStatus: unknown, id: string) =>
      new CustomerLookupAction(stack, id, {
        integration,
        name: 'L',
        source: 'Delta',
        url: 'https://delta.example.com/c',
        notFoundStatus: notFoundStatus as number,
        testNumbers: { known: '+32470000001', unknown: '+32470999999' },
      });
    expect(make(404, 'ok').smokeTests[1]).toMatchObject({ name: 'an unknown number is answered with HTTP 404 (a miss)', expect: 'failure' });
    [200, 500, 404.5, '404', -1].forEach((bad, i) => expect(() => make(bad, `bad${i}`)).toThrow(/notFoundStatus .* must be an HTTP client error status from 400 to 499/));
  });

  it('Intent: an answer gives intent and confidence; no intent gives "" and 0; an error fails', () => {
    expect(run('Recognize Intent', { status: 200, body: fixture('ai-intent') })).toEqual({ ok: true, output: { intent: 'billing', confidence: 0.91 } });
    expect(run('Recognize Intent', { status: 200, body: fixture('ai-no-intent') })).toEqual({ ok: true, output: { intent: '', confidence: 0 } });
    expect(run('Recognize Intent', { status: 503, body: fixture('service-error') })).toMatchObject({ ok: false, kind: 'http' });
  });

  it('Intent: sends the words and the credential header', () => {
    const req = new DataActionEmulator(byName('Recognize Intent')).renderRequest({ utterance: 'billing please', conversationId: 'c-1' });
    expect(JSON.parse(req.body)).toEqual({ text: 'billing please', conversationId: 'c-1' });
    expect(req.headers).toMatchObject({ 'Content-Type': 'application/json', 'x-api-key': '$credentials.apiKey' });
  });

  it('Lookup (GET, definite paths): a hit, a miss that is a normal result, and an error', () => {
    expect(run('Lookup Alpha', { status: 200, body: fixture('customer-found') })).toEqual({
      ok: true,
      output: { found: true, customerId: 'ALPHA-000172', name: 'Ana Müller', source: 'Alpha' },
    });
    expect(run('Lookup Alpha', { status: 200, body: fixture('customer-miss') })).toEqual({
      ok: true,
      output: { found: false, customerId: '', name: '', source: 'Alpha' },
    });
    expect(run('Lookup Alpha', { status: 200, body: '{}' })).toMatchObject({ ok: true, output: { found: false } });
    expect(run('Lookup Alpha', { status: 500, body: fixture('service-error') })).toMatchObject({ ok: false, kind: 'http' });
  });

  it('Lookup (POST, array paths): the first hit wins, an empty list is a miss', () => {
    expect(run('Lookup Beta', { status: 200, body: fixture('customers-found') })).toEqual({
      ok: true,
      output: { found: true, customerId: 'B-88412', name: 'Jean O\'Neil "JJ"', source: 'Beta' },
    });
    expect(run('Lookup Beta', { status: 200, body: fixture('customers-miss') })).toEqual({
      ok: true,
      output: { found: false, customerId: '', name: '', source: 'Beta' },
    });
    expect(run('Lookup Beta', { status: 502, body: fixture('service-error') })).toMatchObject({ ok: false, kind: 'http' });
    const req = new DataActionEmulator(byName('Lookup Beta')).renderRequest({ phoneNumber: '+32 470' });
    expect(req.url).toBe('https://beta.example.com/search?v=2');
    expect(JSON.parse(req.body)).toEqual({ msisdn: '+32 470' });
  });

  it('Lookup: a customer id of the wrong type fails on the output contract instead of reaching the flow', () => {
    expect(run('Lookup Alpha', { status: 200, body: { id: 172, name: 'Ana' } })).toMatchObject({ ok: false, kind: 'contract' });
  });
});
