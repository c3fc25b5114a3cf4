/**
 * Runs the actions of a flow model, the very objects the YAML is written
 * from, as Genesys Cloud would: as generators that yield the seconds each
 * step takes. Expressions are evaluated with the NOT_SET rules of
 * `archy/expressions.ts`; where the org would invoke the flow's error
 * handling (NOT_SET reaching an operator, a write that fails), the flow's
 * declared error handling runs instead of the next action.
 */
import { EvalContext, FlowBuiltIns, NotSetError, RuntimeValue } from '../constructs/flows/archy/expressions';
import { Action, errorHandlingOf, FlowModel, Task } from '../constructs/flows/archy/model';
import { FakePlatform, World } from './platform';
import { sample } from './random';

export type Vars = Map<string, RuntimeValue>;

/** Where the org would run the flow's error handling. */
export class FlowError extends Error {
  constructor(
    message: string,
    /** `flow`: the model let NOT_SET reach an operator; `platform`: a platform call failed where the flow has no failure path. */
    readonly cause: 'flow' | 'platform',
  ) {
    super(message);
  }
}

export interface Ending {
  how?: 'transfer' | 'disconnect' | 'end';
  queue?: string;
  /** Set when the flow's error handling ended it. */
  error?: FlowError;
}

export type Lane = 'caller' | 'callFlow' | 'participantData' | 'workflow';

/** What a running flow reports as it goes. */
export interface Observer {
  mark(lane: Lane, start: number, end: number, label: string): void;
  /** A data action finished (one execution against the org's limits). */
  execution(action: Extract<Action, { kind: 'callData' }>, lane: FlowRun['lane'], start: number, end: number): void;
  /** An action is about to run. */
  reached?(action: Action, at: number): void;
  /** Seconds a message or question takes to say. */
  speechSeconds(action: Action): number;
  /** What the caller gives a bot: undefined when they say nothing it can take. */
  utterance(): string | undefined;
}

/** One running flow: its model, variables and clock. */
export interface FlowRun {
  readonly model: FlowModel;
  readonly vars: Vars;
  readonly startedAt: number;
  readonly ending: Ending;
  readonly lane: 'callFlow' | 'workflow';
}

type Signal = 'end' | 'fallthrough';

/** The task (or state) of a flow with this refId. An unknown one is a defect of the model, which the checks refuse at synth. */
export function taskOf(model: FlowModel, refId: string): Task {
  const task = model.tasks.find((t) => t.refId === refId);
  if (!task) throw new Error(`flow "${model.name}" has no task with refId "${refId}" (there are: ${model.tasks.map((t) => t.refId).join(', ') || 'none'})`);
  return task;
}

const START = FlowBuiltIns.startDateTimeUtc.text();

export class Executor {
  constructor(
    private readonly platform: FakePlatform,
    private readonly world: World,
    private readonly now: () => number,
    private readonly observer: Observer,
  ) {}

  private context(run: FlowRun): EvalContext {
    return {
      get: (n) => (n === START ? { dateTime: run.startedAt } : run.vars.get(n)),
      now: this.now,
    };
  }

  /** Evaluates an expression; NOT_SET where it is not allowed becomes the flow's error handling. */
  private evaluate(run: FlowRun, e: { evaluate(ctx: EvalContext): RuntimeValue }, where: string): RuntimeValue {
    try {
      return e.evaluate(this.context(run));
    } catch (err) {
      if (err instanceof NotSetError) throw new FlowError(`${where}: ${err.message}`, 'flow');
      throw err;
    }
  }

  /** Runs a whole flow: its start task, then its error handling if an action invoked it. */
  *run(run: FlowRun): Generator<number, Signal | 'error', void> {
    const start = taskOf(run.model, run.model.startUpRef);
    try {
      return yield* this.actions(run, start.actions);
    } catch (err) {
      if (!(err instanceof FlowError)) throw err;
      run.ending.error = err;
      const handling = errorHandlingOf(run.model);
      if (handling.kind === 'queue') {
        run.ending.how = 'transfer';
        run.ending.queue = handling.queueName;
        this.observer.mark(run.lane, this.now(), this.now(), `error handling: transfer to ${handling.queueName}`);
      } else run.ending.how = handling.kind === 'disconnect' ? 'disconnect' : 'end';
      return 'error';
    }
  }

  private *actions(run: FlowRun, actions: readonly Action[]): Generator<number, Signal, void> {
    for (const a of actions) {
      this.observer.reached?.(a, this.now());
      const r = yield* this.action(run, a);
      if (r === 'end') return r;
    }
    return 'fallthrough';
  }

  private *action(run: FlowRun, a: Action): Generator<number, Signal, void> {
    const { vars } = run;
    const now = this.now;
    switch (a.kind) {
      case 'playAudio': {
        const value = 'tts' in a.audio ? undefined : this.evaluate(run, a.audio.exp, `action "${a.name}"`);
        const seconds = value && typeof value === 'object' && 'seconds' in value ? (value.seconds ?? 0) : this.observer.speechSeconds(a);
        const start = now();
        yield seconds;
        this.observer.mark('caller', start, now(), 'tts' in a.audio ? a.audio.tts : 'hold');
        return 'fallthrough';
      }
      case 'collectInput': {
        const start = now();
        yield this.observer.speechSeconds(a) + 2;
        this.observer.mark('caller', start, now(), a.prompt);
        vars.set(a.into.name, '1');
        return yield* this.actions(run, a.success);
      }
      case 'callBotFlow': {
        const start = now();
        yield sample(this.world.scenario.caller.captureSeconds, this.world.random);
        const said = this.observer.utterance();
        this.observer.mark('caller', start, now(), said === undefined ? '(says nothing)' : `"${said}"`);
        // A slot the bot did not fill comes back NOT_SET.
        for (const v of Object.values(a.slots)) vars.set(v.name, said);
        return 'fallthrough';
      }
      case 'callData': {
        const inputs: Record<string, unknown> = {};
        for (const [k, e] of Object.entries(a.inputs)) inputs[k] = this.evaluate(run, e, `action "${a.name}", input ${k}`);
        const start = now();
        const result = yield* this.platform.call(a.action, inputs, a.timeoutSeconds, this.world, now);
        this.observer.execution(a, run.lane, start, now());
        this.observer.mark(run.lane, start, now(), a.name);
        let branch: readonly Action[];
        if (result === 'timeout') branch = a.timeout;
        else if (result.ok) {
          for (const [k, v] of Object.entries(a.successOutputs)) vars.set(v.name, result.output[k] as RuntimeValue);
          branch = a.success;
        } else {
          const failure: Record<string, RuntimeValue> = { status: result.status, errorCode: result.kind, userMessage: result.message };
          for (const [k, v] of Object.entries(a.failureOutputs ?? {})) if (v) vars.set(v.name, failure[k]);
          branch = a.failure;
        }
        return yield* this.actions(run, branch);
      }
      case 'updateData':
        for (const st of a.statements) vars.set(st.variable.name, this.evaluate(run, st.value, `action "${a.name}", ${st.variable.name}`));
        return 'fallthrough';
      case 'decision': {
        const c = this.evaluate(run, a.condition, `decision "${a.name}"`);
        if (typeof c !== 'boolean') throw new FlowError(`decision "${a.name}": its condition is NOT_SET`, 'flow');
        return yield* this.actions(run, c ? a.yes : a.no);
      }
      case 'loop':
        for (let i = 0; i < a.count; i++) {
          vars.set(a.index.name, i);
          if ((yield* this.actions(run, a.body)) === 'end') return 'end';
        }
        return 'fallthrough';
      case 'wait':
        yield a.seconds;
        return 'fallthrough';
      case 'setParticipantData': {
        const attributes = this.written(run, a);
        const visibleAt = this.world.data.write('customer', attributes, now());
        this.observer.mark('participantData', now(), visibleAt, Object.entries(attributes).map(([k, v]) => `${k}=${v}`).join(' '));
        return 'fallthrough';
      }
      case 'setConversationData': {
        this.evaluate(run, a.conversationId, `action "${a.name}", conversationId`);
        const attributes = this.written(run, a);
        const start = now();
        const r = yield* this.platform.setConversationData(attributes, this.world, now);
        this.observer.mark(run.lane, start, now(), a.name);
        // Only a success path is known for this action: a failed write invokes the error handling.
        if (!r.ok) throw new FlowError(`action "${a.name}": the write failed`, 'platform');
        this.observer.mark('participantData', now(), r.visibleAt!, Object.entries(attributes).map(([k, v]) => `${k}=${v}`).join(' '));
        return 'fallthrough';
      }
      case 'findQueue': {
        const name = this.evaluate(run, a.queueName, `action "${a.name}"`);
        vars.set(a.into.name, typeof name === 'string' && name ? { queue: name } : undefined);
        return 'fallthrough';
      }
      case 'transferToAcd': {
        const target = 'queueName' in a.queue ? a.queue.queueName : (vars.get(a.queue.name) as { queue: string } | undefined)?.queue;
        // A transfer that cannot happen (no queue) goes on with the next action.
        if (!target) return 'fallthrough';
        run.ending.how = 'transfer';
        run.ending.queue = target;
        this.observer.mark(run.lane, now(), now(), `transfer to ${target}`);
        return 'end';
      }
      case 'disconnect':
        run.ending.how = 'disconnect';
        return 'end';
      case 'endWorkflow':
        run.ending.how = 'end';
        return 'end';
      case 'jumpToTask': {
        const target = taskOf(run.model, a.task);
        // The target starts with its own Task variables, unset: every variable a task declares is task-scoped
        // (the checks hold them to the task scope), so none survives the jump; flow variables keep their values.
        for (const t of run.model.tasks) for (const v of t.variables ?? []) vars.delete(v.name);
        // Control never comes back. A task whose actions run out ends in its built-in disconnect.
        if ((yield* this.actions(run, target.actions)) === 'fallthrough') run.ending.how = 'disconnect';
        return 'end';
      }
      case 'askForSlot':
      case 'exitBotFlow':
        throw new Error(`${a.kind} runs inside a bot flow, which the simulator stands in for at Call Bot Flow`);
    }
  }

  /** The attributes an action writes; a NOT_SET value invokes the error handling. */
  private written(run: FlowRun, a: Extract<Action, { kind: 'setParticipantData' | 'setConversationData' }>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const at of a.attributes) {
      const v = this.evaluate(run, at.value, `action "${a.name}", attribute ${at.name}`);
      if (v === undefined || v === null) throw new FlowError(`action "${a.name}": attribute ${at.name} is NOT_SET`, 'flow');
      out[at.name] = String(v);
    }
    return out;
  }
}
