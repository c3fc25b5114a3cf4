/**
 * A typed model of the Archy YAML the pattern needs. Flows are built as these
 * objects; `yaml-writer.ts` writes them out and `checks.ts` checks them, and
 * a simulator can execute the very same objects.
 */
import type { ITerraformDependable } from 'cdktf';
import type { DataAction } from '../../data-actions/data-action';
import { ArchyType, Expr, ref } from './expressions';

export type FlowKind = 'inboundCall' | 'workflow' | 'botFlow';

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

/**
 * Runs a bot flow (by name) and brings its slots back, e.g. what the caller
 * said. A slot the bot did not fill comes back NOT_SET.
 */
export interface CallBotFlow {
  readonly kind: 'callBotFlow';
  readonly name: string;
  readonly botFlowName: string;
  /**
   * The bot flow, when this app deploys it: the calling flow is published
   * after it, and again when it is replaced, because Archy finds it by name.
   * @default - a bot flow the org has
   */
  readonly deployed?: { readonly flowId: string; readonly dependable: ITerraformDependable };
  /** Slot (e.g. `Slot.Utterance`) to variable. */
  readonly slots: Readonly<Record<string, Variable<'string'>>>;
}

/** Bot flows only: asks the caller for a slot's value (a `builtin:any` slot takes whatever the caller says). */
export interface AskForSlot {
  readonly kind: 'askForSlot';
  readonly name: string;
  /** The slot's name without `Slot.`, e.g. "Utterance". */
  readonly slot: string;
  readonly question: string;
  /** What the bot says when the caller says nothing. */
  readonly noInput: string;
  /** What the bot says when it cannot take the answer. */
  readonly noMatch: string;
}

/** Bot flows only: returns to the flow that called the bot, with its slots. */
export interface ExitBotFlow {
  readonly kind: 'exitBotFlow';
  readonly name: string;
}

/**
 * What a Call Data action gives on its failure path. Real exports list these
 * 13 names (e.g. GenesysCloudBlueprints/ani-blacklist, blacklist.yaml); a
 * workflow can bind them, e.g. `status`, the HTTP status of a failed call.
 */
export const FAILURE_OUTPUTS = [
  'errorCode',
  'status',
  'correlationId',
  'entityId',
  'entityName',
  'userMessage',
  'userParamsMessage',
  'userParams.key',
  'userParams.value',
  'details.errorCode',
  'details.fieldName',
  'details.entityId',
  'details.entityName',
] as const;
export type FailureOutput = (typeof FAILURE_OUTPUTS)[number];
/** The type of each failure output that the model can bind. */
export const FAILURE_OUTPUT_TYPES: Partial<Record<FailureOutput, ArchyType>> = { errorCode: 'string', status: 'integer', userMessage: 'string' };

export interface CallData {
  readonly kind: 'callData';
  readonly name: string;
  /** The data action construct: the flow names it by category and name. */
  readonly action: DataAction;
  /** Inputs the flow passes. One that is NOT_SET is dropped, so a required one fails the action. */
  readonly inputs: Readonly<Record<string, Expr>>;
  readonly successOutputs: Readonly<Record<string, Variable>>;
  /**
   * Failure outputs to keep, e.g. `{ status: State.httpStatus }`. Only
   * workflows bind them: in a call flow they stay NOT_SET.
   * @default - none
   */
  readonly failureOutputs?: Readonly<Partial<Record<FailureOutput, Variable>>>;
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

/**
 * Workflows only: writes participant attributes of a conversation, as in
 * GenesysCloudBlueprints/ani-blacklist (`participantId: {noValue: true}`).
 * Only a success path is seen in real exports: a write that fails invokes the
 * flow's error handling.
 */
export interface SetConversationData {
  readonly kind: 'setConversationData';
  readonly name: string;
  readonly conversationId: Expr<'string'>;
  /** Values must be set: a NOT_SET value invokes the error handling here. */
  readonly attributes: readonly { readonly name: string; readonly value: Expr }[];
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

/**
 * Call flows: goes on in another task of the flow, its reusable task, and never
 * comes back (help "Task editor actions", "Jump to Reusable Task"). The target
 * starts with its own Task variables, unset: what it reads of the caller's
 * journey must be a flow variable (`Flow.x`). When the target's actions run
 * out, the call disconnects (a task always ends in a built-in disconnect).
 */
export interface JumpToTask {
  readonly kind: 'jumpToTask';
  readonly name: string;
  /** The refId of the task to go on in. */
  readonly task: string;
}

export type Action =
  | PlayAudio
  | CallBotFlow
  | AskForSlot
  | ExitBotFlow
  | SetConversationData
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
  | EndWorkflow
  | JumpToTask;

/** A task (call flow) or state (workflow). */
export interface Task {
  readonly name: string;
  readonly refId: string;
  readonly variables?: readonly Variable[];
  readonly actions: readonly Action[];
}

/**
 * What the flow does when an action fails in a way no path handles, such as
 * NOT_SET reaching an operator. Call flows: `disconnect` or `queue` (transfer
 * to a queue: help "Set default event handling behavior"; the form
 * `errorHandling: {queue: {targetQueue: ...}}` is in a real voice flow,
 * GenesysCloudBlueprints/automated-callback-blueprint, "Proactive callback
 * offer.yaml"). Workflows: `endWorkflow`. Bot flows: `exit`.
 */
export type ErrorHandling =
  | { readonly kind: 'disconnect' }
  | { readonly kind: 'queue'; readonly queueName: string }
  | { readonly kind: 'endWorkflow' }
  | { readonly kind: 'exit' };

/** A bot flow's slot, declared to its language understanding. */
export interface BotSlot {
  /** Without `Slot.`, e.g. "Utterance". */
  readonly name: string;
  /** `builtin:any` captures whatever the caller says (help: "Use built-in slot types in a bot flow"). */
  readonly type: 'builtin:any';
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
  /** Tasks (call flows), states (workflows) or bots (bot flows). */
  readonly tasks: readonly Task[];
  /** refId of the task the flow starts with. */
  readonly startUpRef: string;
  /** @default - disconnect (call flows), endWorkflow (workflows), exit (bot flows) */
  readonly errorHandling?: ErrorHandling;
  /** Bot flows: their slots. @default - none */
  readonly slots?: readonly BotSlot[];
}

/** The error handling a flow runs, its default filled in. */
export function errorHandlingOf(model: FlowModel): ErrorHandling {
  return model.errorHandling ?? { kind: model.kind === 'workflow' ? 'endWorkflow' : model.kind === 'botFlow' ? 'exit' : 'disconnect' };
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

/** Every expression a list of actions writes out, branches included. */
export function* expressionsOf(actions: readonly Action[]): Generator<Expr> {
  for (const a of allActions(actions)) {
    switch (a.kind) {
      case 'playAudio':
        if ('exp' in a.audio) yield a.audio.exp;
        break;
      case 'callData':
        yield* Object.values(a.inputs);
        break;
      case 'updateData':
        for (const s of a.statements) yield s.value;
        break;
      case 'decision':
        yield a.condition;
        break;
      case 'setParticipantData':
      case 'setConversationData':
        if (a.kind === 'setConversationData') yield a.conversationId;
        for (const at of a.attributes) yield at.value;
        break;
      case 'findQueue':
        yield a.queueName;
        break;
      default:
        break;
    }
  }
}
