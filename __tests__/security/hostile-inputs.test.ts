import { hostileCases, hostileTable, judge } from '../../tools/security/hostile-inputs';

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
    expect(judge({ surface: 'configuration', name: 't', field: 'f', expect: 'refused', run: () => { throw new Error('something else'); } }).outcome).toBe('unclear');
    expect(hostileTable([crash])).toContain('| configuration | 1 | 0 | 0 | 0 | 0 | 1 |');
  });
});
