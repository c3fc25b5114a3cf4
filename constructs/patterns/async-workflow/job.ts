/**
 * The job a workflow runs: pluggable steps. A job sets the status, the error
 * code and its results on every path, then the workflow writes them all in
 * one action. No expression of a job may fail on NOT_SET: data action
 * outputs are tested with IsSet / IsNotSetOrEmpty (in a decision of their
 * own) before any operator reads them.
 */
import { WorkflowInput } from '../../data-actions/catalog/launch-workflow';
import { Expr } from '../../flows/archy/expressions';
import { Action, UpdateData, Variable } from '../../flows/archy/model';
import { JobStatus } from '../../protocol/status-protocol';

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

