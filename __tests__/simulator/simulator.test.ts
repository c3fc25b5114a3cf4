import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Action, FlowModel } from '../../constructs/flows/archy/model';
import { AsyncWorkflow } from '../../constructs/patterns/async-workflow';
import { bodyFor, Simulator } from '../../simulator/engine';
import { load, summarize } from '../../simulator/metrics';
import { rng, sample } from '../../simulator/random';
import { patternFor, runCalls, runScenario } from '../../simulator/run';
import { loadScenario, Scenario } from '../../simulator/scenario';
import { rmTemp, tempDir } from '../helpers/synth';

const ROOT = path.resolve(__dirname, '..', '..');
const aiScenario = loadScenario('ai-intent');
const aiPattern = patternFor(aiScenario);

/** Every latency fixed, nothing fails: a scenario whose figures can be worked out by hand. */
const HAND: Scenario = {
  ...aiScenario,
  name: 'hand',
  propagationSeconds: 0.5,
  workflowStartSeconds: { fixed: 0.5 },
  speech: { secondsPerWord: 0.5 },
  caller: { ...aiScenario.caller, captureSeconds: { fixed: 4 } },
  platform: { latency: { fixed: 0.1 }, errorRate: 0 },
  ai: { latency: { fixed: 1 }, errorRate: 0, intents: { billing: 1 }, confidence: { fixed: 0.9 } },
};

/** A copy of a pattern whose call flow or workflow model is replaced: what a careless change would deploy. */
function withModels(pattern: AsyncWorkflow, change: { callFlow?: FlowModel; workflow?: FlowModel }): AsyncWorkflow {
  const job = Object.keys(pattern.workflows)[0];
  return {
    ...pattern,
    launches: pattern.launches,
    callFlow: change.callFlow ? ({ ...pattern.callFlow, flow: { ...pattern.callFlow.flow, model: change.callFlow } } as never) : pattern.callFlow,
    workflows: change.workflow ? { [job]: { ...pattern.workflows[job], flow: { ...pattern.workflows[job].flow, model: change.workflow } } as never } : pattern.workflows,
  } as AsyncWorkflow;
}

describe('a hand-computed call', () => {
  // capture 4 s; launch 0.1 s; the workflow starts 0.5 s later (4.6), finds the caller (4.7),
  // writes ONGOING (4.8), asks the AI (5.8) and writes SUCCESS (5.9, visible at 6.4).
  // The first message (20 words, 10 s) ends at 14.1; its check reads SUCCESS at 14.2 and transfers.
  const [call] = runCalls(new Simulator(aiPattern, HAND), 1, 7);

  it('ends in the queue of the intent at 14.2 s', () => {
    expect(call.outcome).toBe('transfer');
    expect(call.queue).toBe('dev-Billing');
    expect(call.timeToQueue).toBeCloseTo(14.2, 6);
  });

  it('has a physical limit of 14.1 s: launch at 4.1, then the first message, during which the 1.8 s workflow finished', () => {
    expect(call.launched).toBeCloseTo(4.1, 6);
    expect(call.workflowSeconds).toBeCloseTo(1.8, 6);
    expect(call.limitSeconds).toBeCloseTo(14.1, 6);
  });

  it('would take 32.1 s synchronously: 4.1 + the AI (1 s) + the whole 27 s journey (20 + 16 + 18 words)', () => {
    expect(call.journeySeconds).toBeCloseTo(27, 6);
    expect(call.syncSeconds).toBeCloseTo(32.1, 6);
  });

  it('uses 2 data actions in the call flow (launch, one check) and 4 in the workflow, 5 of them Platform API calls', () => {
    const s = summarize(HAND, [call], 1);
    expect(s.dataActionsPerCall).toEqual({ callFlow: 2, workflow: 4, total: 6 });
    expect(s.platformApiCallsPerCall).toBe(5);
    expect(s.overheadP50).toBeCloseTo(0.1, 6);
    expect(call.statuses).toEqual(['SUCCESS']);
  });

  it('draws the four lanes of the timeline from what happened', () => {
    const lanes = new Set(call.timeline!.map((e) => e.lane));
    expect([...lanes].sort()).toEqual(['callFlow', 'caller', 'participantData', 'workflow']);
    expect(call.timeline!.find((e) => e.lane === 'participantData' && e.label.includes('SUCCESS'))).toMatchObject({ start: expect.closeTo(5.9, 6) });
  });
});

describe('the simulator finds', () => {
  it('a flow change that adds a dead end', () => {
    const model = aiPattern.callFlow.flow.model;
    const actions = model.tasks[0].actions;
    // Drop the fallback after the polling loop: calls whose job has not ended by the deadline now run off the task.
    const broken: FlowModel = { ...model, tasks: [{ ...model.tasks[0], actions: actions.slice(0, actions.length - 3) }] };
    const failing: Scenario = { ...HAND, workflowStartSeconds: { fixed: 200 } };
    const results = runCalls(new Simulator(withModels(aiPattern, { callFlow: broken }), failing), 5, 1);
    expect(results.map((r) => r.outcome)).toEqual(Array(5).fill('dead-end'));
    expect(results[0].problems).toContain('the call flow ran off the end of task "Main"');
    // The deployed flow, in the same world, sends every such call to the fallback queue.
    const fine = runCalls(new Simulator(aiPattern, failing), 5, 1);
    expect(fine.map((r) => r.queue)).toEqual(Array(5).fill('dev-General'));
    expect(fine.flatMap((r) => r.problems)).toEqual([]);
  });

  it('a missing failure path', () => {
    const model = aiPattern.workflows.intent.flow.model;
    const strip = (as: readonly Action[]): Action[] =>
      as.map((a) => (a.kind === 'callData' && a.name === 'Ask the AI for the intent' ? { ...a, failure: [], timeout: [] } : a));
    const broken: FlowModel = { ...model, tasks: [{ ...model.tasks[0], actions: strip(model.tasks[0].actions) }] };
    const aiDown: Scenario = { ...HAND, ai: { ...HAND.ai!, errorRate: 1 } };
    const [r] = runCalls(new Simulator(withModels(aiPattern, { workflow: broken }), aiDown), 1, 1);
    expect(r.problems).toContain('workflow "dev-AI Intent Workflow" reported no final status (a path sets none)');
    // The caller waited for the deadline instead of going to the fallback at the next check.
    const [ok] = runCalls(new Simulator(aiPattern, aiDown), 1, 1);
    expect(ok.statuses).toEqual(['FAILED']);
    expect(ok.queue).toBe('dev-General');
    expect(r.timeToQueue - ok.timeToQueue).toBeGreaterThan(20);
  });
});

describe('the default scenarios', () => {
  const ai = runScenario(aiScenario, { calls: 300 }).summary;

  it('sample 1: async reaches the queue well before the synchronous design, close to the limit', () => {
    expect(ai.timeToQueue.sync.p50 - ai.timeToQueue.async.p50).toBeGreaterThan(5);
    expect(ai.overheadP50).toBeLessThanOrEqual(1);
    expect(ai.problems).toEqual({});
  });

  it('sample 2: parallel identification takes about as long as the fastest hit; sequential, longer', () => {
    const id = runScenario(loadScenario('customer-identification'), { calls: 200 }).summary.identification!;
    expect(id.parallel.ratioToFastestHitP50).toBeLessThanOrEqual(1.1);
    expect(id.sequential.p50).toBeGreaterThan(id.parallel.p50);
  });

  it('is deterministic for a seed, and differs for another', () => {
    const a = runScenario(aiScenario, { calls: 100, seed: 5 }).summary;
    expect(runScenario(aiScenario, { calls: 100, seed: 5 }).summary).toEqual(a);
    expect(runScenario(aiScenario, { calls: 100, seed: 6 }).summary).not.toEqual(a);
  });
});

describe('the figures', () => {
  it('peak concurrency and the busiest minute come from overlapping executions', () => {
    expect(load([{ start: 0, end: 10 }, { start: 5, end: 6 }, { start: 70, end: 71 }])).toEqual({ peakConcurrent: 2, perMinute: 2 });
  });

  it('distributions are seeded and shaped', () => {
    const r = rng(3);
    const xs = Array.from({ length: 4000 }, () => sample({ median: 6, p95: 9 }, r)).sort((a, b) => a - b);
    expect(xs[2000]).toBeGreaterThan(5.7);
    expect(xs[2000]).toBeLessThan(6.3);
    expect(xs[3800]).toBeGreaterThan(8.4);
    expect(xs[3800]).toBeLessThan(9.6);
  });

  it('responses are shaped for the JSONPaths a database is configured with', () => {
    expect(bodyFor({ '$.id': 'A1', '$.name': 'Ann' })).toEqual({ id: 'A1', name: 'Ann' });
    expect(bodyFor({ '$.customers[*].customerNumber': 'B1', '$.customers[*].fullName': 'Bo' })).toEqual({ customers: [{ customerNumber: 'B1', fullName: 'Bo' }] });
    expect(bodyFor({ '$.customers[*].customerNumber': undefined })).toEqual({ customers: [] });
  });
});

describe('npm run simulate', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [require.resolve('tsx/cli'), 'simulator/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints one JSON object of the documented shape', () => {
    const r = run(['--scenario', 'customer-identification', '--calls', '100', '--json']);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(Object.keys(o)).toEqual(
      expect.arrayContaining(['scenario', 'calls', 'timeToQueue', 'overheadP50', 'dataActionsPerCall', 'capacity', 'identification']),
    );
    expect(Object.keys(o.timeToQueue)).toEqual(['sync', 'async', 'limit']);
    expect(Object.keys(o.capacity)).toEqual(['callsPerMinute', 'peakConcurrent', 'perMinute', 'maxCallsPerMinute']);
    expect(Object.keys(o.identification)).toEqual(['sequential', 'parallel']);
  });

  it('prints a table and draws the timeline and the latency chart', () => {
    const dir = tempDir('sim-');
    try {
      const r = run(['--scenario', 'ai-intent', '--calls', '50', '--svg-dir', dir]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('async, as deployed');
      const timeline = fs.readFileSync(path.join(dir, 'ai-intent-timeline.svg'), 'utf8');
      for (const lane of ['Caller hears', 'Call flow', 'Participant data', 'Workflow']) expect(timeline).toContain(lane);
      const chart = fs.readFileSync(path.join(dir, 'ai-intent-latency.svg'), 'utf8');
      for (const line of ['synchronous', 'async (deployed)', 'physical limit']) expect(chart).toContain(line);
    } finally {
      rmTemp(dir);
    }
  });

  it('names the scenarios when given an unknown one', () => {
    expect(() => loadScenario('nope')).toThrow('there is no scenario "nope"; the scenarios are ai-intent, customer-identification');
  });
});
