import { InputContract } from '../../constructs/data-actions/contract';
import { DataActionDefinition } from '../../constructs/data-actions/data-action';
import { DataActionEmulator, isDefinitePath } from '../../constructs/data-actions/emulator';
import { formUrlEncode, genesysTools, jsonString } from '../../constructs/data-actions/velocity';

const INPUT: InputContract = { type: 'object', required: ['q'], properties: { q: { type: 'string' }, n: { type: 'integer' } } };

function definition(response: Partial<DataActionDefinition['response']>, request: Partial<DataActionDefinition['request']> = {}): DataActionDefinition {
  return {
    name: 'T',
    category: 'C',
    kind: 'web-services',
    input: INPUT,
    output: { type: 'object', properties: { a: { type: 'string' }, n: { type: 'number' } } },
    request: { method: 'POST', urlTemplate: 'https://x.example.com/?q=$esc.url($input.q)', bodyTemplate: '${input.rawRequest}', headers: {}, ...request },
    response: { translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}', ...response },
    timeoutSeconds: 5,
  };
}

describe('the Velocity tools', () => {
  it('esc.url encodes like java.net.URLEncoder', () => {
    expect(formUrlEncode('a b&c=d/é*._-~')).toBe('a+b%26c%3Dd%2F%C3%A9*._-%7E');
  });

  it('esc.jsonString escapes for the inside of a JSON string', () => {
    expect(JSON.parse(`"${jsonString('a"b\\c\nd\u0001')}"`)).toBe('a"b\\c\nd\u0001');
    expect(jsonString(undefined)).toBe('');
  });

  it('firstFromArray gives the first element as JSON text, or the default', () => {
    const { firstFromArray } = (genesysTools().successTemplateUtils as any);
    expect(firstFromArray('["a","b"]', '""')).toBe('"a"');
    expect(firstFromArray('[]', '""')).toBe('""');
    expect(firstFromArray('not json', '0')).toBe('0');
  });
});

describe('JSONPath', () => {
  it.each([
    ['$.a.b', true],
    ["$.a['b']", true],
    ['$.a[0].b', true],
    ['$.a[*].b', false],
    ["$.a[?(@.x=='y')].b", false],
    ['$..b', false],
    ['$.a[0,1]', false],
    ['$.a[0:2]', false],
  ])('%s is definite: %p', (p, definite) => expect(isDefinitePath(p)).toBe(definite));
});

describe('DataActionEmulator', () => {
  it('refuses inputs that break the input contract, as Genesys Cloud does', () => {
    const e = new DataActionEmulator(definition({}));
    expect(e.execute({ n: 1 }, () => ({ status: 200, body: '{}' }))).toMatchObject({ ok: false, kind: 'input' });
    expect(e.execute({ q: 'x', n: 'one' }, () => ({ status: 200, body: '{}' }))).toMatchObject({ ok: false, kind: 'input' });
  });

  it('passes the inputs as rawRequest by default, and drops null ones', () => {
    const e = new DataActionEmulator(definition({}));
    expect(JSON.parse(e.renderRequest({ q: 'x', n: null }).body)).toEqual({ q: 'x' });
  });

  it('drops NOT_SET (null) inputs before the contract check: an optional one goes, a required one fails the action', () => {
    const e = new DataActionEmulator(definition({}));
    // An optional input left NOT_SET is simply not sent: no type error for null.
    expect(e.inputProblem({ q: 'x', n: null })).toBeNull();
    expect(e.inputProblem({ q: 'x', n: undefined })).toBeNull();
    // A required one left NOT_SET fails, and the message says why.
    expect(e.inputProblem({ q: null, n: 1 })).toMatch(/^inputs do not match the input contract \("q" NOT_SET, so dropped\): .*q/);
    expect(e.execute({ q: undefined }, () => ({ status: 200, body: '{}' }))).toEqual(expect.objectContaining({ ok: false, kind: 'input', status: 400 }));
  });

  it('gives an output that came back null as NOT_SET (left out), not as a failure', () => {
    const e = new DataActionEmulator(definition({ translationMap: { n: '$.n' }, successTemplate: '{"n": ${n}}' }));
    expect(e.processResponse({ status: 200, body: { n: null } })).toEqual({ ok: true, output: {} });
    expect(e.processResponse({ status: 200, body: { n: 0.5 } })).toEqual({ ok: true, output: { n: 0.5 } });
  });

  it('carries the HTTP status of a failure, which a workflow reads from its failure outputs', () => {
    const e = new DataActionEmulator(definition({}));
    expect(e.processResponse({ status: 404, body: { message: 'no such customer' } })).toMatchObject({ ok: false, kind: 'http', status: 404 });
    // A body nested deeper than Genesys Cloud's parser takes fails cleanly instead of overflowing the stack.
    const deep = JSON.parse(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
    expect(new DataActionEmulator(definition({})).processResponse({ status: 200, body: deep })).toMatchObject({ ok: false, kind: 'translation', message: 'the response nests deeper than 1000 levels' });
    // A JSON null body finds nothing, and does not crash the translation.
    const mapped = new DataActionEmulator(definition({ translationMap: { a: '$.a' }, successTemplate: '{"a": ${a}}' }));
    expect(mapped.processResponse({ status: 200, body: 'null' })).toMatchObject({ ok: false, kind: 'translation' });
  });

  it('sends no body with GET', () => {
    expect(new DataActionEmulator(definition({}, { method: 'GET' })).renderRequest({ q: 'x' }).body).toBe('');
  });

  it('takes a translation map default when a definite path finds nothing, and fails without one', () => {
    const withDefault = new DataActionEmulator(
      definition({ translationMap: { a: '$.a' }, translationMapDefaults: { a: '"none"' }, successTemplate: '{"a": ${a}}' }),
    );
    expect(withDefault.processResponse({ status: 200, body: {} })).toEqual({ ok: true, output: { a: 'none' } });
    const without = new DataActionEmulator(definition({ translationMap: { a: '$.a' }, successTemplate: '{"a": ${a}}' }));
    expect(without.processResponse({ status: 200, body: {} })).toMatchObject({ ok: false, kind: 'translation' });
  });

  it('gives an indefinite path as a JSON array', () => {
    const e = new DataActionEmulator(
      definition({ translationMap: { a: '$.xs[*].a' }, successTemplate: '{"a": $successTemplateUtils.firstFromArray("${a}", "$esc.quote$esc.quote")}' }),
    );
    expect(e.processResponse({ status: 200, body: { xs: [{ a: 'one' }, { a: 'two' }] } })).toEqual({ ok: true, output: { a: 'one' } });
  });

  it('fails on a non-2xx status, a body that is not JSON, a template that gives no JSON, and an output off contract', () => {
    const e = new DataActionEmulator(definition({ translationMap: { a: '$.a' }, successTemplate: '{"a": ${a}}' }));
    expect(e.processResponse({ status: 429, body: '{}' })).toMatchObject({ ok: false, kind: 'http' });
    expect(e.processResponse({ status: 200, body: '<html>' })).toMatchObject({ ok: false, kind: 'translation' });
    expect(new DataActionEmulator(definition({ successTemplate: '{oops' })).processResponse({ status: 200, body: '{}' })).toMatchObject({
      ok: false,
      kind: 'template',
    });
    expect(e.processResponse({ status: 200, body: { a: 5 } })).toMatchObject({ ok: false, kind: 'contract' });
  });

  it('passes the raw result through with ${rawResult}', () => {
    expect(new DataActionEmulator(definition({})).processResponse({ status: 200, body: { a: 'x', n: 2 } })).toEqual({
      ok: true,
      output: { a: 'x', n: 2 },
    });
  });
});
