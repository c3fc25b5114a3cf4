/**
 * The fake Genesys Cloud and the fake services of one simulated call: the
 * conversation's participant data, and an answer for every data action the
 * flows call, whose latency and outcome follow the scenario. Every request
 * is rendered, and every response translated, by the emulator, so the flows
 * meet what the deployed data actions would give them.
 */
import { CustomerLookupAction } from '../constructs/data-actions/catalog/customer-lookup';
import { IntentRecognitionAction } from '../constructs/data-actions/catalog/intent-recognition';
import { LaunchWorkflowAction } from '../constructs/data-actions/catalog/launch-workflow';
import { ReadJobStatusAction } from '../constructs/data-actions/catalog/read-job-status';
import { DataAction } from '../constructs/data-actions/data-action';
import { ActionResult, DataActionEmulator, RawResponse, RenderedRequest } from '../constructs/data-actions/emulator';
import { sample } from './random';
import { Scenario } from './scenario';
import type { Throttle } from './throttle';

export const CONVERSATION_ID = 'sim-conversation';

/**
 * Calling numbers without an E.164 form, as a withheld, anonymous or SIP
 * caller's `Call.Ani` may be: not set at all, or a URI that is not a global
 * `tel:` number (the ani-blacklist blueprint filters "anonymous", "unknown"
 * and "sip" for this reason). More forms than any one carrier sends, in
 * either case: the flow must find no E.164 number in any of them.
 */
export const WITHHELD_ANIS: readonly (string | undefined)[] = [
  undefined,
  '',
  'tel:anonymous',
  'tel:Anonymous',
  'tel:unknown',
  'tel:restricted',
  'tel:private',
  'tel:+',
  'tel:+0470123456',
  'tel:+3247',
  'sip:anonymous@anonymous.invalid',
  'sip:+32470123456@pbx.example.com',
  'sips:+32470123456@pbx.example.com',
  'tel:0470123456',
];

/** Where participant data lives. Set Conversation Data names no participant, so its writes land on one the reader cannot pick by purpose. */
type Holder = 'customer' | 'unnamed';

interface Write {
  readonly value: string;
  readonly visibleAt: number;
}

/** A conversation's participant data: writes reach readers after the scenario's propagation delay. */
export class ParticipantData {
  private readonly writes = new Map<Holder, Map<string, Write[]>>();

  constructor(private readonly propagationSeconds: number) {}

  write(holder: Holder, attributes: Readonly<Record<string, string>>, now: number): number {
    const visibleAt = now + this.propagationSeconds;
    const map = this.writes.get(holder) ?? new Map<string, Write[]>();
    this.writes.set(holder, map);
    for (const [k, value] of Object.entries(attributes)) map.set(k, [...(map.get(k) ?? []), { value, visibleAt }]);
    return visibleAt;
  }

  /** What a reader sees at `t` on one participant. */
  visible(holder: Holder, t: number): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, ws] of this.writes.get(holder) ?? []) {
      const seen = ws.filter((w) => w.visibleAt <= t);
      if (seen.length) out[k] = seen[seen.length - 1].value;
    }
    return out;
  }

  /** The last value written to an attribute anywhere, visible or not. */
  last(attribute: string): string | undefined {
    let latest: Write | undefined;
    for (const map of this.writes.values()) for (const w of map.get(attribute) ?? []) if (!latest || w.visibleAt >= latest.visibleAt) latest = w;
    return latest?.value;
  }
}

/** One answer of a fake: how long it takes, and what comes back. */
export interface Answer {
  readonly latency: number;
  readonly respond: () => RawResponse;
}

/** What the fakes may do to the call's world. */
export interface World {
  readonly scenario: Scenario;
  readonly random: () => number;
  readonly data: ParticipantData;
  /** The database that knows the caller's number (sample 2), if any. */
  readonly home?: string;
  /** The caller's number as the databases store it (E.164), when the caller has one. */
  readonly callerNumber?: string;
  /** Starts the workflow a launch action launches, with the launch's `inputData`. */
  launch(action: DataAction, inputData: Record<string, unknown>, at: number): void;
  /** A service (AI, database) answered after `latency`; a hit from `source`. */
  serviceCalled(latency: number, hitFrom?: string): void;
  /** The share of data actions the org's limits refuse at the scenario's call rate (throttle.ts). @default none refused */
  readonly throttle?: Throttle;
}

/** How long the org takes to refuse a data action over a limit. */
export const THROTTLED_SECONDS = 0.05;
/** The org's refusal: HTTP 429. The flow sees only the status (a failure output); the body is illustrative. */
export const THROTTLED_RESPONSE: RawResponse = { status: 429, body: { message: 'too many requests', status: 429 } };

/** Whether the org's limits refuse this execution: a draw per share that is not 0, so no throttle draws nothing. */
function refusedByLimits(action: DataAction, t: Throttle, random: () => number): boolean {
  const draw = (share: number) => share > 0 && random() < share;
  if (draw(t.dataActions)) return true;
  if (action.definition.kind === 'genesys-cloud' && draw(t.platformRequests)) return true;
  return action instanceof LaunchWorkflowAction && draw(t.launches);
}

type Responder = (request: RenderedRequest, world: World, now: () => number) => Answer;

const failed = (errorRate: number | undefined, random: () => number) => random() < (errorRate ?? 0);

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

/** A Platform API answer: the platform's latency (or `latency`, where one kind of request has its own) and error rate, plus `extraErrorRate`. */
const platformAnswer = (world: World, respond: () => RawResponse, extraErrorRate = 0, latencyOf: Scenario['platform']['latency'] = world.scenario.platform.latency): Answer => {
  const p = world.scenario.platform;
  const latency = sample(latencyOf, world.random);
  const down = failed(p.errorRate, world.random) || failed(extraErrorRate, world.random);
  return { latency, respond: down ? () => ({ status: 503, body: { message: 'unavailable' } }) : respond };
};

type ResponderFactory<A extends DataAction> = (action: A) => Responder;

/**
 * The fakes, one per kind of action, keyed by the action's class: the
 * simulator never guesses an action from its name, and an action of a new
 * kind gets the "does not know" answer until it has a row here.
 */
const RESPONDERS = new Map<abstract new (...args: never[]) => DataAction, ResponderFactory<any>>([
  [
    LaunchWorkflowAction,
    (action: LaunchWorkflowAction): Responder =>
      (request, world, now) =>
        platformAnswer(
          world,
          () => {
            // The launch answers once the workflow has started, with the inputs the request carried.
            world.launch(action, JSON.parse(request.body).inputData ?? {}, now());
            return { status: 200, body: { id: 'sim-execution', name: 'Async job', selfUri: '/api/v2/flows/executions/sim-execution' } };
          },
          world.scenario.platform.launchErrorRate,
        ),
  ],
  [
    ReadJobStatusAction,
    (): Responder => (_request, world, now) => {
      // The data as it stands when the request is sent: a write that lands while a slow read is under way is not in
      // its answer (stricter than a read taken as the answer leaves, which a slow platform would make look fresh).
      const asked = now();
      const participants = [
        { id: 'sim-customer', purpose: 'customer', attributes: world.data.visible('customer', asked) },
        { id: 'sim-ivr', purpose: 'ivr', attributes: world.data.visible('unnamed', asked) },
      ];
      const p = world.scenario.platform;
      return platformAnswer(world, () => ({ status: 200, body: { id: CONVERSATION_ID, participants } }), p.readErrorRate, p.readLatency ?? p.latency);
    },
  ],
  [
    IntentRecognitionAction,
    (): Responder => (_request, world) => {
      const ai = world.scenario.ai!;
      const latency = sample(ai.latency, world.random);
      world.serviceCalled(latency);
      const down = failed(ai.errorRate, world.random);
      let r = world.random();
      let intent = '';
      for (const [name, p] of Object.entries(ai.intents)) {
        if (r < p) {
          intent = name;
          break;
        }
        r -= p;
      }
      // Some AIs name an intent with "confidence": null.
      const confidence = world.random() < (ai.nullConfidenceRate ?? 0) ? null : Math.round(sample(ai.confidence, world.random) * 100) / 100;
      return { latency, respond: () => (down ? { status: 500, body: '{"error":"ai down"}' } : { status: 200, body: intent ? { intent, confidence } : {} }) };
    },
  ],
  [
    CustomerLookupAction,
    (action: CustomerLookupAction): Responder => (request, world) => {
      const db = world.scenario.databases![action.source];
      const latency = sample(db.latency, world.random);
      const down = failed(db.errorRate, world.random);
      // The database is keyed by E.164 numbers: it knows the caller only when the request carries the number in that form.
      const asked = request.method === 'GET' ? new URL(request.url).searchParams.get(action.phoneField) : JSON.parse(request.body || '{}')[action.phoneField];
      const hit = world.home === action.source && !down && asked === world.callerNumber;
      world.serviceCalled(latency, hit ? action.source : undefined);
      const paths = action.definition.response.translationMap;
      const respond = (): RawResponse => {
        if (down) return { status: 500, body: '{"error":"db down"}' };
        if (hit) return { status: 200, body: bodyFor({ [paths.customerId]: `${action.source.toUpperCase()}-000172`, [paths.name]: 'Ana Müller' }) };
        if (db.missStatus !== undefined) return { status: db.missStatus, body: { message: 'no such customer' } };
        return { status: 200, body: bodyFor({ [paths.customerId]: undefined, [paths.name]: undefined }) };
      };
      return { latency, respond };
    },
  ],
]);

/** The fake for an action: the row of its class, or of the nearest class it extends. */
function responderFor(action: DataAction): Responder {
  for (let proto = Object.getPrototypeOf(action); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const factory = RESPONDERS.get(proto.constructor);
    if (factory) return factory(action);
  }
  return (request) => ({ latency: 0, respond: () => ({ status: 404, body: { message: `the simulator does not know ${request.method} ${request.url}` } }) });
}

interface Emulated {
  readonly emulator: DataActionEmulator;
  readonly respond: Responder;
  readonly requests: Map<string, RenderedRequest>;
  readonly results: Map<string, ActionResult>;
}

/**
 * Every data action of a pattern, emulated once and answered by its fake.
 * Rendered requests and translated responses are cached across calls: the
 * same inputs give the same request.
 */
export class FakePlatform {
  private readonly emulated = new Map<DataAction, Emulated>();

  private of(action: DataAction): Emulated {
    let e = this.emulated.get(action);
    if (!e) {
      e = { emulator: new DataActionEmulator(action.definition, () => 'sim-workflow-id'), respond: responderFor(action), requests: new Map(), results: new Map() };
      this.emulated.set(action, e);
    }
    return e;
  }

  /**
   * Runs a data action: the inputs are checked (NOT_SET ones dropped), the
   * request rendered and answered. Yields the seconds it takes; returns the
   * result, or 'timeout' when the flow gave up waiting.
   */
  *call(action: DataAction, inputs: Record<string, unknown>, flowTimeout: number, world: World, now: () => number): Generator<number, ActionResult | 'timeout', void> {
    const e = this.of(action);
    const key = JSON.stringify(inputs);
    let request = e.requests.get(key);
    if (!request) {
      const problem = e.emulator.inputProblem(inputs);
      if (problem) return { ok: false, kind: 'input', message: problem, status: 400 };
      request = e.emulator.renderRequest(inputs);
      e.requests.set(key, request);
    }
    const answer: Answer = world.throttle && refusedByLimits(action, world.throttle, world.random) ? { latency: THROTTLED_SECONDS, respond: () => THROTTLED_RESPONSE } : e.respond(request, world, now);
    if (answer.latency > flowTimeout) {
      yield flowTimeout;
      return 'timeout';
    }
    yield answer.latency;
    const response = answer.respond();
    const rkey = `${response.status} ${typeof response.body === 'string' ? response.body : JSON.stringify(response.body)}`;
    let result = e.results.get(rkey);
    if (!result) {
      result = e.emulator.processResponse(response);
      e.results.set(rkey, result);
    }
    return result;
  }

  /** Set Conversation Data: a Platform API write, which may be slow or fail like any other. */
  *setConversationData(attributes: Record<string, string>, world: World, now: () => number): Generator<number, { ok: boolean; visibleAt?: number }, void> {
    const answer = platformAnswer(world, () => ({ status: 202, body: '' }));
    yield answer.latency;
    if (answer.respond().status >= 300) return { ok: false };
    return { ok: true, visibleAt: world.data.write('unnamed', attributes, now()) };
  }
}
