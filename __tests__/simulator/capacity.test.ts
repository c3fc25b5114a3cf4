import { Aspects, TerraformStack, Testing } from 'cdktf';
import { BURST_TOLERANCE, combinedHeadroom, concurrencyBursts, DEFAULT_LIMITS, erlangB, headroomAt, PerCall, planCapacity } from '../../constructs/capacity/limits';
import { CapacityWithinLimits } from '../../constructs/guardrails/capacity-within-limits';
import { ConcurrencyBurstsWithinLimit } from '../../constructs/guardrails/concurrency-bursts';
import { violationsOf } from '../../constructs/guardrails';
import { runSynth } from '../../stacks/app';
import { runScenario } from '../../simulator/run';
import { loadScenario } from '../../simulator/scenario';
import { rmTemp, tempDir } from '../helpers/synth';
import { memoryApp } from '../../stacks/memory-app';
import { SEQUENTIAL } from '../fixtures/environments';
import * as fs from 'fs';
import * as path from 'path';
import { loadEnvironments } from '../../config';
import { keyOf, perCallFor } from '../../stacks/capacity';
import { DiskCache } from '../../constructs/cache';
import { EnvironmentStack } from '../../stacks/environment-stack';

/** Sample 1 as the simulator measures it, roughly: launch and one read on the Platform API, a 6 s AI. */
const SAMPLE1: PerCall = { dataActions: 3, dataActionSeconds: 6.5, platformRequests: 2, launches: 1, jobDataActions: 1, jobDataActionSeconds: 6.2 };

describe('the capacity plan', () => {
  const plan = planCapacity(SAMPLE1);

  it('gives each limit the call rate it allows, and names the one that binds first', () => {
    expect(plan.limits.map((l) => [l.limit, l.maxCallsPerMinute])).toEqual([
      ['data action concurrency', 461],
      ['data actions per minute', 833],
      ['Platform API requests per minute (pooled)', 450],
      ['workflow launches per minute', 6000],
    ]);
    expect(plan.binding.limit).toBe('Platform API requests per minute (pooled)');
    expect(plan.jobOnlyMaxCallsPerMinute).toBe(483);
  });

  it('reports the strict per-token assumption, and what it would take to lift it', () => {
    expect(plan.strict.binding).toMatchObject({ limit: 'Platform API requests per minute (strict, one token)', maxCallsPerMinute: 150 });
    expect(plan.strict.toLift).toContain('reaching 450 calls a minute takes 900 a minute (3 tokens');
  });

  it('gives the headroom at a rate, and adds up patterns that share the org', () => {
    const at = headroomAt(300, SAMPLE1);
    expect(at.find((h) => h.limit === 'Platform API requests per minute (pooled)')).toMatchObject({ use: 600, value: 900, headroom: expect.closeTo(1 / 3, 6) });
    const both = combinedHeadroom([{ name: 'a', callsPerMinute: 300, perCall: SAMPLE1 }, { name: 'b', callsPerMinute: 200, perCall: SAMPLE1 }]);
    expect(both.find((h) => h.limit === 'Platform API requests per minute (pooled)')).toMatchObject({ use: 1000, headroom: expect.closeTo(-1 / 9, 6) });
    expect(DEFAULT_LIMITS.clientRequestsPerMinute).toEqual({ strict: 300, pooled: 900 });
  });
});

describe('the capacity guardrail', () => {
  const stackWith = (rule: CapacityWithinLimits) => {
    const stack = new TerraformStack(memoryApp(), 'cap');
    Aspects.of(stack).add(rule);
    Testing.synth(stack);
    return violationsOf(stack);
  };

  it('lets a rate within every limit through', () => {
    expect(stackWith(new CapacityWithinLimits(() => [{ name: 'aiIntent', callsPerMinute: 300, perCall: SAMPLE1 }], true))).toEqual([]);
  });

  it('warns outside production, naming the limit, the rate and the headroom', () => {
    const [v] = stackWith(new CapacityWithinLimits(() => [{ name: 'aiIntent', callsPerMinute: 500, perCall: SAMPLE1 }], false)).filter((x) => x.problem.includes('Platform API'));
    expect(v).toMatchObject({ rule: 'capacity-within-limits', level: 'warning' });
    expect(v.problem).toBe('at 500 calls/min through aiIntent, Platform API requests per minute (pooled) would reach 1,000 against a limit of 900 (headroom -11 %)');
  });

  it('refuses in production', () => {
    const vs = stackWith(new CapacityWithinLimits(() => [{ name: 'aiIntent', callsPerMinute: 500, perCall: SAMPLE1 }], true));
    expect(vs.length).toBeGreaterThan(0);
    expect(vs.every((v) => v.level === 'error')).toBe(true);
  });

  it('runs at synth with the flows as deployed: a warning goes through, a production environment is refused', () => {
    const dir = tempDir('cap-');
    const lines: string[] = [];
    const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
    try {
      const busy = { ...SEQUENTIAL, peakCallsPerMinute: { aiIntent: 2000 } };
      expect(runSynth([busy], `${dir}/out`, out)).toBe(0);
      expect(lines.some((l) => l.startsWith('warning: [capacity-within-limits] dev: at 2000 calls/min through aiIntent, '))).toBe(true);
      lines.length = 0;
      expect(runSynth([{ ...busy, production: true }], `${dir}/out2`, out)).toBe(1);
      expect(lines.join('\n')).toContain('Guardrails refused');
      lines.length = 0;
      expect(runSynth([{ ...SEQUENTIAL, production: true, peakCallsPerMinute: { aiIntent: 100 } }], `${dir}/out3`, out)).toBe(0);
      expect(lines.filter((l) => l.startsWith('warning'))).toEqual([]);
    } finally {
      rmTemp(dir);
    }
  });
});

describe('bursts: data action concurrency under random arrivals', () => {
  it("Erlang's loss formula gives the refused share: textbook values, none without load, more with more", () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    expect(erlangB(50, 0)).toBe(0);
    const shares = [20, 30, 40, 50, 60].map((a) => erlangB(50, a));
    expect([...shares].sort((x, y) => x - y)).toEqual(shares);
  });

  it('finds the largest average within the tolerance, and the share refused at the demands\' average', () => {
    const b = concurrencyBursts([{ name: 'aiIntent', callsPerMinute: 350, perCall: SAMPLE1 }]);
    expect(b.average).toBeCloseTo((350 / 60) * 6.5, 9);
    expect(b.refused).toBeCloseTo(erlangB(50, b.average), 12);
    expect(erlangB(50, b.safeAverage)).toBeLessThanOrEqual(BURST_TOLERANCE);
    expect(erlangB(50, b.safeAverage + 0.01)).toBeGreaterThan(BURST_TOLERANCE);
  });

  it("is never kinder than the simulator's call-by-call throttle, and agrees with it", () => {
    // Sample 1 at rates past its concurrency limit's safe average: the formula from the average use of an unthrottled call, the simulator from calls.
    const seconds = runScenario(loadScenario('ai-intent'), { calls: 600 }).summary.capacity.perCall.dataActionSeconds;
    for (const rate of [400, 600]) {
      const { summary } = runScenario({ ...loadScenario('ai-intent'), callsPerMinute: rate }, { calls: 600 });
      const simulated = summary.throttled.dataActions;
      const formula = erlangB(DEFAULT_LIMITS.dataActionConcurrency, (rate / 60) * seconds);
      expect(simulated).toBeGreaterThan(0);
      expect(formula).toBeGreaterThanOrEqual(simulated);
      expect(formula).toBeLessThan(simulated * 2.5);
    }
  });
});

describe('the concurrency-bursts guardrail', () => {
  const stackWith = (production: boolean, callsPerMinute: number) => {
    const stack = new TerraformStack(memoryApp(), 'burst');
    Aspects.of(stack).add(new ConcurrencyBurstsWithinLimit(() => [{ name: 'aiIntent', callsPerMinute, perCall: SAMPLE1 }], production));
    Testing.synth(stack);
    return violationsOf(stack);
  };

  it('lets a peak through whose bursts rarely fill the limit', () => {
    // 300 calls/min: 32.5 at once on average, 0.09 % refused.
    expect(stackWith(true, 300)).toEqual([]);
  });

  it('warns when bursts would refuse more than one data action in a thousand, naming the share and a safe average', () => {
    const [v] = stackWith(false, 350);
    expect(v).toMatchObject({ rule: 'concurrency-bursts', level: 'warning' });
    expect(v.problem).toBe(
      'at 350 calls/min through aiIntent, 37.9 data actions run at once on average against a limit of 50: with calls arriving at random, about 1.0 % of data actions would find the limit full and be refused (HTTP 429), taking their failure paths',
    );
    expect(v.fix).toMatch(/^keep the average at or below 32\.\d+ \(peaks about 14 % lower\)/);
  });

  it('refuses a production environment from one in a hundred, and only warns it below', () => {
    expect(stackWith(true, 400).map((v) => v.level)).toEqual(['error']);
    expect(stackWith(true, 340).map((v) => v.level)).toEqual(['warning']);
  });

  it('leaves an average past the limit to capacity-within-limits', () => {
    expect(stackWith(true, 1000)).toEqual([]);
  });

  it('runs at synth with the flows as deployed (the shipped environments give no warning: app.test.ts)', () => {
    const dir = tempDir('burst-');
    const lines: string[] = [];
    const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
    try {
      expect(runSynth([{ ...SEQUENTIAL, peakCallsPerMinute: { aiIntent: 350 } }], `${dir}/out`, out)).toBe(0);
      expect(lines.filter((l) => l.startsWith('warning: [concurrency-bursts] dev: at 350 calls/min through aiIntent, '))).toHaveLength(1);
    } finally {
      rmTemp(dir);
    }
  });
});

describe('the capacity measurement, kept between runs', () => {
  /** Sample 1's pattern, built from the fixture with `change` applied to its settings. */
  const pattern = (change: Record<string, unknown> = {}) => {
    const [config] = loadEnvironments([{ ...SEQUENTIAL, samples: { ...SEQUENTIAL.samples, aiIntent: { ...SEQUENTIAL.samples!.aiIntent!, ...change } } }]);
    return new EnvironmentStack(memoryApp(), { config }).aiIntent!.pattern;
  };
  const base = pattern();
  const changed = pattern({ deadlineSeconds: 20 });
  /** The measurement, taken once with no cache. */
  const fresh = perCallFor('aiIntent', base, { cache: new DiskCache('capacity', false) });
  let dir: string;
  beforeEach(() => (dir = tempDir('capacity-cache-')));
  afterEach(() => rmTemp(dir));
  const cache = () => new DiskCache('capacity', dir);
  const entries = () => (fs.existsSync(path.join(dir, 'capacity')) ? fs.readdirSync(path.join(dir, 'capacity')) : []);
  const entry = (f: string) => path.join(dir, 'capacity', f);

  it('keeps what it measured, and reads it back instead of measuring again', () => {
    expect(perCallFor('aiIntent', base, { cache: cache() })).toEqual(fresh);
    expect(entries()).toHaveLength(1);
    // A valid entry is taken as it is: what the next synth reads is what the file says.
    fs.writeFileSync(entry(entries()[0]), JSON.stringify({ ...fresh, dataActions: 99 }));
    expect(perCallFor('aiIntent', base, { cache: cache() }).dataActions).toBe(99);
  });

  it('measures again when the flows change, and when an entry is not a measurement', () => {
    perCallFor('aiIntent', base, { cache: cache() });
    perCallFor('aiIntent', changed, { cache: cache() });
    expect(entries()).toHaveLength(2);
    for (const bad of ['{', 'null', '{"dataActions":"3"}', JSON.stringify({ ...fresh, launches: null })]) {
      for (const f of entries()) fs.writeFileSync(entry(f), bad);
      expect(perCallFor('aiIntent', base, { cache: cache() })).toEqual(fresh);
      // The unreadable entry was replaced by the measurement.
      expect(entries().map((f) => fs.readFileSync(entry(f), 'utf8'))).toContain(`${JSON.stringify(fresh)}\n`);
    }
  });

  it('keys on what the measurement depends on, not on Terraform token numbers', () => {
    // Built again in the same process, every token has another number: the key stays.
    expect(keyOf('aiIntent', pattern())).toBe(keyOf('aiIntent', base));
    expect(keyOf('aiIntent', changed)).not.toBe(keyOf('aiIntent', base));
  });

  it('keeps nothing when the cache is off, and goes on when the directory cannot be written', () => {
    expect(perCallFor('aiIntent', base, { cache: new DiskCache('capacity', false) })).toEqual(fresh);
    expect(entries()).toEqual([]);
    const notADirectory = path.join(dir, 'file');
    fs.writeFileSync(notADirectory, '');
    expect(perCallFor('aiIntent', base, { cache: new DiskCache('capacity', notADirectory) })).toEqual(fresh);
  });
});

describe('what a call costs the org, with the default scenarios', () => {
  const ai = runScenario(loadScenario('ai-intent'), { calls: 300 }).summary;
  const id = runScenario(loadScenario('customer-identification'), { calls: 300 }).summary;

  it('sample 1: at most 4 data actions (launch, AI, at most 2 reads) and 3 Platform API calls a call', () => {
    expect(ai.dataActionsPerCall.total).toBeLessThanOrEqual(4);
    expect(ai.platformApiCallsPerCall).toBeLessThanOrEqual(3);
  });

  it('sample 2: at most 3 + the databases asked (sequential), 2 + 2 per database (parallel)', () => {
    const asked = id.capacity.perCall.jobDataActions;
    expect(id.dataActionsPerCall.total).toBeLessThanOrEqual(3 + asked);
    expect(id.identification!.parallel.dataActionsPerCall).toBeLessThanOrEqual(2 + 2 * 3);
  });

  it('both: within every limit (pooled), at least 400 calls a minute and 80 % of what the job alone allows', () => {
    for (const s of [ai, id]) {
      expect(s.capacity.maxCallsPerMinute).toBeGreaterThanOrEqual(400);
      expect(s.capacity.maxCallsPerMinute).toBeGreaterThanOrEqual(0.8 * s.capacity.plan.jobOnlyMaxCallsPerMinute);
    }
  });

  it('both: the async overhead over the physical limit stays within 1 s at p50', () => {
    expect(ai.overheadP50).toBeLessThanOrEqual(1);
    expect(id.overheadP50).toBeLessThanOrEqual(1);
  });
});
