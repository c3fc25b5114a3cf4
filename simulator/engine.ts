/**
 * Runs the flow model, the very objects the YAML is written from, in virtual
 * time: the call flow and the workflows it launches interleave on one clock,
 * data actions run through the emulator (Velocity, JSONPath, contracts)
 * against a fake Genesys Cloud and fake services whose latency and outcome
 * follow the scenario, and participant data writes reach readers after the
 * scenario's propagation delay.
 */
import { CustomerLookupAction } from '../constructs/data-actions/catalog/customer-lookup';
import { IntentRecognitionAction } from '../constructs/data-actions/catalog/intent-recognition';
import { DataAction } from '../constructs/data-actions/data-action';
import { ActionResult, DataActionEmulator, RawResponse, RenderedRequest } from '../constructs/data-actions/emulator';
import { RuntimeValue } from '../constructs/flows/archy/expressions';
import { Action, FlowModel } from '../constructs/flows/archy/model';
import { AsyncWorkflow } from '../constructs/patterns/async-workflow';
import { sample } from './random';
import { Scenario } from './scenario';

export type Lane = 'caller' | 'callFlow' | 'participantData' | 'workflow';

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
  readonly action: string;
}

export interface CallResult {
  /** How the call flow ended: a transfer, a disconnect, or running off the end of a task (a dead end). */
  readonly outcome: 'transfer' | 'disconnect' | 'dead-end' | 'unfinished';
  readonly timeToQueue: number;
  readonly queue?: string;
  /** When the launch actions had answered. */
  readonly launched: number;
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
  /** The final statuses the workflows wrote. */
  readonly statuses: readonly string[];
  readonly executions: readonly Execution[];
  /** Workflows that ended without writing a final status, or paths that ran off a task. */
  readonly problems: readonly string[];
  readonly timeline?: readonly TimelineEvent[];
}

const CONVERSATION_ID = 'sim-conversation';
type Vars = Map<string, RuntimeValue>;
type Signal = 'end' | 'fallthrough';

interface Emulated {
  readonly emulator: DataActionEmulator;
  readonly requests: Map<string, RenderedRequest>;
  readonly responses: Map<string, ActionResult>;
}

/** Simulates calls through one pattern. Emulators and their results are shared across calls, so repeated work is done once. */
export class Simulator {
  private readonly emulated = new Map<DataAction, Emulated>();
  private readonly workflowByLaunch = new Map<DataAction, FlowModel>();
  private readonly journeyWords: number;

  constructor(
    private readonly pattern: AsyncWorkflow,
    private readonly scenario: Scenario,
  ) {
    for (const [job, launch] of Object.entries(pattern.launches)) this.workflowByLaunch.set(launch, pattern.workflows[job].flow.model);
    this.journeyWords = this.journeyActions().reduce((n, a) => n + words(a), 0);
  }

  /** The call flow's journey: its messages and questions between the launch and the hold message. */
  private journeyActions(): Action[] {
    const top = this.pattern.callFlow.flow.model.tasks[0].actions;
    return top.filter((a) => (a.kind === 'playAudio' && a.name.startsWith('Journey')) || a.kind === 'collectInput');
  }

  private speechSeconds(a: Action): number {
    const perWord = this.scenario.speech.secondsPerWord;
    const n = words(a);
    const journey = this.scenario.speech.journeySeconds;
    const inJourney = a.name.startsWith('Journey');
    if (journey !== undefined && inJourney && this.journeyWords > 0) return (journey * n) / this.journeyWords;
    return n * perWord;
  }

  private emulatorFor(action: DataAction): Emulated {
    let e = this.emulated.get(action);
    if (!e) {
      e = { emulator: new DataActionEmulator(action.definition, () => 'sim-workflow-id'), requests: new Map(), responses: new Map() };
      this.emulated.set(action, e);
    }
    return e;
  }

  /** Runs one call; `random` decides every latency and outcome. */
  run(random: () => number, options: { timeline?: boolean } = {}): CallResult {
    const s = this.scenario;
    const propagation = s.propagationSeconds ?? 0.5;
    const store = new Map<string, { value: string; visibleAt: number }[]>();
    const visible = (t: number) => {
      const out: Record<string, string> = {};
      for (const [k, writes] of store) {
        const seen = writes.filter((w) => w.visibleAt <= t);
        if (seen.length) out[k] = seen[seen.length - 1].value;
      }
      return out;
    };
    const timeline: TimelineEvent[] = [];
    const mark = (lane: Lane, start: number, end: number, label: string) => {
      if (options.timeline) timeline.push({ lane, start, end, label });
    };
    const executions: Execution[] = [];
    const problems: string[] = [];
    const statuses: string[] = [];
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
    const serviceLatencies: number[] = [];
    let fastestHit: number | undefined;
    let firstSuccessAt: number | undefined;
    let firstLaunchAt: number | undefined;
    let firstWorkflowStart: number | undefined;
    let lastWorkflowEnd = 0;

    // --- the scheduler: processes yield seconds to wait; the earliest runs next.
    interface Proc {
      t: number;
      readonly gen: Generator<number, void, void>;
    }
    const procs: Proc[] = [];
    let now = 0;
    const spawn = (t: number, gen: Generator<number, void, void>) => {
      procs.push({ t, gen });
    };

    const callAction = function* (this: Simulator, a: Extract<Action, { kind: 'callData' }>, vars: Vars, flow: 'callFlow' | 'workflow'): Generator<number, ActionResult | 'timeout', void> {
      const e = this.emulatorFor(a.action);
      const inputs: Record<string, unknown> = {};
      for (const [k, expr] of Object.entries(a.inputs)) inputs[k] = expr.evaluate({ get: (n) => vars.get(n) });
      const key = JSON.stringify(inputs);
      let request = e.requests.get(key);
      if (!request) {
        const problem = e.emulator.inputProblem(inputs);
        if (problem) return { ok: false, kind: 'input', message: problem };
        request = e.emulator.renderRequest(inputs);
        e.requests.set(key, request);
      }
      const start = now;
      let latency: number;
      let respond: () => RawResponse;
      const action = a.action;
      if (action instanceof IntentRecognitionAction) {
        const ai = s.ai!;
        latency = sample(ai.latency, random);
        serviceLatencies.push(latency);
        const failed = random() < (ai.errorRate ?? 0);
        let r = random();
        let intent = '';
        for (const [name, p] of Object.entries(ai.intents)) {
          if (r < p) {
            intent = name;
            break;
          }
          r -= p;
        }
        const confidence = Math.round(sample(ai.confidence, random) * 100) / 100;
        respond = () => (failed ? { status: 500, body: '{"error":"ai down"}' } : { status: 200, body: intent ? { intent, confidence } : {} });
      } else if (action instanceof CustomerLookupAction) {
        const db = s.databases![action.source];
        latency = sample(db.latency, random);
        serviceLatencies.push(latency);
        const failed = random() < (db.errorRate ?? 0);
        const hit = home === action.source && !failed;
        if (hit && (fastestHit === undefined || latency < fastestHit)) fastestHit = latency;
        const paths = action.definition.response.translationMap;
        respond = () =>
          failed
            ? { status: 500, body: '{"error":"db down"}' }
            : { status: 200, body: bodyFor(hit ? { [paths.customerId]: `${action.source.toUpperCase()}-000172`, [paths.name]: 'Ana Müller' } : { [paths.customerId]: undefined, [paths.name]: undefined }) };
      } else {
        latency = sample(s.platform.latency, random);
        const failed = random() < (s.platform.errorRate ?? 0);
        respond = () => (failed ? { status: 503, body: '{"message":"unavailable"}' } : platform(action, request!, now));
      }
      const timedOut = latency > a.timeoutSeconds;
      const waited = timedOut ? a.timeoutSeconds : latency;
      yield waited;
      executions.push({ start, end: now, flow, kind: action.definition.kind, action: action.actionName });
      mark(flow, start, now, a.name);
      if (timedOut) return 'timeout';
      const response = respond();
      const rkey = `${response.status} ${typeof response.body === 'string' ? response.body : JSON.stringify(response.body)}`;
      let result = e.responses.get(rkey);
      if (!result) {
        result = e.emulator.processResponse(response);
        e.responses.set(rkey, result);
      }
      return result;
    }.bind(this);

    const exec = function* (this: Simulator, actions: readonly Action[], vars: Vars, flow: 'callFlow' | 'workflow', ended: { queue?: string; how?: CallResult['outcome'] }): Generator<number, Signal, void> {
      for (const a of actions) {
        const get = (n: string) => vars.get(n);
        switch (a.kind) {
          case 'playAudio': {
            const value = 'tts' in a.audio ? undefined : a.audio.exp.evaluate({ get });
            const seconds = value && typeof value === 'object' && 'seconds' in value ? (value.seconds ?? 0) : this.speechSeconds(a);
            const start = now;
            yield seconds;
            mark('caller', start, now, 'tts' in a.audio ? a.audio.tts : 'hold');
            break;
          }
          case 'collectInput': {
            const start = now;
            yield this.speechSeconds(a) + 2;
            mark('caller', start, now, a.prompt);
            vars.set(a.into.name, '1');
            const r = yield* exec(a.success, vars, flow, ended);
            if (r === 'end') return r;
            break;
          }
          case 'callBotFlow': {
            const start = now;
            yield sample(s.caller.captureSeconds, random);
            mark('caller', start, now, `"${s.caller.utterance}"`);
            for (const v of Object.values(a.slots)) vars.set(v.name, s.caller.utterance);
            break;
          }
          case 'callData': {
            const result = yield* callAction(a, vars, flow);
            let branch: readonly Action[];
            if (result === 'timeout') branch = a.timeout;
            else if (result.ok) {
              for (const [k, v] of Object.entries(a.successOutputs)) vars.set(v.name, result.output[k] as RuntimeValue);
              branch = a.success;
            } else branch = a.failure;
            const r = yield* exec(branch, vars, flow, ended);
            if (r === 'end') return r;
            break;
          }
          case 'updateData':
            for (const st of a.statements) vars.set(st.variable.name, st.value.evaluate({ get }));
            break;
          case 'decision': {
            const r = yield* exec(a.condition.evaluate({ get }) === true ? a.yes : a.no, vars, flow, ended);
            if (r === 'end') return r;
            break;
          }
          case 'loop':
            for (let i = 0; i < a.count; i++) {
              vars.set(a.index.name, i);
              const r = yield* exec(a.body, vars, flow, ended);
              if (r === 'end') return r;
            }
            break;
          case 'wait':
            yield a.seconds;
            break;
          case 'setParticipantData':
            for (const at of a.attributes) {
              const value = String(at.value.evaluate({ get }) ?? '');
              store.set(at.name, [...(store.get(at.name) ?? []), { value, visibleAt: now + propagation }]);
              mark('participantData', now, now + propagation, `${at.name}=${value}`);
            }
            break;
          case 'findQueue': {
            const name = a.queueName.evaluate({ get });
            vars.set(a.into.name, typeof name === 'string' && name ? { queue: name } : undefined);
            break;
          }
          case 'transferToAcd': {
            const target = 'queueName' in a.queue ? a.queue.queueName : (vars.get(a.queue.name) as { queue: string } | undefined)?.queue;
            if (target) {
              ended.queue = target;
              ended.how = 'transfer';
              mark('callFlow', now, now, `transfer to ${target}`);
              return 'end';
            }
            break;
          }
          case 'disconnect':
            ended.how = 'disconnect';
            return 'end';
          case 'endWorkflow':
            ended.how = 'disconnect';
            return 'end';
        }
      }
      return 'fallthrough';
    }.bind(this);

    // The workflow launched by a launch action, once its answer is in.
    const runWorkflow = function* (model: FlowModel): Generator<number, void, void> {
      yield sample(s.workflowStartSeconds, random);
      const vars: Vars = new Map([['Flow.conversationId', CONVERSATION_ID]]);
      for (const v of model.variables ?? []) if (v.name === 'Flow.utterance') vars.set(v.name, s.caller.utterance);
      for (const v of model.variables ?? []) if (v.name === 'Flow.phoneNumber') vars.set(v.name, s.caller.ani);
      const began = now;
      firstWorkflowStart = Math.min(firstWorkflowStart ?? now, now);
      const ended: { how?: CallResult['outcome'] } = {};
      const signal = yield* exec(model.tasks[0].actions, vars, 'workflow', ended);
      if (signal === 'fallthrough') problems.push(`workflow "${model.name}" ran off the end of its state`);
      const status = String(vars.get('State.jobStatus') ?? '');
      // Without the caller's participant there is nowhere to write: that end is by design.
      const hadCaller = String(vars.get('State.participantId') ?? '') !== '';
      if (hadCaller && !['SUCCESS', 'NOT_FOUND', 'FAILED'].includes(status)) {
        problems.push(`workflow "${model.name}" reported no final status (a path sets none)`);
      }
      statuses.push(status || '(none)');
      mark('workflow', began, now, `${model.name}: ${status || 'no status'}`);
      lastWorkflowEnd = Math.max(lastWorkflowEnd, now);
    };

    /** The fake Genesys Cloud: the three Platform API calls the pattern makes, answered from this call's state. */
    const platform = (action: DataAction, request: RenderedRequest, t: number): RawResponse => {
      if (request.method === 'POST' && request.url === '/api/v2/flows/executions') {
        // The launch answers once the workflow has started.
        firstLaunchAt ??= t;
        const model = this.workflowByLaunch.get(action);
        if (model) spawn(t, runWorkflow(model));
        return { status: 200, body: { id: 'sim-execution', name: 'Async job', selfUri: '/api/v2/flows/executions/sim-execution' } };
      }
      if (request.method === 'GET' && request.url.startsWith('/api/v2/conversations/')) {
        return {
          status: 200,
          body: {
            id: CONVERSATION_ID,
            participants: [
              { id: 'sim-customer', purpose: 'customer', attributes: visible(t) },
              { id: 'sim-ivr', purpose: 'ivr', attributes: {} },
            ],
          },
        };
      }
      if (request.method === 'PATCH' && request.url.endsWith('/attributes')) {
        const attributes = Object.entries<string>(JSON.parse(request.body).attributes);
        for (const [k, v] of attributes) store.set(k, [...(store.get(k) ?? []), { value: v, visibleAt: t + propagation }]);
        mark('participantData', t, t + propagation, attributes.filter(([k]) => /status$/.test(k)).map(([k, v]) => `${k}=${v}`).join(' '));
        if (attributes.some(([k, v]) => k.endsWith('status') && v === 'SUCCESS')) firstSuccessAt ??= t;
        return { status: 202, body: '' };
      }
      return { status: 404, body: { message: `the simulator does not know ${request.method} ${request.url}` } };
    };

    const callVars: Vars = new Map<string, RuntimeValue>([
      ['Call.ConversationId', CONVERSATION_ID],
      ['Call.Ani', s.caller.ani],
    ]);
    const callEnded: { queue?: string; how?: CallResult['outcome'] } = {};
    const callFlow = this.pattern.callFlow.flow.model;
    const top = callFlow.tasks[0].actions;
    const runCall = function* (): Generator<number, void, void> {
      const signal = yield* exec(top, callVars, 'callFlow', callEnded);
      if (signal === 'fallthrough') {
        callEnded.how = 'dead-end';
        problems.push(`the call flow ran off the end of task "${callFlow.tasks[0].name}"`);
      }
    };
    spawn(0, runCall());

    let callEndAt: number | undefined;
    while (procs.length) {
      procs.sort((x, y) => x.t - y.t);
      const p = procs[0];
      now = p.t;
      const step = p.gen.next();
      if (step.done) {
        procs.shift();
        if (callEnded.how && callEndAt === undefined) callEndAt = now;
      } else p.t = now + step.value;
      if (now > 3600) {
        problems.push('the call ran for more than an hour of simulated time');
        break;
      }
    }
    const timeToQueue = callEndAt ?? now;
    const stepLengths = this.journeyActions().map((a) => this.speechSeconds(a) + (a.kind === 'collectInput' ? 2 : 0));
    const journeySeconds = stepLengths.reduce((n, x) => n + x, 0);
    const launchEnd = firstLaunchAt ?? 0;
    const workflowSeconds = lastWorkflowEnd > launchEnd ? lastWorkflowEnd - launchEnd : 0;
    const preLaunch = launchEnd;
    // The journey the caller must hear: whole steps, until the one during which the result was ready.
    let mustHear = 0;
    for (const length of stepLengths) {
      if (mustHear >= workflowSeconds) break;
      mustHear += length;
    }
    return {
      outcome: callEnded.how ?? 'unfinished',
      timeToQueue,
      queue: callEnded.queue,
      launched: launchEnd,
      journeySeconds,
      workflowSeconds,
      syncSeconds: preLaunch + serviceLatencies.reduce((a, b) => a + b, 0) + journeySeconds,
      limitSeconds: preLaunch + Math.max(mustHear, workflowSeconds),
      identificationSeconds: s.databases && firstSuccessAt !== undefined && firstWorkflowStart !== undefined ? firstSuccessAt - firstWorkflowStart : undefined,
      fastestHitSeconds: fastestHit,
      statuses,
      executions,
      problems,
      timeline: options.timeline ? timeline : undefined,
    };
  }
}

function words(a: Action): number {
  const text = a.kind === 'playAudio' && 'tts' in a.audio ? a.audio.tts : a.kind === 'collectInput' ? a.prompt : '';
  return text.split(/\s+/).filter(Boolean).length;
}

/** A response body in which each JSONPath finds its value: `$.a.b` and `$.list[*].x` (undefined: an empty list). */
export function bodyFor(values: Record<string, string | undefined>): Record<string, unknown> {
  const body: Record<string, any> = {};
  for (const [path, value] of Object.entries(values)) {
    const m = /^\$\.([A-Za-z0-9_]+)\[(\*|0)\]\.([A-Za-z0-9_]+)$/.exec(path);
    if (m) {
      body[m[1]] ??= [];
      if (value !== undefined) {
        if (body[m[1]].length === 0) body[m[1]].push({});
        body[m[1]][0][m[3]] = value;
      }
      continue;
    }
    const keys = path.replace(/^\$\./, '').split('.');
    if (value === undefined) continue;
    let node = body;
    keys.slice(0, -1).forEach((k) => (node = node[k] ??= {}));
    node[keys[keys.length - 1]] = value;
  }
  return body;
}
