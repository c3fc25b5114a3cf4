import * as fs from 'fs';
import * as path from 'path';
import { and, Call, dec, eq, int, isNotSetOrEmpty, lt, or, ref, str, toAudioBlank } from '../../constructs/flows/archy/expressions';
import { Action, FlowModel, variable } from '../../constructs/flows/archy/model';
import { AsyncWorkflow } from '../../constructs/patterns/async-workflow';
import { bodyFor, CallResult, Simulator } from '../../simulator/engine';
import { WITHHELD_ANIS } from '../../simulator/platform';
import { Admission, admit, isThrottling, NO_THROTTLE } from '../../simulator/throttle';
import { DEFAULT_LIMITS } from '../../constructs/capacity/limits';
import { holdSecondsOf, load, summarize } from '../../simulator/metrics';
import { rng, sample } from '../../simulator/random';
import { capacityLines, parseSimulateArgs, simulateCli } from '../../simulator/cli';
import { patternFor, runCalls, runScenario } from '../../simulator/run';
import { limitsOf, loadScenario, Scenario, scenarioNames } from '../../simulator/scenario';
import { environmentStack } from '../helpers/flows-stack';
import { rmTemp, tempDir } from '../helpers/synth';
import { SEQUENTIAL } from '../fixtures/environments';

const aiScenario = loadScenario('ai-intent');
const idScenario = loadScenario('customer-identification');
const aiPattern = patternFor(aiScenario);
const idPattern = patternFor(idScenario, 'sequential');
const parallelPattern = patternFor(idScenario, 'parallel');

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
const ID_HAND: Scenario = { ...idScenario, name: 'id-hand', workflowStartSeconds: { fixed: 0.3 }, platform: { latency: { fixed: 0.05 }, errorRate: 0 } };

/** Replaces actions anywhere in a list, depth first; an action nothing changed stays the same object (the simulator knows some by identity). */
function mapActions(actions: readonly Action[], f: (a: Action) => Action | readonly Action[]): Action[] {
  return actions.flatMap((a0) => {
    let a = a0 as any;
    for (const k of ['success', 'failure', 'timeout', 'yes', 'no', 'body']) {
      if (!Array.isArray(a[k])) continue;
      const mapped = mapActions(a[k], f);
      if (mapped.length !== a[k].length || mapped.some((m, i) => m !== a[k][i])) a = { ...a, [k]: mapped };
    }
    return f(a as Action);
  });
}

/** A copy of a pattern whose call flow or workflows run another model: what a careless change (or the old code) would deploy. */
function withModels(pattern: AsyncWorkflow, change: { callFlow?: (m: FlowModel) => FlowModel; workflow?: (m: FlowModel) => FlowModel }): AsyncWorkflow {
  const callFlow = pattern.callFlow;
  return {
    ...pattern,
    launches: pattern.launches,
    protocols: pattern.protocols,
    callFlow: change.callFlow
      ? ({ journey: callFlow.journey, holdStart: callFlow.holdStart, routingAttribute: callFlow.routingAttribute, deadlineSeconds: callFlow.deadlineSeconds, flow: { model: change.callFlow(callFlow.flow.model) } } as never)
      : callFlow,
    workflows: change.workflow
      ? Object.fromEntries(Object.entries(pattern.workflows).map(([k, w]) => [k, { ...w, flow: { ...w.flow, model: change.workflow!(w.flow.model) } } as never]))
      : pattern.workflows,
  } as AsyncWorkflow;
}
/** A copy of a model with `f` applied to the actions of every task (the call flow routes in a task of its own). */
const onTask = (m: FlowModel, f: (a: Action) => Action | readonly Action[]): FlowModel => ({ ...m, tasks: m.tasks.map((t) => ({ ...t, actions: mapActions(t.actions, f) })) });

describe('a hand-computed call', () => {
  // capture 4 s; launch 0.1 s; the workflow starts 0.5 s later (4.6), writes ONGOING (4.7), asks the AI (5.7)
  // and writes SUCCESS (5.8, visible at 6.3). The first message (20 words, 10 s) ends at 14.1; its check reads SUCCESS at 14.2.
  const [call] = runCalls(new Simulator(aiPattern, HAND), 1, 7);

  it('ends in the queue of the intent at 14.2 s, noted as a job result', () => {
    expect(call.outcome).toBe('transfer');
    expect(call.queue).toBe('dev-Billing');
    expect(call.routing).toBe('job-result');
    expect(call.timeToQueue).toBeCloseTo(14.2, 6);
    expect(call.holdStartedAt).toBeUndefined();
  });

  it('has a physical limit of 14.1 s: launch at 4.1, then the first message, during which the 1.7 s workflow finished', () => {
    expect(call.launched).toBeCloseTo(4.1, 6);
    expect(call.workflowSeconds).toBeCloseTo(1.7, 6);
    expect(call.limitSeconds).toBeCloseTo(14.1, 6);
  });

  it('would take 32.1 s synchronously: 4.1 + the AI (1 s) + the whole 27 s journey (20 + 16 + 18 words)', () => {
    expect(call.journeySeconds).toBeCloseTo(27, 6);
    expect(call.syncSeconds).toBeCloseTo(32.1, 6);
  });

  it('uses 2 data actions in the call flow (launch, one check) and 1 in the workflow, 2 of them Platform API calls', () => {
    const s = summarize(HAND, [call], 1, 30);
    expect(s.dataActionsPerCall).toEqual({ callFlow: 2, workflow: 1, total: 3 });
    expect(s.platformApiCallsPerCall).toBe(2);
    expect(s.overheadP50).toBeCloseTo(0.1, 6);
    expect(call.statuses).toEqual(['SUCCESS']);
  });

  it('draws the four lanes of the timeline from what happened', () => {
    const lanes = new Set(call.timeline!.map((e) => e.lane));
    expect([...lanes].sort()).toEqual(['callFlow', 'caller', 'participantData', 'workflow']);
    expect(call.timeline!.find((e) => e.lane === 'participantData' && e.label.includes('aiIntent_status=SUCCESS'))).toMatchObject({ start: expect.closeTo(5.8, 6) });
  });

  it('depends on participant data reaching the reader: a slower propagation misses the first check', () => {
    const [late] = runCalls(new Simulator(aiPattern, { ...HAND, propagationSeconds: 9 }), 1, 7);
    expect(late.timeToQueue).toBeGreaterThan(call.timeToQueue + 5);
    expect(late.queue).toBe('dev-Billing');
  });
});

/**
 * Each fact the org holds, modelled: the test plants the defect the flows
 * had before (or would have without the fact) and shows the simulator
 * catching it, then shows the deployed flows getting it right.
 */
describe('the simulator is as strict as the org', () => {
  it('Call.Ani is a tel: URI: sending it raw finds nobody, the E.164 form finds the caller', () => {
    const raw = withModels(idPattern, {
      callFlow: (m) => onTask(m, (a) => (a.kind === 'callData' && a.name.startsWith('Launch') ? { ...a, inputs: { ...a.inputs, phoneNumber: Call.ani } } : a)),
    });
    const known: Scenario = { ...ID_HAND, databases: Object.fromEntries(Object.entries(ID_HAND.databases!).map(([k, v]) => [k, { ...v, hitRate: k === 'Beta' ? 1 : 0, errorRate: 0 }])) };
    const planted = runCalls(new Simulator(raw, known), 20, 1);
    expect(planted.flatMap((r) => r.statuses)).not.toContain('SUCCESS');
    const deployed = runCalls(new Simulator(idPattern, known), 20, 1);
    expect(deployed.map((r) => r.queue)).toEqual(Array(20).fill('dev-Beta Customers'));
  });

  it('withheld, anonymous and SIP callers skip identification and reach the fallback queue at once', () => {
    const rs = runCalls(new Simulator(idPattern, { ...ID_HAND, caller: { ...ID_HAND.caller, withheldRate: 1 } }), 30, 1);
    expect(rs.map((r) => r.routing)).toEqual(Array(30).fill('no-input'));
    expect(rs.every((r) => r.queue === 'dev-General' && r.executions.length === 0)).toBe(true);
    expect(rs.flatMap((r) => r.problems)).toEqual([]);
  });

  it('no withheld, anonymous or SIP form of Call.Ani has an E.164 number: each reaches the fallback queue unlaunched, and the scenarios draw from all of them', () => {
    // Forms a carrier or a SIP trunk may hand over for a caller without a usable number; the simulator draws from at least these.
    const FORMS = [undefined, '', 'tel:anonymous', 'tel:Anonymous', 'tel:unknown', 'tel:restricted', 'tel:private', 'tel:+', 'tel:+0470123456', 'tel:+3247', 'sip:anonymous@anonymous.invalid', 'sip:+32470123456@pbx.example.com', 'sips:+32470123456@pbx.example.com', 'tel:0470123456'];
    expect(WITHHELD_ANIS).toEqual(expect.arrayContaining(FORMS));
    const deployed = new Simulator(idPattern, ID_HAND);
    for (const form of FORMS) {
      const r = deployed.run(rng(1), { withheldAni: form });
      expect([form, r.routing, r.queue, r.executions.length, r.problems]).toEqual([form, 'no-input', 'dev-General', 0, []]);
    }
    // A real number is launched for, and found.
    expect(deployed.run(rng(1), { withheldAni: 'tel:+32470123456' }).routing).not.toBe('no-input');
    // Planted: without the E.164 guard, a set but unusable Call.Ani launches with the phone number NOT_SET, which the launch refuses.
    const unguarded = withModels(idPattern, {
      callFlow: (m) => onTask(m, (a) => (a.kind === 'decision' && a.name.startsWith('Input 2 there') ? a.yes : a)),
    });
    const planted = new Simulator(unguarded, ID_HAND);
    for (const form of FORMS.filter((f) => f)) expect([form, planted.run(rng(1), { withheldAni: form }).routing]).toEqual([form, 'launch-failed']);
  });

  it('status reads fail or are slow on their own: with every read failing, or slower than its timeout, no caller is routed by the result, and every one reaches a queue by the clock', () => {
    for (const platform of [{ ...HAND.platform, readErrorRate: 1 }, { ...HAND.platform, readLatency: { fixed: 60 } }]) {
      const faulty: Scenario = { ...HAND, platform };
      const simulator = new Simulator(aiPattern, faulty);
      const rs = runCalls(simulator, 20, 1);
      expect(rs.map((r) => r.routing)).toEqual(Array(20).fill('deadline'));
      // The launches and the workflows did their work: only the reads failed.
      expect(rs.flatMap((r) => r.statuses)).toEqual(Array(20).fill('SUCCESS'));
      expect(summarize(faulty, rs, 1, simulator.deadlineSeconds).hold.inQueueWithinDeadline).toBe(1);
    }
  });

  it('a status read answers with the data as of its request: a write that lands while the read is under way waits for the next read', () => {
    // capture 4 s; launch 0.1 s; the workflow starts at 4.6, asks the AI (9.5 s) at 4.7 and writes SUCCESS 14.2 -> 14.3, visible at once.
    // The first check is sent at 14.1 and answers at 15.1: sent before the write, it sees ONGOING; the next check, at 23.1, routes at 24.1.
    const late: Scenario = { ...HAND, propagationSeconds: 0, platform: { ...HAND.platform, readLatency: { fixed: 1 } }, ai: { ...HAND.ai!, latency: { fixed: 9.5 } } };
    const [call] = runCalls(new Simulator(aiPattern, late), 1, 7);
    const reads = call.executions.filter((e) => e.purpose === 'read').map((e) => [e.start, e.end]);
    expect(reads[0][0]).toBeCloseTo(14.1, 6);
    expect(reads[0][1]).toBeCloseTo(15.1, 6);
    expect([call.routing, call.queue]).toEqual(['job-result', 'dev-Billing']);
    expect(call.timeToQueue).toBeCloseTo(24.1, 6);
  });

  it('NOT_SET reaching `<` invokes the error handling: "confidence": null broke the old test of the confidence', () => {
    const nulls: Scenario = { ...HAND, ai: { ...HAND.ai!, nullConfidenceRate: 1 } };
    const oldJudge = withModels(aiPattern, {
      workflow: (m) =>
        onTask(m, (a) =>
          a.kind === 'decision' && a.name === 'No intent?'
            ? {
                ...a,
                condition: or(isNotSetOrEmpty(ref('State.aiIntent', 'string')), lt(ref('State.aiConfidence', 'decimal'), dec(0.5))),
                // The old flow went straight to SUCCESS when the test failed.
                no: ((a.no[0] as Extract<Action, { kind: 'decision' }>).no[0] as Extract<Action, { kind: 'decision' }>).no,
              }
            : a,
        ),
    });
    const [planted] = runCalls(new Simulator(oldJudge, nulls), 1, 1);
    expect(planted.problems.join()).toContain('ended in its error handling: decision "No intent?": NOT_SET reached operand 1 of "lt"');
    expect(planted.statuses).toEqual(['(none)']);
    const [deployed] = runCalls(new Simulator(aiPattern, nulls), 1, 1);
    expect(deployed.problems).toEqual([]);
    expect(deployed.statuses).toEqual(['NOT_FOUND']);
  });

  it('the call flow\'s error handling sends the caller to the fallback queue, where the old one hung up', () => {
    const broken = (handling: FlowModel['errorHandling']) =>
      withModels(aiPattern, {
        callFlow: (m) => ({
          ...m,
          errorHandling: handling,
          tasks: [{ ...m.tasks[0], actions: [{ kind: 'decision', name: 'Compare nothing', condition: lt(ref('Task.pollIndex', 'integer'), int(1)), yes: [], no: [] }, ...m.tasks[0].actions] }, ...m.tasks.slice(1)],
        }),
      });
    const [queued] = runCalls(new Simulator(broken(aiPattern.callFlow.flow.model.errorHandling), HAND), 1, 1);
    expect([queued.outcome, queued.queue, queued.routing]).toEqual(['transfer', 'dev-General', 'error handling']);
    expect(queued.problems.join()).toContain("the call flow's error handling ran");
    const [hungUp] = runCalls(new Simulator(broken({ kind: 'disconnect' }), HAND), 1, 1);
    expect(hungUp.outcome).toBe('disconnect');
  });

  it('a decision on a NOT_SET boolean takes neither branch: it invokes the error handling', () => {
    const flag = variable('Task.neverSet', 'boolean');
    const unset = withModels(aiPattern, {
      callFlow: (m) => ({
        ...m,
        tasks: [
          { ...m.tasks[0], variables: [...(m.tasks[0].variables ?? []), flag], actions: [{ kind: 'decision', name: 'Unset flag?', condition: ref('Task.neverSet', 'boolean'), yes: [], no: [] }, ...m.tasks[0].actions] },
          ...m.tasks.slice(1),
        ],
      }),
    });
    const [r] = runCalls(new Simulator(unset, HAND), 1, 1);
    expect([r.outcome, r.routing]).toEqual(['transfer', 'error handling']);
    expect(r.problems.join()).toContain('decision "Unset flag?": its condition is NOT_SET');
  });

  it('a status write can fail like any Platform API call: the fault is reported, and callers still reach a queue in time', () => {
    const flaky: Scenario = { ...HAND, platform: { ...HAND.platform, errorRate: 0.3 } };
    const simulator = new Simulator(aiPattern, flaky);
    const summary = summarize(flaky, runCalls(simulator, 60, 3), 3, simulator.deadlineSeconds);
    expect(Object.keys(summary.faults).some((f) => /^workflow: /.test(f))).toBe(true);
    expect(summary.hold.inQueueWithinDeadline).toBe(1);
  });

  it('null inputs are dropped: launching with nothing captured fails the launch, so the deployed flow does not launch', () => {
    const silent: Scenario = { ...HAND, caller: { ...HAND.caller, noUtteranceRate: 1 } };
    const unguarded = withModels(aiPattern, {
      callFlow: (m) => onTask(m, (a) => (a.kind === 'decision' && a.name.startsWith('Input 1 there') ? a.yes : a)),
    });
    const [planted] = runCalls(new Simulator(unguarded, silent), 1, 1);
    expect(planted.routing).toBe('launch-failed');
    expect(planted.executions.map((e) => e.action)).toEqual(['dev-AI Intent - Launch Workflow']);
    const [deployed] = runCalls(new Simulator(aiPattern, silent), 1, 1);
    expect([deployed.routing, deployed.queue, deployed.executions.length]).toEqual(['no-input', 'dev-General', 0]);
  });

  it('a read\'s latency counts against the deadline: a loop count held callers far past it, the clock does not', () => {
    const slow: Scenario = { ...loadScenario('fault-platform-slow'), ai: { ...HAND.ai!, latency: { fixed: 200 } } };
    const countOnly = withModels(aiPattern, {
      callFlow: (m) =>
        onTask(m, (a) => {
          if (a.kind !== 'loop') return a;
          const check = a.body.find((b) => b.kind === 'callData')!;
          return { ...a, count: 10, body: [check, { kind: 'playAudio', name: 'Hold', audio: { exp: toAudioBlank(3000) } }] };
        }),
    });
    const planted = runCalls(new Simulator(countOnly, slow), 40, 1);
    expect(Math.max(...planted.map(holdSecondsOf))).toBeGreaterThan(31);
    const deployed = runCalls(new Simulator(aiPattern, slow), 40, 1);
    expect(Math.max(...deployed.map(holdSecondsOf))).toBeLessThanOrEqual(31);
    expect(deployed.every((r) => r.queue === 'dev-General')).toBe(true);
  });

  it('a database answering 404 for a miss: a miss when configured (Gamma), a failure when not', () => {
    const all404: Scenario = {
      ...ID_HAND,
      databases: Object.fromEntries(Object.entries(ID_HAND.databases!).map(([k, v]) => [k, { ...v, hitRate: 0, errorRate: 0, missStatus: 404 }])),
    };
    const [configured] = runCalls(new Simulator(idPattern, all404), 1, 1);
    expect(configured.statuses).toEqual(['NOT_FOUND']);
    const unconfigured = environmentStack({
      ...SEQUENTIAL,
      samples: { customerIdentification: { ...SEQUENTIAL.samples!.customerIdentification!, databases: SEQUENTIAL.samples!.customerIdentification!.databases.map(({ notFoundStatus: _n, ...d }) => d) } },
    }).stack.customerIdentification!.pattern;
    const [failed] = runCalls(new Simulator(unconfigured, all404), 1, 1);
    expect(failed.statuses).toEqual(['FAILED']);
  });

  it('sequential identification moves on past a database that is down, and still finds the caller', () => {
    const scenario: Scenario = {
      ...ID_HAND,
      databases: Object.fromEntries(Object.entries(ID_HAND.databases!).map(([k, v]) => [k, { ...v, hitRate: k === 'Gamma' ? 1 : 0, errorRate: k === 'Alpha' ? 1 : 0 }])),
    };
    const rs = runCalls(new Simulator(idPattern, scenario), 10, 1);
    expect(rs.map((r) => r.queue)).toEqual(Array(10).fill('dev-Gamma Customers'));
    const everyDown = runCalls(new Simulator(idPattern, { ...scenario, databases: Object.fromEntries(Object.entries(scenario.databases!).map(([k, v]) => [k, { ...v, errorRate: 1 }])) }), 1, 1);
    expect(everyDown[0].statuses).toEqual(['FAILED']);
  });

  it('parallel identification: a job that did not launch counts as ended, so callers are not held to the deadline', () => {
    const scenario: Scenario = { ...ID_HAND, databases: Object.fromEntries(Object.entries(ID_HAND.databases!).map(([k, v]) => [k, { ...v, hitRate: 0, errorRate: 0 }])), platform: { ...ID_HAND.platform, launchErrorRate: 0.5 } };
    const statusOnly = withModels(parallelPattern, {
      callFlow: (m) =>
        onTask(m, (a) =>
          a.kind === 'decision' && a.name.startsWith('Job done?')
            ? {
                ...a,
                // The old test of "every job ended": by the status only, so a job that never launched never ended.
                condition: or(
                  ...['Alpha', 'Beta', 'Gamma'].map((d) => eq(ref(`Flow.custId_${d}_status`, 'string'), str('SUCCESS'))),
                  and(...['Alpha', 'Beta', 'Gamma'].map((d) => or(eq(ref(`Flow.custId_${d}_status`, 'string'), str('NOT_FOUND')), eq(ref(`Flow.custId_${d}_status`, 'string'), str('FAILED'))))),
                ),
              }
            : a,
        ),
    });
    const held = (rs: CallResult[]) => rs.filter((r) => r.routing !== 'launch-failed').map(holdSecondsOf);
    const planted = held(runCalls(new Simulator(statusOnly, scenario), 40, 1));
    const deployed = held(runCalls(new Simulator(parallelPattern, scenario), 40, 1));
    expect(Math.max(...planted)).toBeGreaterThanOrEqual(19);
    expect(Math.max(...deployed)).toBeLessThan(10);
  });

  it('finds a flow change that adds a dead end', () => {
    const failing: Scenario = { ...HAND, workflowStartSeconds: { fixed: 200 } };
    // Drop the fallback at the deadline, in the hold loop and after it.
    const broken = withModels(aiPattern, {
      callFlow: (m) => {
        const cut = onTask(m, (a) => (a.kind === 'decision' && a.name === 'Too late for another check?' ? { ...a, yes: a.yes.slice(0, 2) } : a));
        return { ...cut, tasks: [{ ...cut.tasks[0], actions: cut.tasks[0].actions.slice(0, -3) }, ...cut.tasks.slice(1)] };
      },
    });
    const results = runCalls(new Simulator(broken, failing), 5, 1);
    expect(results.map((r) => r.outcome)).toEqual(Array(5).fill('dead-end'));
    expect(results[0].problems).toContain('the call flow ran off the end of task "Main"');
    const fine = runCalls(new Simulator(aiPattern, failing), 5, 1);
    expect(fine.map((r) => r.queue)).toEqual(Array(5).fill('dev-General'));
    expect(fine.flatMap((r) => r.problems)).toEqual([]);
  });

  it('finds a job path that sets no status', () => {
    const aiDown: Scenario = { ...HAND, ai: { ...HAND.ai!, errorRate: 1 } };
    const noFailurePath = withModels(aiPattern, { workflow: (m) => onTask(m, (a) => (a.kind === 'callData' && a.name === 'Ask the AI for the intent' ? { ...a, failure: [], timeout: [] } : a)) });
    const [r] = runCalls(new Simulator(noFailurePath, aiDown), 1, 1);
    expect(r.problems.join()).toContain('workflow "dev-AI Intent Workflow" ended in its error handling: action "Write the result": attribute aiIntent_status is NOT_SET');
    const [ok] = runCalls(new Simulator(aiPattern, aiDown), 1, 1);
    expect(ok.statuses).toEqual(['FAILED']);
    expect(ok.queue).toBe('dev-General');
    expect(r.timeToQueue - ok.timeToQueue).toBeGreaterThan(20);
  });
});

describe('every shipped scenario, faults included', () => {
  it.each(scenarioNames())('%s: every caller reaches a queue within deadline + 1 s, and the model shows no defect', (name) => {
    // A sample of calls each: the bench runs 1,000 of every scenario (BENCHMARKS.md).
    const { summary } = runScenario(loadScenario(name), { calls: 80 });
    expect(summary.outcomes).toEqual({ transfer: 80 });
    expect(summary.hold.inQueueWithinDeadline).toBe(1);
    expect(summary.hold.p100).toBeLessThanOrEqual(summary.hold.deadlineSeconds + 1);
    for (const mode of Object.values(summary.identification ?? {})) expect(mode.inQueueWithinDeadline).toBe(1);
    expect(summary.problems).toEqual({});
    // At its own rate, within every limit: nothing is refused.
    expect(summary.throttled).toEqual(NO_THROTTLE);
  });

  it('sample 1: async reaches the queue well before the synchronous design, close to the limit', () => {
    const ai = runScenario(aiScenario, { calls: 300 }).summary;
    expect(ai.timeToQueue.sync.p50 - ai.timeToQueue.async.p50).toBeGreaterThan(5);
    expect(ai.overheadP50).toBeLessThanOrEqual(1);
  });

  it('sample 2: parallel identification takes about as long as the fastest hit; sequential, longer', () => {
    const id = runScenario(idScenario, { calls: 200 }).summary.identification!;
    expect(id.parallel.ratioToFastestHitP50).toBeLessThanOrEqual(1.1);
    expect(id.sequential.p50).toBeGreaterThan(id.parallel.p50);
  });

  it('is deterministic for a seed, and differs for another', () => {
    const a = runScenario(aiScenario, { calls: 100, seed: 5 }).summary;
    expect(runScenario(aiScenario, { calls: 100, seed: 5 }).summary).toEqual(a);
    expect(runScenario(aiScenario, { calls: 100, seed: 6 }).summary).not.toEqual(a);
  });
});

describe("the org's limits, enforced call by call", () => {
  const at = (start: number, end: number, kind: Partial<Admission> = {}): Admission => ({ start, end, platform: false, launch: false, ...kind });
  const roomy = { ...DEFAULT_LIMITS, dataActionConcurrency: 1000, dataActionsPerMinute: 1_000_000, clientRequestsPerMinute: { strict: 1_000_000, pooled: 1_000_000 }, launchesPerMinute: 1_000_000 };

  it('admits an execution only while every limit it counts against has room', () => {
    // Two at once: the third, started while both run, is refused; the fourth, after one ended, is admitted.
    expect(admit([at(0, 10), at(1, 10), at(2, 3), at(10, 11)], { ...roomy, dataActionConcurrency: 2 })).toEqual({ dataActions: 0.25, platformRequests: 0, launches: 0, limits: ['data action concurrency'] });
    // Two a minute: the third start within 60 s is refused; one 60 s after the first is admitted.
    expect(admit([at(0, 1), at(10, 11), at(20, 21), at(60, 61)], { ...roomy, dataActionsPerMinute: 2 }).dataActions).toBe(0.25);
    // The OAuth client counts only Genesys Cloud data actions; launches a minute, only launches.
    const client = admit([at(0, 1), at(1, 2, { platform: true }), at(2, 3, { platform: true }), at(3, 4)], { ...roomy, clientRequestsPerMinute: { strict: 1, pooled: 1 } });
    expect(client).toEqual({ dataActions: 0, platformRequests: 0.5, launches: 0, limits: ['Platform API requests per minute (pooled)'] });
    const launches = admit([at(0, 1, { platform: true, launch: true }), at(5, 6, { platform: true, launch: true }), at(7, 8, { platform: true })], { ...roomy, launchesPerMinute: 1 });
    expect(launches).toEqual({ dataActions: 0, platformRequests: 0, launches: 0.5, limits: ['workflow launches per minute'] });
    // A refused execution counts against nothing: the one after it still finds room.
    expect(admit([at(0, 10), at(1, 2), at(3, 4)], { ...roomy, dataActionConcurrency: 1 }).dataActions).toBeCloseTo(2 / 3, 9);
    expect(isThrottling(admit([at(0, 1)], roomy))).toBe(false);
  });

  it('a refused data action is answered HTTP 429 at once and takes its failure path', () => {
    const [refused] = runCalls(new Simulator(aiPattern, HAND, { ...NO_THROTTLE, dataActions: 1, limits: ['data action concurrency'] }), 1, 7);
    expect([refused.routing, refused.queue]).toEqual(['launch-failed', 'dev-General']);
    expect(refused.executions).toHaveLength(1);
    expect(refused.executions[0].end - refused.executions[0].start).toBeCloseTo(0.05, 9);
  });


  it('the plan is a mean, the org counts bursts: just under the planned largest rate, some actions are already refused', () => {
    const planned = runScenario(aiScenario, { calls: 600 }).summary.capacity.maxCallsPerMinute;
    const { summary } = runScenario({ ...aiScenario, callsPerMinute: Math.floor(planned * 0.95) }, { calls: 600 });
    expect(summary.throttled.dataActions + summary.throttled.platformRequests).toBeGreaterThan(0);
  });

  it('past a limit, callers pay (simulate --rate 1500): sample 1 is throttled, its launches fail, and every caller still reaches a queue in time', () => {
    expect(parseSimulateArgs(['--rate', '600']).rate).toBe(600);
    expect(() => parseSimulateArgs(['--rate', '0'])).toThrow('--rate needs a whole number from 1 to 100,000, not "0"');
    const out = { text: '', write(t: string) { this.text += t; } };
    const err = { text: '', isTTY: false, write(t: string) { this.text += t; } };
    expect(simulateCli(['--scenario', 'ai-intent', '--calls', '300', '--rate', '1500', '--json'], { stdout: out, stderr: err as never })).toBe(0);
    const summary = JSON.parse(out.text);
    const normal = runScenario(aiScenario, { calls: 300 }).summary;
    expect(summary.capacity.callsPerMinute).toBe(1500);
    expect(summary.throttled.limits).toContain('data action concurrency');
    expect(summary.throttled.dataActions).toBeGreaterThan(0.3);
    // The planned rate is a mean: bursts refuse launches, which without the limits would have gone through.
    expect(summary.routing['launch-failed'] ?? 0).toBeGreaterThan((normal.routing['launch-failed'] ?? 0) + 50);
    expect(summary.hold.inQueueWithinDeadline).toBe(1);
    expect(summary.outcomes).toEqual({ transfer: 300 });
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
  // In-process: `simulateCli` is what `npm run simulate` runs (the CLI tests run it through npm once).
  const run = (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const status = simulateCli(args, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
    return { status, stdout: out.join(''), stderr: err.join('') };
  };

  it('prints one JSON object of the documented shape', () => {
    const r = run(['--scenario', 'fault-every-database-down', '--calls', '60', '--json']);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(Object.keys(o)).toEqual(
      expect.arrayContaining(['scenario', 'calls', 'timeToQueue', 'overheadP50', 'dataActionsPerCall', 'capacity', 'identification', 'hold', 'routing', 'faults']),
    );
    expect(Object.keys(o.timeToQueue)).toEqual(['sync', 'async', 'limit']);
    expect(Object.keys(o.hold)).toEqual(['deadlineSeconds', 'p50', 'p100', 'inQueueWithinDeadline']);
    expect(Object.keys(o.identification)).toEqual(['sequential', 'parallel']);
    // No caller is identified when every database is down: no figure, rather than NaN.
    expect(o.identification.sequential.p50).toBeNull();
  });

  it('prints a table and draws the timeline and the latency chart', () => {
    const dir = tempDir('sim-');
    try {
      const r = run(['--scenario', 'ai-intent', '--calls', '50', '--svg-dir', dir]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('async, as deployed');
      expect(r.stdout).toContain('in a queue within deadline + 1 s: 100.0 %');
      const timeline = fs.readFileSync(path.join(dir, 'ai-intent-timeline.svg'), 'utf8');
      for (const lane of ['Caller hears', 'Call flow', 'Participant data', 'Workflow']) expect(timeline).toContain(lane);
      const chart = fs.readFileSync(path.join(dir, 'ai-intent-latency.svg'), 'utf8');
      for (const line of ['synchronous', 'async (deployed)', 'physical limit']) expect(chart).toContain(line);
    } finally {
      rmTemp(dir);
    }
  });

  it("prints the headroom at the scenario's own limits, not the defaults", () => {
    const tight: Scenario = { ...aiScenario, limits: { concurrent: 10 } };
    const { summary } = runScenario(tight, { calls: 40 });
    const line = (lines: string[]) => lines.find((l) => l.startsWith('  data action concurrency'))!;
    const atOwn = line(capacityLines(summary, limitsOf(tight)));
    const atDefault = line(capacityLines(summary, limitsOf(aiScenario)));
    expect(atOwn).toMatch(/^ {2}data action concurrency \(10\)/);
    const headroom = (l: string) => Number(/(-?\d+) %/.exec(l)![1]);
    expect(headroom(atOwn)).toBeLessThan(headroom(atDefault));
  });

  it('names the scenarios when given an unknown one', () => {
    expect(() => loadScenario('nope')).toThrow('there is no scenario "nope"; the scenarios are ai-intent, customer-identification, fault-');
  });
});
