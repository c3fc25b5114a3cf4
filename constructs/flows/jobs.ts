/**
 * The job a workflow runs: pluggable steps. A job sets the status, the error
 * code and its results on every path, then the workflow writes them all in
 * one action. No expression of a job may fail on NOT_SET: data action
 * outputs are tested with IsSet / IsNotSetOrEmpty (in a decision of their
 * own) before any operator reads them.
 */
import { JobStatus } from '../protocol/status-protocol';
import { CustomerLookupAction } from '../data-actions/catalog/customer-lookup';
import { IntentRecognitionAction } from '../data-actions/catalog/intent-recognition';
import { WorkflowInput } from '../data-actions/catalog/launch-workflow';
import { ValidationError } from '../validation';
import { append, bool, dec, eq, Expr, ifElse, int, isNotSetOrEmpty, isSet, lt, ne, not, str, toStr } from './archy/expressions';
import { Action, UpdateData, Variable, variable } from './archy/model';

export interface JobContext {
  readonly conversationId: Expr<'string'>;
  /** A workflow input (`Flow.<name>`), as the launch action passed it. */
  input(name: string): Expr<'string'>;
  /** Declares a state variable (`State.<name>`) for the job's own use. */
  declare<V extends Variable>(v: V): V;
  /**
   * Sets status, error code and results for the final write. Results that
   * are NOT_SET are written as "".
   */
  finish(status: JobStatus, options?: { error?: string | Expr<'string'>; results?: Readonly<Record<string, Expr<'string'>>> }): UpdateData;
  /** The status set so far (NOT_SET until `finish`). */
  readonly status: Expr<'string'>;
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
    if (m !== undefined && !(m >= 0 && m <= 1)) throw new ValidationError('AiIntentJob', [`minConfidence ${m} must be a number from 0 to 1, e.g. 0.5`]);
  }

  actions(ctx: JobContext): Action[] {
    const intent = ctx.declare(variable('State.aiIntent', 'string'));
    const confidence = ctx.declare(variable('State.aiConfidence', 'decimal'));
    const min = this.props.minConfidence ?? 0.5;
    // Each test sits in a decision of its own, so the `<` only runs once the confidence is known to be set.
    const judge: Action = {
      kind: 'decision',
      name: 'No intent?',
      condition: isNotSetOrEmpty(intent.ref),
      yes: [ctx.finish('NOT_FOUND')],
      no: [
        {
          kind: 'decision',
          name: 'No confidence?',
          condition: not(isSet(confidence.ref)),
          yes: [ctx.finish('NOT_FOUND')],
          no: [
            {
              kind: 'decision',
              name: 'Too unsure?',
              condition: lt(confidence.ref, dec(min)),
              yes: [ctx.finish('NOT_FOUND')],
              no: [ctx.finish('SUCCESS', { results: { intent: intent.ref, confidence: toStr(confidence.ref) } })],
            },
          ],
        },
      ],
    };
    return [
      {
        kind: 'callData',
        name: 'Ask the AI for the intent',
        action: this.props.action,
        inputs: { utterance: ctx.input('utterance'), conversationId: ctx.conversationId },
        successOutputs: { intent, confidence },
        timeoutSeconds: this.props.action.definition.timeoutSeconds,
        success: [judge],
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
 * Sample 2's job: ask each customer database in turn until one knows the
 * number. A database that fails or times out does not stop the search: its
 * error code is recorded and the next one is asked. The job ends
 * - SUCCESS at the first hit;
 * - NOT_FOUND when at least one database answered and none knew the number
 *   (the error codes of any that failed are kept);
 * - FAILED when no database could answer, with every error code.
 * A database answering its `notFoundStatus` (e.g. 404) counts as a miss.
 */
export class SequentialLookupJob implements WorkflowJob {
  readonly inputs = [{ name: 'phoneNumber' }];
  readonly resultFields = ['customerId', 'customerName', 'source'];

  constructor(private readonly props: SequentialLookupJobProps) {
    if (props.lookups.length === 0) throw new ValidationError('SequentialLookupJob', ['lookups is empty: give at least one database']);
  }

  actions(ctx: JobContext): Action[] {
    const found = ctx.declare(variable('State.found', 'boolean'));
    const customerId = ctx.declare(variable('State.customerId', 'string'));
    const customerName = ctx.declare(variable('State.customerName', 'string'));
    const source = ctx.declare(variable('State.source', 'string'));
    const answered = ctx.declare(variable('State.answered', 'boolean'));
    const errors = ctx.declare(variable('State.lookupErrors', 'string'));
    const httpStatus = ctx.declare(variable('State.httpStatus', 'integer'));
    const miss = (label: string): UpdateData => ({ kind: 'updateData', name: `${label} does not know the number`, statements: [{ variable: answered, value: bool(true) }] });
    const record = (label: string, code: string): UpdateData => ({
      kind: 'updateData',
      name: `Note that ${label} could not answer`,
      statements: [{ variable: errors, value: append(errors.ref, ifElse(isNotSetOrEmpty(errors.ref), str(''), str(' ')), str(code)) }],
    });
    // One lookup after another, each skipped once a database has answered: the flow grows linearly with the databases.
    const lookups = this.props.lookups.flatMap((lookup): Action[] => {
      const label = lookup.source;
      const failed = record(label, errorCode(`LOOKUP_${label}`, 'failure'));
      return [
        {
          kind: 'decision',
          name: `Still looking? (before ${label})`,
          condition: ne(ctx.status, str('SUCCESS')),
          yes: [
            ...(lookup.notFoundStatus !== undefined
              ? [{ kind: 'updateData', name: `Clear the status before ${label}`, statements: [{ variable: httpStatus, value: int(0) }] } as UpdateData]
              : []),
            {
              kind: 'callData',
              name: `Look up in ${label}`,
              action: lookup,
              inputs: { phoneNumber: ctx.input('phoneNumber') },
              successOutputs: { found, customerId, name: customerName, source },
              failureOutputs: lookup.notFoundStatus !== undefined ? { status: httpStatus } : undefined,
              timeoutSeconds: lookup.definition.timeoutSeconds,
              success: [
                {
                  kind: 'decision',
                  name: `Found in ${label}?`,
                  condition: eq(found.ref, bool(true)),
                  yes: [ctx.finish('SUCCESS', { results: { customerId: customerId.ref, customerName: customerName.ref, source: source.ref } })],
                  no: [miss(label)],
                },
              ],
              failure:
                lookup.notFoundStatus !== undefined
                  ? [
                      {
                        kind: 'decision',
                        name: `${label} answered ${lookup.notFoundStatus}: no such customer?`,
                        condition: eq(httpStatus.ref, int(lookup.notFoundStatus)),
                        yes: [miss(label)],
                        no: [failed],
                      },
                    ]
                  : [failed],
              timeout: [record(label, errorCode(`LOOKUP_${label}`, 'timeout'))],
            },
          ],
          no: [],
        },
      ];
    });
    return [
      ...lookups,
      {
        kind: 'decision',
        name: 'Nobody knows the number?',
        condition: ne(ctx.status, str('SUCCESS')),
        yes: [
          {
            kind: 'decision',
            name: 'Did any database answer?',
            condition: eq(answered.ref, bool(true)),
            yes: [ctx.finish('NOT_FOUND', { error: errors.ref })],
            no: [ctx.finish('FAILED', { error: errors.ref })],
          },
        ],
        no: [],
      },
    ];
  }
}
