/**
 * Simulates calls through one pattern in virtual time: the call flow and the
 * workflows it launches interleave on one clock (the scheduler below), the
 * executor runs their models, and the fake platform answers their data
 * actions through the emulator. Nothing here knows a flow by the names of
 * its variables or actions: the pattern says which actions are the journey
 * and where the hold starts, and the protocols name the status attributes.
 */
import { FINAL_STATUSES, JobStatus } from '../constructs/protocol/status-protocol';
import { Call, parsePhoneNumber } from '../constructs/flows/archy/expressions';
import { Action, FlowModel } from '../constructs/flows/archy/model';
import { AsyncWorkflow } from '../constructs/patterns/async-workflow';
import { DataAction } from '../constructs/data-actions/data-action';
import { Executor, FlowRun, Lane, taskOf, Vars } from './executor';
import { CONVERSATION_ID, FakePlatform, ParticipantData, WITHHELD_ANIS, World } from './platform';
import { rng, sample } from './random';
import { Scenario } from './scenario';
import type { Throttle } from './throttle';

export type { Lane } from './executor';
export { bodyFor } from './platform';

export interface TimelineEvent {
  readonly lane: Lane;
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

export interface Execution {
  readonly start: number;
  readonly end: number;
  readonly flow: 'callFlow' | 'workflow';
  /** Genesys Cloud integration (one Platform API call) or a web service. */
  readonly kind: 'genesys-cloud' | 'web-services';
  /** What it is for: starting a workflow, reading the status, or the job's own work. */
  readonly purpose: 'launch' | 'read' | 'job';
  readonly action: string;
}

export interface CallResult {
  /** How the call flow ended: a transfer, a disconnect, or running off the end of a task (a dead end). */
  readonly outcome: 'transfer' | 'disconnect' | 'dead-end' | 'unfinished';
  readonly timeToQueue: number;
  readonly queue?: string;
  /** What the call flow noted in its routing attribute, or "error handling" when its error handling routed the call. */
  readonly routing?: string;
  /** When the launch actions had answered. */
  readonly launched: number;
  /** When the journey was over and the hold clock started; undefined if the call was routed before. */
  readonly holdStartedAt?: number;
  /** Sum of the journey's messages and questions, without the status checks. */
  readonly journeySeconds: number;
  /** From the first launch to the last workflow's end. */
  readonly workflowSeconds: number;
  /** The synchronous design: the same service calls, one after another, then the journey. */
  readonly syncSeconds: number;
  /**
   * The physical limit: capture and launch, then the longer of the workflow and
   * the journey the caller must hear: a message is not cut off, so the journey
   * lasts until the end of the step during which the workflow finished (all of
   * it, if the workflow outlasts it).
   */
  readonly limitSeconds: number;
  /** Sample 2: from the first workflow starting its job until the first SUCCESS was written. */
  readonly identificationSeconds?: number;
  /** Sample 2: the latency of the fastest database that knew the number. */
  readonly fastestHitSeconds?: number;
  /** The final statuses the workflows wrote ("(none)" for one that wrote none). */
  readonly statuses: readonly string[];
  readonly executions: readonly Execution[];
  /** Defects of the model: a workflow path without a final status, a path off the end of a task, NOT_SET reaching an operator. */
  readonly problems: readonly string[];
  /** Platform faults the flows met where they have no failure path, e.g. a status write that failed. */
  readonly faults: readonly string[];
  readonly timeline?: readonly TimelineEvent[];
}

/** Simulates calls through one pattern. The fake platform caches rendered requests and translated responses across calls. */
export class Simulator {
  private readonly platform = new FakePlatform();
  private readonly workflowByLaunch = new Map<DataAction, { model: FlowModel; statusAttribute: string }>();
  private readonly journey: ReadonlySet<Action>;
  private readonly journeyWords: number;
  private readonly purposes = new Map<DataAction, Execution['purpose']>();

  constructor(
    private readonly pattern: AsyncWorkflow,
    private readonly scenario: Scenario,
    /** The share of data actions the org's limits refuse (throttle.ts). @default none refused */
    private readonly throttle?: Throttle,
  ) {
    for (const [job, launch] of Object.entries(pattern.launches)) {
      this.workflowByLaunch.set(launch, { model: pattern.workflows[job].flow.model, statusAttribute: pattern.protocols[job].statusAttribute });
    }
    for (const launch of Object.values(pattern.launches)) this.purposes.set(launch, 'launch');
    this.purposes.set(pattern.readStatus, 'read');
    this.journey = new Set(pattern.callFlow.journey);
    this.journeyWords = pattern.callFlow.journey.reduce((n, a) => n + words(a), 0);
  }

  /** How long a caller may hold after the journey. */
  get deadlineSeconds(): number {
    return this.pattern.callFlow.deadlineSeconds;
  }

  private speechSeconds(a: Action): number {
    const journey = this.scenario.speech.journeySeconds;
    if (journey !== undefined && this.journey.has(a) && this.journeyWords > 0) return (journey * words(a)) / this.journeyWords;
    return words(a) * this.scenario.speech.secondsPerWord;
  }

  /** Runs one call; `random` decides every latency and outcome. */
  run(random: () => number, options: { timeline?: boolean; withheldAni?: string | undefined } = {}): CallResult {
    const s = this.scenario;
    const timeline: TimelineEvent[] = [];
    const executions: Execution[] = [];
    const problems: string[] = [];
    const faults: string[] = [];
    const statuses: string[] = [];
    const serviceLatencies: number[] = [];
    const mark = (lane: Lane, start: number, end: number, label: string) => {
      if (options.timeline) timeline.push({ lane, start, end, label });
    };

    // The caller: a calling number (withheld for some), and what they say to the bot (nothing, for some).
    // `options.withheldAni` makes this caller withheld with that form (the draws are made all the same, so the rest of the call is as it would be).
    const drawnWithheld = random() < (s.caller.withheldRate ?? 0);
    const drawnAni = drawnWithheld ? WITHHELD_ANIS[Math.floor(random() * WITHHELD_ANIS.length)] : s.caller.ani;
    const ani = 'withheldAni' in options ? options.withheldAni : drawnAni;
    const silent = random() < (s.caller.noUtteranceRate ?? 0);
    // The caller's home database (sample 2): the one that knows the number, if any.
    let home: string | undefined;
    if (s.databases) {
      let r = random();
      for (const [source, db] of Object.entries(s.databases)) {
        if (r < db.hitRate) {
          home = source;
          break;
        }
        r -= db.hitRate;
      }
    }
    let fastestHit: number | undefined;
    let firstSuccessAt: number | undefined;
    let firstLaunchAt: number | undefined;
    let firstWorkflowStart: number | undefined;
    let lastWorkflowEnd = 0;
    let holdStartedAt: number | undefined;

    // --- the scheduler: processes yield seconds to wait; the earliest runs next.
    interface Proc {
      t: number;
      readonly gen: Generator<number, unknown, void>;
    }
    const procs: Proc[] = [];
    let now = 0;
    const clock = () => now;

    const data = new ParticipantData(s.propagationSeconds ?? 0.5);
    const world: World = {
      scenario: s,
      random,
      data,
      home,
      callerNumber: parsePhoneNumber(s.caller.ani).e164,
      throttle: this.throttle,
      launch: (action, inputData, at) => {
        firstLaunchAt ??= at;
        const target = this.workflowByLaunch.get(action);
        if (target) procs.push({ t: at, gen: runWorkflow(target.model, target.statusAttribute, inputData) });
      },
      serviceCalled: (latency, hitFrom) => {
        serviceLatencies.push(latency);
        if (hitFrom && (fastestHit === undefined || latency < fastestHit)) fastestHit = latency;
      },
    };
    const executor = new Executor(this.platform, world, clock, {
      mark,
      execution: (a, flow, start, end) =>
        executions.push({ start, end, flow, kind: a.action.definition.kind, purpose: this.purposes.get(a.action) ?? 'job', action: a.action.actionName }),
      reached: (a, at) => {
        if (a === this.pattern.callFlow.holdStart) holdStartedAt = at;
      },
      speechSeconds: (a) => this.speechSeconds(a),
      utterance: () => (silent ? undefined : s.caller.utterance),
    });

    // The workflow launched by a launch action, with the inputs the launch request carried.
    function* runWorkflow(model: FlowModel, statusAttribute: string, inputData: Record<string, unknown>): Generator<number, void, void> {
      yield sample(s.workflowStartSeconds, random);
      const run: FlowRun = { model, vars: new Map(Object.entries(inputData)) as Vars, startedAt: now, ending: {}, lane: 'workflow' };
      const began = now;
      firstWorkflowStart = Math.min(firstWorkflowStart ?? now, now);
      const before = data.last(statusAttribute);
      const signal = yield* executor.run(run);
      const status = data.last(statusAttribute);
      const final = status !== undefined && FINAL_STATUSES.includes(status as JobStatus) && status !== before ? status : undefined;
      if (signal === 'fallthrough') problems.push(`workflow "${model.name}" ran off the end of its state`);
      if (run.ending.error?.cause === 'flow') problems.push(`workflow "${model.name}" ended in its error handling: ${run.ending.error.message}`);
      else if (run.ending.error?.cause === 'platform') faults.push(`workflow: ${run.ending.error.message}`);
      else if (!final) problems.push(`workflow "${model.name}" reported no final status (a path sets none)`);
      if (final === JobStatus.SUCCESS && firstSuccessAt === undefined) firstSuccessAt = now;
      statuses.push(final ?? '(none)');
      mark('workflow', began, now, `${model.name}: ${final ?? 'no final status'}`);
      lastWorkflowEnd = Math.max(lastWorkflowEnd, now);
    }

    const callFlow = this.pattern.callFlow.flow.model;
    const callRun: FlowRun = {
      model: callFlow,
      vars: new Map<string, unknown>([
        [Call.conversationId.text(), CONVERSATION_ID],
        [Call.ani.text(), ani],
      ]) as Vars,
      startedAt: 0,
      ending: {},
      lane: 'callFlow',
    };
    let callEndAt: number | undefined;
    let deadEnd = false;
    procs.push({
      t: 0,
      gen: (function* () {
        const signal = yield* executor.run(callRun);
        callEndAt = now;
        if (signal === 'fallthrough') {
          deadEnd = true;
          // Only the start task can run off its end: a jump ends in its target, in a disconnect if nothing else.
          problems.push(`the call flow ran off the end of task "${taskOf(callFlow, callFlow.startUpRef).name}"`);
        }
        if (callRun.ending.error?.cause === 'flow') problems.push(`the call flow's error handling ran: ${callRun.ending.error.message}`);
      })(),
    });

    while (procs.length) {
      procs.sort((x, y) => x.t - y.t);
      const p = procs[0];
      now = p.t;
      const step = p.gen.next();
      if (step.done) procs.shift();
      else p.t = now + (step.value as number);
      if (now > 3600) {
        problems.push('the call ran for more than an hour of simulated time');
        break;
      }
    }

    const timeToQueue = callEndAt ?? now;
    const stepLengths = this.pattern.callFlow.journey.map((a) => this.speechSeconds(a) + (a.kind === 'collectInput' ? 2 : 0));
    const journeySeconds = stepLengths.reduce((n, x) => n + x, 0);
    const launchEnd = firstLaunchAt ?? 0;
    const workflowSeconds = lastWorkflowEnd > launchEnd ? lastWorkflowEnd - launchEnd : 0;
    // The journey the caller must hear: whole steps, until the one during which the result was ready.
    let mustHear = 0;
    for (const length of stepLengths) {
      if (mustHear >= workflowSeconds) break;
      mustHear += length;
    }
    const routing = callRun.ending.error ? 'error handling' : data.visible('customer', Infinity)[this.pattern.callFlow.routingAttribute];
    return {
      outcome: deadEnd ? 'dead-end' : callRun.ending.how === 'transfer' ? 'transfer' : callRun.ending.how === 'disconnect' ? 'disconnect' : 'unfinished',
      timeToQueue,
      queue: callRun.ending.queue,
      routing,
      launched: launchEnd,
      holdStartedAt,
      journeySeconds,
      workflowSeconds,
      syncSeconds: launchEnd + serviceLatencies.reduce((a, b) => a + b, 0) + journeySeconds,
      limitSeconds: launchEnd + Math.max(mustHear, workflowSeconds),
      identificationSeconds: s.databases && firstSuccessAt !== undefined && firstWorkflowStart !== undefined ? firstSuccessAt - firstWorkflowStart : undefined,
      fastestHitSeconds: fastestHit,
      statuses,
      executions,
      problems,
      faults,
      timeline: options.timeline ? timeline : undefined,
    };
  }
}

function words(a: Action): number {
  const text = a.kind === 'playAudio' && 'tts' in a.audio ? a.audio.tts : a.kind === 'collectInput' ? a.prompt : '';
  return text.split(/\s+/).filter(Boolean).length;
}

/** Runs `calls` calls; call i draws from a generator seeded with (seed, i), so results do not depend on order. */
export function runCalls(simulator: Simulator, calls: number, seed: number, progress?: (done: number, total: number) => void): CallResult[] {
  const out: CallResult[] = [];
  for (let i = 0; i < calls; i++) {
    out.push(simulator.run(rng((seed * 1_000_003 + i) >>> 0), { timeline: i === 0 }));
    if (progress && ((i + 1) % 250 === 0 || i + 1 === calls)) progress(i + 1, calls);
  }
  return out;
}
