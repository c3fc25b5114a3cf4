/**
 * A typed model of the Archy YAML the pattern needs. Flows are built as these
 * objects; `yaml-writer.ts` writes them out and `checks.ts` checks them, and
 * a simulator can execute the very same objects.
 */
import type { DataAction } from '../../data-actions/data-action';
import { ArchyType, Expr, ref } from './expressions';

export type FlowKind = 'inboundCall' | 'workflow';

/** A declared variable. Its name carries its scope: `Flow.x`, `Task.x` (call flows) or `State.x` (workflows). */
export interface Variable<T extends ArchyType = ArchyType> {
  readonly name: string;
  readonly type: T;
  /** Workflow inputs are set by whoever starts the workflow. @default false */
  readonly isInput?: boolean;
  /** @default false */
  readonly isOutput?: boolean;
  /** Reads the variable in an expression. */
  readonly ref: Expr<T>;
}

export function variable<T extends ArchyType>(name: string, type: T, options: { isInput?: boolean; isOutput?: boolean } = {}): Variable<T> {
  return { name, type, ...options, ref: ref(name, type) };
}

export type Audio = { readonly tts: string } | { readonly exp: Expr<'audio'> };

export interface PlayAudio {
  readonly kind: 'playAudio';
  readonly name: string;
  readonly audio: Audio;
}

/** DTMF digits from the caller. */
export interface CollectInput {
  readonly kind: 'collectInput';
  readonly name: string;
  readonly prompt: string;
  readonly into: Variable<'string'>;
  readonly minDigits: number;
  readonly maxDigits: number;
  readonly noEntryTimeoutSeconds: number;
  readonly success: readonly Action[];
  readonly failure: readonly Action[];
}

/** Runs a bot flow the org has (by name) and brings its slots back, e.g. what the caller said. */
export interface CallBotFlow {
  readonly kind: 'callBotFlow';
  readonly name: string;
  readonly botFlowName: string;
  /** Slot (e.g. `Slot.Utterance`) to variable. */
  readonly slots: Readonly<Record<string, Variable<'string'>>>;
}

export interface CallData {
  readonly kind: 'callData';
  readonly name: string;
  /** The data action construct: the flow names it by category and name. */
  readonly action: DataAction;
  readonly inputs: Readonly<Record<string, Expr>>;
  readonly successOutputs: Readonly<Record<string, Variable>>;
  readonly timeoutSeconds: number;
  readonly success: readonly Action[];
  readonly failure: readonly Action[];
  readonly timeout: readonly Action[];
}

export interface UpdateData {
  readonly kind: 'updateData';
  readonly name: string;
  readonly statements: readonly { readonly variable: Variable; readonly value: Expr }[];
}

export interface Decision {
  readonly kind: 'decision';
  readonly name: string;
  readonly condition: Expr<'boolean'>;
  readonly yes: readonly Action[];
  readonly no: readonly Action[];
}

/** Runs its body `count` times: a literal count, so every loop is bounded. */
export interface Loop {
  readonly kind: 'loop';
  readonly name: string;
  readonly count: number;
  readonly index: Variable<'integer'>;
  readonly body: readonly Action[];
}

/** Workflows only. */
export interface Wait {
  readonly kind: 'wait';
  readonly name: string;
  readonly seconds: number;
}

export interface SetParticipantData {
  readonly kind: 'setParticipantData';
  readonly name: string;
  readonly attributes: readonly { readonly name: string; readonly value: Expr }[];
}

export interface FindQueue {
  readonly kind: 'findQueue';
  readonly name: string;
  readonly queueName: Expr<'string'>;
  readonly into: Variable<'queue'>;
}

/** Ends the flow when the transfer succeeds; when it fails, the flow goes on with the next action. */
export interface TransferToAcd {
  readonly kind: 'transferToAcd';
  readonly name: string;
  readonly queue: { readonly queueName: string } | Variable<'queue'>;
}

export interface Disconnect {
  readonly kind: 'disconnect';
  readonly name: string;
}

export interface EndWorkflow {
  readonly kind: 'endWorkflow';
  readonly name: string;
}

export type Action =
  | PlayAudio
  | CallBotFlow
  | CollectInput
  | CallData
  | UpdateData
  | Decision
  | Loop
  | Wait
  | SetParticipantData
  | FindQueue
  | TransferToAcd
  | Disconnect
  | EndWorkflow;

/** A task (call flow) or state (workflow). */
export interface Task {
  readonly name: string;
  readonly refId: string;
  readonly variables?: readonly Variable[];
  readonly actions: readonly Action[];
}

export interface FlowModel {
  readonly kind: FlowKind;
  readonly name: string;
  readonly description?: string;
  /** Division name, or a `{{substitution}}` the flow resource fills in. @default - Archy's default (Home) */
  readonly division?: string;
  /** @default "en-us" */
  readonly defaultLanguage?: string;
  /** Flow-scoped variables (`Flow.x`). */
  readonly variables?: readonly Variable[];
  readonly tasks: readonly Task[];
  /** refId of the task the flow starts with. */
  readonly startUpRef: string;
}

/** The branches of an action, labelled, in a fixed order. */
export function branches(a: Action): [string, readonly Action[]][] {
  switch (a.kind) {
    case 'callData':
      return [
        ['success', a.success],
        ['failure', a.failure],
        ['timeout', a.timeout],
      ];
    case 'collectInput':
      return [
        ['success', a.success],
        ['failure', a.failure],
      ];
    case 'decision':
      return [
        ['yes', a.yes],
        ['no', a.no],
      ];
    case 'loop':
      return [['loop', a.body]];
    default:
      return [];
  }
}

/** Every action of a list, branches included, depth first. */
export function* allActions(actions: readonly Action[]): Generator<Action> {
  for (const a of actions) {
    yield a;
    for (const [, b] of branches(a)) yield* allActions(b);
  }
}

/** The data action constructs a flow calls, each once. */
export function dataActionsOf(model: FlowModel): DataAction[] {
  const found = new Set<DataAction>();
  for (const t of model.tasks) for (const a of allActions(t.actions)) if (a.kind === 'callData') found.add(a.action);
  return [...found];
}
