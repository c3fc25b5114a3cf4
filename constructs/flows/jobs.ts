/**
 * The job a workflow runs: pluggable steps. A job sets the status, the error
 * code and its results on every path, then the workflow writes them all in
 * one request. Every data action failure or timeout sets FAILED with an
 * error code of its own.
 */
import { JobStatus } from '../protocol/status-protocol';
import { CustomerLookupAction } from '../data-actions/catalog/customer-lookup';
import { IntentRecognitionAction } from '../data-actions/catalog/intent-recognition';
import { WorkflowInput } from '../data-actions/catalog/launch-workflow';
import { bool, dec, eq, Expr, isNotSetOrEmpty, lt, or, toStr } from './archy/expressions';
import { Action, UpdateData, Variable, variable } from './archy/model';

export interface JobContext {
  readonly conversationId: Expr<'string'>;
  /** A workflow input (`Flow.<name>`), as the launch action passed it. */
  input(name: string): Expr<'string'>;
  /** Declares a state variable (`State.<name>`) for the job's own use. */
  declare<V extends Variable>(v: V): V;
  /** Sets status, error code and results for the final write. */
  finish(status: JobStatus, options?: { error?: string; results?: Readonly<Record<string, Expr<'string'>>> }): UpdateData;
}

export interface WorkflowJob {
  /** Inputs the workflow receives besides the conversation id. */
  readonly inputs: readonly WorkflowInput[];
  /** Result fields it writes: the status protocol's result fields. */
  readonly resultFields: readonly string[];
  /** Its actions. They must not end the workflow: the final write follows them. */
  actions(ctx: JobContext): Action[];
}

/** Error codes a job writes with FAILED, by data action and path. */
export const errorCode = (source: string, path: 'failure' | 'timeout') =>
  `${source.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_${path === 'failure' ? 'FAILED' : 'TIMEOUT'}`;

export interface AiIntentJobProps {
  readonly action: IntentRecognitionAction;
  /**
   * An intent with a lower confidence counts as no intent (NOT_FOUND).
   * @default 0.5
   */
  readonly minConfidence?: number;
}

/** Sample 1's job: ask the AI for the caller's intent. */
export class AiIntentJob implements WorkflowJob {
  readonly inputs = [{ name: 'utterance' }];
  readonly resultFields = ['intent', 'confidence'];

  constructor(private readonly props: AiIntentJobProps) {
    const m = props.minConfidence;
    if (m !== undefined && !(m >= 0 && m <= 1)) throw new Error(`AiIntentJob: minConfidence ${m} must be between 0 and 1`);
  }

  actions(ctx: JobContext): Action[] {
    const intent = ctx.declare(variable('State.aiIntent', 'string'));
    const confidence = ctx.declare(variable('State.aiConfidence', 'decimal'));
    const min = this.props.minConfidence ?? 0.5;
    return [
      {
        kind: 'callData',
        name: 'Ask the AI for the intent',
        action: this.props.action,
        inputs: { utterance: ctx.input('utterance'), conversationId: ctx.conversationId },
        successOutputs: { intent, confidence },
        timeoutSeconds: this.props.action.definition.timeoutSeconds,
        success: [
          {
            kind: 'decision',
            name: 'No usable intent?',
            condition: or(isNotSetOrEmpty(intent.ref), lt(confidence.ref, dec(min))),
            yes: [ctx.finish('NOT_FOUND')],
            no: [ctx.finish('SUCCESS', { results: { intent: intent.ref, confidence: toStr(confidence.ref) } })],
          },
        ],
        failure: [ctx.finish('FAILED', { error: errorCode('AI', 'failure') })],
        timeout: [ctx.finish('FAILED', { error: errorCode('AI', 'timeout') })],
      },
    ];
  }
}

export interface SequentialLookupJobProps {
  /** The databases, asked in this order until one knows the number. */
  readonly lookups: readonly CustomerLookupAction[];
}

/**
 * Sample 2's job: ask each customer database in turn, stopping at the first
 * hit. A database that fails or times out ends the job as FAILED with its own
 * error code: an outage is surfaced, not hidden behind a miss.
 */
export class SequentialLookupJob implements WorkflowJob {
  readonly inputs = [{ name: 'phoneNumber' }];
  readonly resultFields = ['customerId', 'customerName', 'source'];

  constructor(private readonly props: SequentialLookupJobProps) {
    if (props.lookups.length === 0) throw new Error('SequentialLookupJob: lookups is empty: give at least one database');
  }

  actions(ctx: JobContext): Action[] {
    const found = ctx.declare(variable('State.found', 'boolean'));
    const customerId = ctx.declare(variable('State.customerId', 'string'));
    const customerName = ctx.declare(variable('State.customerName', 'string'));
    const source = ctx.declare(variable('State.source', 'string'));
    const ask = (i: number): Action[] => {
      if (i === this.props.lookups.length) return [ctx.finish('NOT_FOUND')];
      const lookup = this.props.lookups[i];
      const label = lookup.source;
      return [
        {
          kind: 'callData',
          name: `Look up in ${label}`,
          action: lookup,
          inputs: { phoneNumber: ctx.input('phoneNumber') },
          successOutputs: { found, customerId, name: customerName, source },
          timeoutSeconds: lookup.definition.timeoutSeconds,
          success: [
            {
              kind: 'decision',
              name: `Found in ${label}?`,
              condition: eq(found.ref, bool(true)),
              yes: [ctx.finish('SUCCESS', { results: { customerId: customerId.ref, customerName: customerName.ref, source: source.ref } })],
              no: ask(i + 1),
            },
          ],
          failure: [ctx.finish('FAILED', { error: errorCode(`LOOKUP_${label}`, 'failure') })],
          timeout: [ctx.finish('FAILED', { error: errorCode(`LOOKUP_${label}`, 'timeout') })],
        },
      ];
    };
    return ask(0);
  }
}
