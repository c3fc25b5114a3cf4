import { Construct } from 'constructs';
import { CONVERSATION_ID_INPUT } from '../../data-actions/catalog/launch-workflow';
import { IDivision } from '../../division/division';
import { JobStatus, StatusProtocol } from '../../protocol/status-protocol';
import { ValidationError } from '../../validation';
import { ArchitectFlow } from '../../flows/architect-flow';
import { Expr, ifElse, isSet, str } from '../../flows/archy/expressions';
import { Action, allActions, FlowModel, SetConversationData, Variable, variable } from '../../flows/archy/model';
import { JobContext, WorkflowJob } from './job';

/** A workflow input's variable type, by its contract type: a JSON number is a decimal, not a string. */
const INPUT_VARIABLE_TYPE = { string: 'string', integer: 'integer', number: 'decimal', boolean: 'boolean' } as const;

export interface WorkflowModelProps {
  /** The workflow's name in the org. */
  readonly name: string;
  /** @default - a description naming the job's protocol prefix */
  readonly description?: string;
  readonly protocol: StatusProtocol;
  /** What the workflow does: e.g. an `AiIntentJob` or a `SequentialLookupJob`. */
  readonly job: WorkflowJob;
}

export interface AsyncJobWorkflowProps extends WorkflowModelProps {
  /** @default - Archy's default division */
  readonly division?: IDivision;
}

/** A value that is written as "" when it is NOT_SET, so a write never meets NOT_SET. */
const orEmpty = (e: Expr<'string'>): Expr<'string'> => (e.call === undefined && e.args.length === 0 && e.names().length === 0 ? e : ifElse(isSet(e), e, str('')));

/**
 * The workflow's model, without a stack. Started with the conversation id and
 * the job's inputs, it writes ONGOING, runs the job, and writes the final
 * status (SUCCESS, NOT_FOUND or FAILED), the error code and the results in
 * one Set Conversation Data. It is the only writer of the job's attributes,
 * and it needs no participant id: Set Conversation Data takes the
 * conversation (GenesysCloudBlueprints/ani-blacklist writes with
 * `participantId: {noValue: true}`), so there is no path on which it has
 * nowhere to write.
 */
export function buildWorkflowModel(props: WorkflowModelProps, path = 'AsyncJobWorkflow'): FlowModel {
  const { protocol, job } = props;
  const missing = protocol.resultFields.filter((f) => !job.resultFields.includes(f));
  const extra = job.resultFields.filter((f) => !protocol.resultFields.includes(f));
  if (missing.length || extra.length) {
    throw new ValidationError(path, [`the job writes results ${JSON.stringify(job.resultFields)} but the protocol has ${JSON.stringify(protocol.resultFields)}: make them the same`]);
  }
  const flowVariables: Variable[] = [
    variable(`Flow.${CONVERSATION_ID_INPUT}`, 'string', { isInput: true }),
    ...job.inputs.map((i) => variable(`Flow.${i.name}`, INPUT_VARIABLE_TYPE[i.type ?? 'string'], { isInput: true })),
  ];
  const conversationId = flowVariables[0].ref as Expr<'string'>;
  const status = variable('State.jobStatus', 'string');
  const error = variable('State.jobError', 'string');
  const results = Object.fromEntries(protocol.resultFields.map((f) => [f, variable(`State.result_${f}`, 'string')]));
  const stateVariables: Variable[] = [status, error, ...Object.values(results)];

  const ctx: JobContext = {
    conversationId,
    status: status.ref,
    input: (name) => {
      const v = flowVariables.find((x) => x.name === `Flow.${name}`);
      if (!v) throw new ValidationError(path, [`the job reads input "${name}", which it does not declare in its inputs`]);
      return v.ref as Expr<'string'>;
    },
    declare: (v) => {
      if (!stateVariables.some((x) => x.name === v.name)) stateVariables.push(v);
      return v;
    },
    finish: (s, options = {}) => ({
      kind: 'updateData',
      name: `Job ${s.toLowerCase().replace('_', ' ')}`,
      statements: [
        { variable: status, value: str(s) },
        { variable: error, value: typeof options.error === 'string' ? str(options.error) : orEmpty(options.error ?? str('')) },
        ...protocol.resultFields.map((f) => ({ variable: results[f], value: orEmpty(options.results?.[f] ?? str('')) })),
      ],
    }),
  };

  const jobActions = job.actions(ctx);
  // A job's data action with nothing on its failure or timeout path leaves the status unset there: the caller would wait for the deadline.
  const silent = [...allActions(jobActions)].flatMap((a) =>
    a.kind === 'callData' ? (['failure', 'timeout'] as const).filter((p) => a[p].length === 0).map((p) => `job data action "${a.name}" has an empty ${p} path: set the status there (ctx.finish) or note the error`) : [],
  );
  ValidationError.throwIf(path, silent);

  const write = (name: string, values: readonly [string, Expr][]): SetConversationData => ({
    kind: 'setConversationData',
    name,
    conversationId,
    attributes: values.map(([attribute, value]) => ({ name: attribute, value })),
  });
  const actions: Action[] = [
    write('Write ONGOING', [
      [protocol.statusAttribute, str(JobStatus.ONGOING)],
      [protocol.errorAttribute, str('')],
      ...protocol.resultFields.map((f): [string, Expr] => [protocol.resultAttribute(f), str('')]),
    ]),
    ...jobActions,
    // Every path of the job set the status, the error and the results (the simulator proves it), so none is NOT_SET here.
    write('Write the result', [
      [protocol.statusAttribute, status.ref],
      [protocol.errorAttribute, error.ref],
      ...protocol.resultFields.map((f): [string, Expr] => [protocol.resultAttribute(f), results[f].ref]),
    ]),
    { kind: 'endWorkflow', name: 'Done' },
  ];
  return {
    kind: 'workflow',
    name: props.name,
    description: props.description ?? `Runs a job and reports it in participant data (${protocol.prefix}*).`,
    variables: flowVariables,
    tasks: [{ name: 'Run job', refId: 'Run job_10', variables: stateVariables, actions }],
    startUpRef: 'Run job_10',
    errorHandling: { kind: 'endWorkflow' },
  };
}

/** The workflow of the pattern (see `buildWorkflowModel`), published to the org. */
export class AsyncJobWorkflow extends Construct {
  readonly flow: ArchitectFlow;
  readonly job: WorkflowJob;

  constructor(scope: Construct, id: string, props: AsyncJobWorkflowProps) {
    super(scope, id);
    this.job = props.job;
    const model = buildWorkflowModel(props, `${scope.node.path}/${id}`);
    this.flow = new ArchitectFlow(this, 'Default', { model, division: props.division });
  }

  get flowId(): string {
    return this.flow.flowId;
  }
}
