import { ConfigError, loadEnvironments } from '../../config';
import { hostileCases, hostileTable, judge } from '../../tools/security/hostile-inputs';
import { ValidationError } from '../../constructs/validation';

const cases = hostileCases();

describe('hostile and careless inputs', () => {
  it('cover every surface a user or a service types into', () => {
    const surfaces = new Set(cases.map((c) => c.surface));
    expect([...surfaces].sort()).toEqual(['command line', 'configuration', 'scenario file', 'service response']);
    expect(cases.filter((c) => c.surface === 'configuration').length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [`${c.surface}: ${c.name}`, c] as const))('%s', (_name, c) => {
    const verdict = judge(c);
    // A refusal must name the field or option, so the user knows what to change; a response must take a flow path.
    expect({ outcome: verdict.outcome, message: verdict.outcome === c.expect ? undefined : verdict.message }).toEqual({ outcome: c.expect, message: undefined });
  });

  it('tell a crash and a silent acceptance apart from a clear refusal', () => {
    const crash = judge({ surface: 'configuration', name: 't', field: 'f', expect: 'refused', run: () => (undefined as any).x });
    expect(crash.outcome).toBe('crashed');
    expect(judge({ surface: 'configuration', name: 't', field: 'f', expect: 'refused', run: () => undefined }).outcome).toBe('accepted');
    // A refusal is a ValidationError that names the field; a plain Error is no refusal of ours.
    expect(judge({ surface: 'configuration', name: 't', field: 'f', expect: 'refused', run: () => { throw new ValidationError('x', ['something else']); } }).outcome).toBe('unclear');
    expect(judge({ surface: 'configuration', name: 't', field: 'f', expect: 'refused', run: () => { throw new Error('f is wrong'); } }).outcome).toBe('crashed');
    expect(hostileTable([crash])).toContain('| configuration | 1 | 0 | 0 | 0 | 0 | 1 |');
  });
});

describe('every string field of the configuration', () => {
  /** A definition with every optional string field set, so each can be tried. */
  const FULL = {
    name: 'full',
    region: 'eu-west-1',
    naming: { prefix: 'full-', suffix: '-x' },
    division: 'Contact Center',
    backend: { type: 's3', bucket: 'bucket', key: 'state/full.tfstate', region: 'eu-west-1', dynamodbTable: 'locks' },
    samples: {
      aiIntent: {
        endpoint: 'https://ai.example.com/i',
        apiKeyHeader: 'x-api-key',
        intentPath: '$.intent',
        confidencePath: '$.confidence',
        captureBotFlow: 'Bot',
        utteranceSlot: 'Slot.Utterance',
        intents: { billing: 'Billing' },
        fallbackQueue: 'General',
        event: { announcement: 'a', hours: 'h', activities: 'c' },
        dnis: ['+3215550100'],
      },
      customerIdentification: {
        databases: [{ source: 'Alpha', url: 'https://a.example.com/c', phoneField: 'phone', customerIdPath: '$.id', namePath: '$.name', testNumbers: { known: '+32470000001', unknown: '+32470999999' } }],
        routes: { Alpha: 'Alpha Customers' },
        fallbackQueue: 'General',
        dnis: ['+3215550200'],
      },
    },
  };
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, p: (string | number)[]) => {
    if (typeof node === 'string') paths.push(p);
    else if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...p, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...p, k]);
  };
  walk(FULL, []);
  const withValue = (p: (string | number)[], value: string) => {
    const copy = JSON.parse(JSON.stringify(FULL));
    let node = copy;
    p.slice(0, -1).forEach((k) => (node = node[k]));
    node[p[p.length - 1]] = value;
    return copy;
  };

  it('the full definition itself loads', () => {
    expect(loadEnvironments([FULL])).toHaveLength(1);
    expect(paths.length).toBeGreaterThanOrEqual(30);
  });

  it.each(paths.map((p) => [p.join('.'), p] as const))('%s refuses a Terraform template, naming the field', (field, p) => {
    for (const template of ['x%{ if true }y%{ endif }', '${file("/etc/passwd")}']) {
      let error: unknown;
      try {
        loadEnvironments([withValue(p, template)]);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain(`field "${field}"`);
    }
  });
});
