import * as http from 'http';
import { AddressInfo } from 'net';
import { smokePlan } from '../../tools/smoke/checks';
import { redact } from '../../tools/smoke/client';
import { formatResult, parseSmokeArgs, runSmoke, SmokeOptions } from '../../tools/smoke/smoke';
import { PARALLEL, SEQUENTIAL } from '../fixtures/environments';

const CLIENT_ID = 'smoke-client-id-7c1f';
const CLIENT_SECRET = 'smoke-client-secret-9e2d';
// The test fixtures, whatever environments the configuration lists: one deployable, one production.
const FIXTURES = [SEQUENTIAL, PARALLEL];
const plan = smokePlan('dev', FIXTURES);

interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization?: string;
  body?: any;
}

type Handler = (req: Recorded) => { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

/** A fake of the few Platform API endpoints the smoke test uses, on 127.0.0.1, behind the client's gateway paths. */
function fakeGenesys(override: (req: Recorded, normal: Handler) => ReturnType<Handler> = (r, n) => n(r)) {
  const requests: Recorded[] = [];
  let correlation = 0;
  let polls = 0;
  const normal: Handler = (r) => {
    if (r.method === 'POST' && r.path === '/login/oauth/token') {
      const expected = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;
      return r.authorization === expected
        ? { status: 200, body: { access_token: 'fake-token', token_type: 'bearer', expires_in: 3600 } }
        : { status: 401, body: { error: 'invalid_client', description: 'bad client' } };
    }
    if (r.authorization !== 'Bearer fake-token') return { status: 401, body: { message: 'not logged in' } };
    if (r.method === 'GET' && r.path === '/api/api/v2/flows') {
      const f = plan.flows.find((x) => x.name === r.query.get('name'));
      return { status: 200, body: { entities: f ? [{ id: `flow-${f.name}`, name: f.name, description: `x [build ${f.buildHash}]`, publishedVersion: { id: '2.0' } }] : [] } };
    }
    if (r.method === 'GET' && r.path === '/api/api/v2/integrations') {
      return { status: 200, body: { entities: plan.integrations.map((name, i) => ({ id: `int-${i}`, name, intendedState: 'ENABLED' })) } };
    }
    if (r.method === 'GET' && r.path === '/api/api/v2/integrations/actions') {
      const a = plan.actions.find((x) => x.name === r.query.get('name'));
      return { status: 200, body: { entities: a ? [{ id: `act-${encodeURIComponent(a.name)}`, name: a.name, category: a.category }] : [] } };
    }
    const test = /^\/api\/api\/v2\/integrations\/actions\/([^/]+)\/test$/.exec(r.path);
    if (r.method === 'POST' && test) {
      const name = decodeURIComponent(decodeURIComponent(test[1]).replace(/^act-/, ''));
      if (/Read Job Status/.test(name)) return { status: 200, body: { success: false, error: { message: 'Not Found', contextId: 'ctx-404' } } };
      if (/Recognize Intent/.test(name)) return { status: 200, body: { success: true, finalResult: { intent: 'billing', confidence: 0.9 } } };
      const source = /Lookup (\w+)/.exec(name)?.[1] ?? '';
      const known = ['+32470000001', '+32470000002', '+32470000003'].includes(r.body?.phoneNumber);
      // Gamma answers a number it does not know with 404 (its notFoundStatus).
      if (source === 'Gamma' && !known) return { status: 200, body: { success: false, error: { message: 'HTTP 404 from Gamma', contextId: 'ctx-g404' } } };
      return { status: 200, body: { success: true, finalResult: known ? { found: true, customerId: 'C1', name: 'Ann', source } : { found: false, customerId: '', name: '', source } } };
    }
    if (r.method === 'POST' && r.path === '/api/api/v2/flows/executions') return { status: 200, body: { id: 'exec-1' } };
    if (r.method === 'GET' && r.path === '/api/api/v2/flows/executions/exec-1') return { status: 200, body: { id: 'exec-1', status: ++polls < 2 ? 'RUNNING' : 'COMPLETED' } };
    return { status: 404, body: { message: `no fake for ${r.method} ${r.path}` } };
  };
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rec: Recorded = { method: req.method ?? '', path: url.pathname, query: url.searchParams, authorization: req.headers.authorization };
      try {
        rec.body = data ? JSON.parse(data) : undefined;
      } catch {
        rec.body = data;
      }
      requests.push(rec);
      const answer = override(rec, normal);
      if (answer === 'hang') return; // never answers
      res.writeHead(answer.status, { 'content-type': 'application/json', 'inin-correlation-id': `corr-${++correlation}`, ...answer.headers });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  return {
    requests,
    start: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    server,
  };
}

async function smoke(fake: ReturnType<typeof fakeGenesys>, options: Partial<SmokeOptions> = {}) {
  const port = await fake.start();
  const sleeps: number[] = [];
  try {
    const report = await runSmoke('dev', {
      environments: FIXTURES,
      target: { gateway: { host: '127.0.0.1', port, protocol: 'http' } },
      credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      timeoutMs: 1500,
      sleep: async (ms) => void sleeps.push(ms),
      ...options,
    });
    return { report, sleeps, lines: report.results.map(formatResult) };
  } finally {
    fake.server.closeAllConnections?.();
    await fake.stop();
  }
}

describe('npm run smoke, against a fake of the Platform API', () => {
  it('checks the published flows, the integrations and every data action of the code, and passes', async () => {
    const fake = fakeGenesys();
    const { report, lines } = await smoke(fake);
    expect(report.failed).toBe(0);
    expect(report.passed).toBe(1 + plan.flows.length + plan.integrations.length + plan.actions.length);
    expect(plan.flows.map((f) => f.type).sort()).toEqual(['bot', 'inboundcall', 'inboundcall', 'workflow', 'workflow']);
    expect(plan.actions.map((a) => a.test.name)).toEqual(
      expect.arrayContaining([
        'a known utterance gives an intent',
        'a known test number is found',
        'an unknown number is not found',
        'an unknown number is answered with HTTP 404 (a miss)',
        'a conversation that does not exist fails cleanly',
      ]),
    );
    // The capture bot flow carries no build stamp: it is checked as published.
    expect(lines).toContain(lines.find((l) => l.startsWith('PASS  flow published: dev-AI Intent Capture')));
    expect(lines[0]).toMatch(/^PASS {2}log in with client credentials \(\d+\.\d\d s\)$/);
    expect(lines).toContain(lines.find((l) => l.includes('dev-AI Intent - Read Job Status: a conversation that does not exist fails cleanly') && l.endsWith('failed cleanly, as expected')));
  });

  it('sends what the checks are made of: basic login, bearer calls, the sample inputs', async () => {
    const fake = fakeGenesys();
    await smoke(fake);
    const login = fake.requests[0];
    expect(login).toMatchObject({ method: 'POST', path: '/login/oauth/token' });
    expect(fake.requests.slice(1).every((r) => r.authorization === 'Bearer fake-token')).toBe(true);
    const tests = fake.requests.filter((r) => r.path.endsWith('/test'));
    expect(tests.map((t) => t.body)).toEqual(
      expect.arrayContaining([
        { phoneNumber: '+32470000001' },
        { phoneNumber: '+32470000002' },
        { phoneNumber: '+32470000003' },
        { phoneNumber: '+32470999999' },
        { conversationId: '00000000-0000-4000-8000-00000000dead' },
      ]),
    );
    // Every database is checked both ways.
    for (const db of ['Alpha', 'Beta']) expect(plan.actions.filter((a) => a.name.endsWith(`Lookup ${db}`)).map((a) => a.test.name)).toEqual(['a known test number is found', 'an unknown number is not found']);
    expect(plan.actions.filter((a) => a.name.endsWith('Lookup Gamma')).map((a) => a.test.name)).toEqual(['a known test number is found', 'an unknown number is answered with HTTP 404 (a miss)']);
    const flowQueries = fake.requests.filter((r) => r.path === '/api/api/v2/flows').map((r) => r.query.get('name'));
    expect(flowQueries.sort()).toEqual(plan.flows.map((f) => f.name).sort());
    // The flow's type, given as a list (`type: [f.type]`), arrives as ArchitectApi.getFlows sends it: one `type` parameter.
    const flowTypes = fake.requests.filter((r) => r.path === '/api/api/v2/flows').map((r) => [r.query.get('name'), r.query.getAll('type'), r.query.get('pageSize')]);
    expect(flowTypes).toEqual(expect.arrayContaining(plan.flows.map((f) => [f.name, [f.type], '25'])));
    expect(flowTypes).toHaveLength(plan.flows.length);
  });

  it('fails every check on 401 at login, without going further', async () => {
    const { report, lines } = await smoke(fakeGenesys(), { credentials: { clientId: CLIENT_ID, clientSecret: 'wrong' } });
    expect(report).toMatchObject({ passed: 0, failed: 1 });
    expect(lines[0]).toMatch(/^FAIL {2}log in with client credentials .*HTTP 401/);
  });

  it('reports a 403 with its correlation id', async () => {
    const fake = fakeGenesys((r, n) => (r.path === '/api/api/v2/integrations' ? { status: 403, body: { message: 'Missing permission integrations:integration:view' } } : n(r)));
    const { report, lines } = await smoke(fake);
    const failed = lines.filter((l) => l.startsWith('FAIL'));
    expect(failed).toHaveLength(plan.integrations.length);
    expect(failed[0]).toMatch(/integration enabled: .*HTTP 403: Missing permission integrations:integration:view; correlation id corr-\d+$/);
    expect(report.failed).toBe(plan.integrations.length);
  });

  it('fails a check when the org lacks a deployed action: not listed, or 404', async () => {
    const fake = fakeGenesys((r, n) => {
      if (r.path === '/api/api/v2/integrations/actions' && r.query.get('name')!.includes('Lookup Alpha')) return { status: 200, body: { entities: [] } };
      if (r.path.endsWith('/test') && r.body?.phoneNumber === '+32470000003') return { status: 404, body: { message: 'action not found' } };
      return n(r);
    });
    const { lines } = await smoke(fake);
    expect(lines.filter((l) => l.startsWith('FAIL') && l.includes('Lookup Gamma: a known test number is found'))).toEqual([
      expect.stringMatching(/HTTP 404: action not found; correlation id corr-\d+$/),
    ]);
    expect(lines.filter((l) => l.startsWith('FAIL') && !l.includes('Lookup Gamma'))).toEqual([
      expect.stringContaining('no data action "dev-Customer Identification - Lookup Alpha"'),
      expect.stringContaining('no data action "dev-Customer Identification - Lookup Alpha"'),
    ]);
  });

  it('redacts what servers echo: the secret, its Basic form, tokens', async () => {
    const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
    const fake = fakeGenesys((r, n) =>
      r.path === '/login/oauth/token'
        ? { status: 401, body: { error: 'invalid_client', description: `bad secret ${CLIENT_SECRET}, header Basic ${basic}, client ${CLIENT_ID}` } }
        : n(r),
    );
    const { lines, report } = await smoke(fake);
    const text = `${lines.join('\n')}\n${JSON.stringify(report)}`;
    expect(lines[0]).toMatch(/^FAIL {2}log in with client credentials .*HTTP 401/);
    for (const secret of [CLIENT_ID, CLIENT_SECRET, basic]) expect(text).not.toContain(secret);
  });

  it.each([
    ['a secret', 'secret hunter2-hunter2 here', ['hunter2-hunter2'], 'secret *** here'],
    ['a bearer token', 'Authorization: Bearer eyJhbGciOi.eyJzdWIi.sig', [], 'Authorization: *** ***'],
    ['a token field', '{"access_token":"abc123def456"}', [], '{"access_token":"***"}'],
    ['a long opaque string', `key ${'A'.repeat(40)} end`, [], 'key *** end'],
    ['a UUID, which stays', 'flow 5d1a1c3e-8a7b-4c2e-9f10-1b2c3d4e5f60', [], 'flow 5d1a1c3e-8a7b-4c2e-9f10-1b2c3d4e5f60'],
    ['line breaks and length', `a\n${'b '.repeat(400)}`, [], expect.stringMatching(/^a b b .{0,300}$/)],
  ])('redacts %s', (_case, text, secrets, expected) => {
    expect(redact(text, secrets as string[])).toEqual(expected);
  });

  it('fails a login that answers 200 with an HTML page or nothing, rather than passing it', async () => {
    for (const body of ['<html>Sign in</html>', undefined]) {
      const fake = fakeGenesys((r, n) => (r.path === '/login/oauth/token' ? { status: 200, body } : n(r)));
      const { lines, report } = await smoke(fake);
      expect(report.passed).toBe(0);
      expect(lines[0]).toMatch(/^FAIL {2}log in with client credentials .*(no access token|HTTP)/);
    }
  });

  it('fails a check answered 200 without a JSON object, even a test that must fail, rather than read it as an answer', async () => {
    const readJob = (r: { path: string }) => r.path.endsWith('/test') && decodeURIComponent(decodeURIComponent(r.path)).includes('Read Job Status');
    const fake = fakeGenesys((r, n) => (readJob(r) ? { status: 200, body: '<html>maintenance</html>' } : n(r)));
    const { lines } = await smoke(fake);
    const failed = lines.filter((l) => l.startsWith('FAIL'));
    expect(failed).toHaveLength(plan.actions.filter((a) => a.name.includes('Read Job Status')).length);
    expect(failed.every((l) => /Read Job Status: a conversation that does not exist fails cleanly .*HTTP 200 with no JSON object in its body; correlation id corr-\d+$/.test(l))).toBe(true);
  });

  it('does not wait as long as a server asks: a Retry-After over the cap fails the check', async () => {
    const fake = fakeGenesys((r, n) => (r.path === '/api/api/v2/integrations' ? { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '3600' } } : n(r)));
    const { lines, sleeps } = await smoke(fake, { maxWaitMs: 20000 });
    expect(sleeps).toEqual([]);
    expect(lines.filter((l) => l.startsWith('FAIL'))[0]).toMatch(/integration enabled: .*Retry-After 3600 s is longer than the longest wait allowed \(20 s\)/);
  });

  it('stops at the run\'s deadline: checks not started by then fail, and say why', async () => {
    let clock = 0;
    const fake = fakeGenesys((r, n) => {
      // Every answer takes a minute of (fake) time.
      clock += 60000;
      return n(r);
    });
    const { report, lines } = await smoke(fake, { deadlineMs: 150000, now: () => clock });
    expect(report.failed).toBeGreaterThan(0);
    expect(lines.some((l) => l.includes("not sent: the run's deadline has passed"))).toBe(true);
    expect(fake.requests.length).toBeLessThanOrEqual(4);
  });

  it.each([
    [['dev', '--deadline', '0'], '--deadline needs a number of seconds above 0 and at most 3600, not "0"'],
    [['dev', '--deadline', 'soon'], '--deadline needs a number of seconds'],
    [['dev', '--max-wait', '1e9'], '--max-wait needs a number of seconds above 0 and at most 300'],
    [['dev', '--max-wait'], 'not nothing'],
    [['stage-a', 'stage-b'], 'name one environment, not "stage-a" and "stage-b"'],
    [['--deep'], 'name an environment'],
    [['dev', '--verbose'], 'unknown option "--verbose"'],
  ])('refuses the command line %j, naming what is wrong', (args, message) => {
    expect(() => parseSmokeArgs(args)).toThrow(message);
  });

  it('takes the limits from the command line', () => {
    expect(parseSmokeArgs(['dev', '--json', '--deadline', '90', '--max-wait', '5'])).toEqual({ env: 'dev', deep: false, json: true, deadlineMs: 90000, maxWaitMs: 5000 });
  });

  it('retries a 429 after its Retry-After, then passes', async () => {
    let limited = 0;
    const fake = fakeGenesys((r, n) => (r.path === '/api/api/v2/flows' && limited++ === 0 ? { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '2' } } : n(r)));
    const { report, sleeps } = await smoke(fake);
    expect(report.failed).toBe(0);
    expect(sleeps).toEqual([2000]);
    expect(fake.requests.filter((r) => r.path === '/api/api/v2/flows')).toHaveLength(plan.flows.length + 1);
  });

  it('fails on a 5xx, and on a test that the action fails', async () => {
    const fake = fakeGenesys((r, n) => {
      if (r.path.endsWith('/test') && r.body?.utterance) return { status: 503, body: { message: 'upstream down' } };
      if (r.path.endsWith('/test') && r.body?.phoneNumber === '+32470000001') return { status: 200, body: { success: false, error: { message: 'HTTP 500 from Alpha', contextId: 'ctx-500' } } };
      return n(r);
    });
    const { lines } = await smoke(fake);
    const failed = lines.filter((l) => l.startsWith('FAIL'));
    expect(failed).toEqual([
      expect.stringMatching(/Recognize Intent: a known utterance gives an intent .*HTTP 503: upstream down; correlation id corr-\d+$/),
      expect.stringMatching(/Lookup Alpha: a known test number is found .*the test failed: HTTP 500 from Alpha; correlation id ctx-500$/),
    ]);
  });

  it('fails a check that gets no answer within the timeout', async () => {
    const fake = fakeGenesys((r, n) => (r.path === '/api/api/v2/integrations' ? 'hang' : n(r)));
    const { lines } = await smoke(fake, { timeoutMs: 100 });
    expect(lines.filter((l) => l.startsWith('FAIL'))[0]).toMatch(/integration enabled: .*no answer within 0\.1 s$/);
  });

  it('never prints the credentials, whatever fails', async () => {
    for (const fake of [fakeGenesys(), fakeGenesys((r, n) => (r.path === '/login/oauth/token' ? { status: 500, body: { message: 'boom' } } : n(r)))]) {
      const { report, lines } = await smoke(fake);
      const text = `${lines.join('\n')}\n${JSON.stringify(report)}`;
      expect(text).not.toContain(CLIENT_ID);
      expect(text).not.toContain(CLIENT_SECRET);
      expect(text).not.toContain(Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64'));
    }
  });

  it('checks a bot flow the org owns, naming the fix when it is missing', () => {
    const withBot = { ...SEQUENTIAL, samples: { aiIntent: { ...SEQUENTIAL.samples!.aiIntent!, captureBotFlow: 'Org Capture Bot' } } };
    const p = smokePlan('dev', [withBot]);
    expect(p.flows.find((f) => f.name === 'Org Capture Bot')).toMatchObject({ type: 'bot', orgOwned: expect.stringContaining('build and publish the bot flow "Org Capture Bot"') });
    expect(p.flows.some((f) => f.name === 'dev-AI Intent Capture')).toBe(false);
  });

  it('--deep launches each workflow with a test conversation and follows it to its end (dev only)', async () => {
    const fake = fakeGenesys();
    const { report, lines } = await smoke(fake, { deep: true });
    expect(report.failed).toBe(0);
    const launches = fake.requests.filter((r) => r.path === '/api/api/v2/flows/executions');
    expect(launches).toHaveLength(plan.workflows.length);
    expect(launches[0].body.inputData['Flow.conversationId']).toMatch(/^smoke-test-/);
    // Each workflow gets the sample inputs its own actions' smoke tests use; a number goes in as the tel: URI the
    // call flow receives, through the call flow's own expression, so the workflow gets what the call flow would send.
    expect(launches.map((l) => l.body.inputData)).toEqual([
      expect.objectContaining({ 'Flow.utterance': 'I have a question about my last bill' }),
      expect.objectContaining({ 'Flow.phoneNumber': '+32470000001' }),
    ]);
    expect(plan.workflows[1].inputs).toEqual({ phoneNumber: '+32470000001' });
    expect(lines.filter((l) => l.includes('workflow runs to its end'))).toHaveLength(plan.workflows.length);
    await expect(runSmoke('prod', { environments: FIXTURES, deep: true, credentials: { clientId: 'a', clientSecret: 'b' } })).rejects.toThrow('"prod" is marked production, so it is refused there');
  });

  it('--deep fails a launch whose answer holds no execution id, without polling for one', async () => {
    const fake = fakeGenesys((r, n) => (r.method === 'POST' && r.path === '/api/api/v2/flows/executions' ? { status: 200, body: { name: 'smoke test' } } : n(r)));
    const { lines } = await smoke(fake, { deep: true });
    const deep = lines.filter((l) => l.includes('workflow runs to its end'));
    expect(deep).toHaveLength(plan.workflows.length);
    expect(deep.every((l) => /^FAIL .*the launch answer held no execution id; correlation id corr-\d+$/.test(l))).toBe(true);
    expect(fake.requests.filter((r) => r.path.startsWith('/api/api/v2/flows/executions/'))).toEqual([]);
  });
});
