import { Construct } from 'constructs';
import { FindCustomerParticipantAction } from '../data-actions/catalog/find-customer-participant';
import { CONVERSATION_ID_INPUT } from '../data-actions/catalog/launch-workflow';
import { WriteJobStatusAction } from '../data-actions/catalog/write-job-status';
import { IDivision } from '../division/division';
import { JobStatus, StatusProtocol } from '../protocol/status-protocol';
import { ValidationError } from '../validation';
import { ArchitectFlow } from './architect-flow';
import { Expr, isNotSetOrEmpty, str } from './archy/expressions';
import { Action, FlowModel, UpdateData, Variable, variable } from './archy/model';
import { JobContext, WorkflowJob } from './jobs';

export interface AsyncJobWorkflowProps {
  /** The workflow's name in the org. */
  readonly name: string;
  /** @default - a description naming the job's protocol prefix */
  readonly description?: string;
  /** @default - Archy's default division */
  readonly division?: IDivision;
  readonly protocol: StatusProtocol;
  readonly findParticipant: FindCustomerParticipantAction;
  readonly writeStatus: WriteJobStatusAction;
  /** What the workflow does: e.g. an `AiIntentJob` or a `SequentialLookupJob`. */
  readonly job: WorkflowJob;
}

/** Seconds the workflow waits before it tries a failed final write once more. */
export const FINAL_WRITE_RETRY_SECONDS = 1;

/**
 * The workflow of the pattern. Started with the conversation id and the job's
 * inputs, it finds the caller's participant, writes ONGOING, runs the job,
 * and writes the final status (SUCCESS, NOT_FOUND or FAILED), the error code
 * and the results in one request, retrying that write once. It is the only
 * writer of the job's attributes.
 */
export class AsyncJobWorkflow extends Construct {
  readonly flow: ArchitectFlow;
  readonly job: WorkflowJob;

  constructor(scope: Construct, id: string, props: AsyncJobWorkflowProps) {
    super(scope, id);
    const { protocol, job } = props;
    const missing = protocol.resultFields.filter((f) => !job.resultFields.includes(f));
    const extra = job.resultFields.filter((f) => !protocol.resultFields.includes(f));
    if (missing.length || extra.length) {
      throw new ValidationError(this.node.path, [
        `the job writes results ${JSON.stringify(job.resultFields)} but the protocol has ${JSON.stringify(protocol.resultFields)}: make them the same`,
      ]);
    }
    this.job = job;
    const flowVariables: Variable[] = [
      variable(`Flow.${CONVERSATION_ID_INPUT}`, 'string', { isInput: true }),
      ...job.inputs.map((i) => variable(`Flow.${i.name}`, i.type === 'integer' ? 'integer' : i.type === 'boolean' ? 'boolean' : 'string', { isInput: true })),
    ];
    const conversationId = flowVariables[0].ref as Expr<'string'>;
    const participantId = variable('State.participantId', 'string');
    const status = variable('State.jobStatus', 'string');
    const error = variable('State.jobError', 'string');
    const results = Object.fromEntries(protocol.resultFields.map((f) => [f, variable(`State.result_${f}`, 'string')]));
    const stateVariables: Variable[] = [participantId, status, error, ...Object.values(results)];

    const ctx: JobContext = {
      conversationId,
      input: (name) => {
        const v = flowVariables.find((x) => x.name === `Flow.${name}`);
        if (!v) throw new ValidationError(this.node.path, [`the job reads input "${name}", which it does not declare in its inputs`]);
        return v.ref as Expr<'string'>;
      },
      declare: (v) => {
        if (!stateVariables.some((x) => x.name === v.name)) stateVariables.push(v);
        return v;
      },
      finish: (s, options = {}): UpdateData => ({
        kind: 'updateData',
        name: `Job ${s.toLowerCase().replace('_', ' ')}`,
        statements: [
          { variable: status, value: str(s) },
          { variable: error, value: str(options.error ?? '') },
          ...protocol.resultFields.map((f) => ({ variable: results[f], value: options.results?.[f] ?? str('') })),
        ],
      }),
    };

    const write = (name: string, statusValue: Expr<'string'>, errorValue: Expr<'string'>, resultValues: (f: string) => Expr<'string'>, onFailure: Action[]): Action => ({
      kind: 'callData',
      name,
      action: props.writeStatus,
      inputs: {
        conversationId,
        participantId: participantId.ref,
        status: statusValue,
        error: errorValue,
        ...Object.fromEntries(protocol.resultFields.map((f) => [f, resultValues(f)])),
      },
      successOutputs: {},
      timeoutSeconds: props.writeStatus.definition.timeoutSeconds,
      success: [],
      failure: onFailure,
      timeout: onFailure,
    });
    const finalWrite = (name: string, onFailure: Action[]) =>
      write(name, status.ref, error.ref, (f) => results[f].ref, onFailure);
    const end = (name: string): Action => ({ kind: 'endWorkflow', name });

    const jobActions = job.actions(ctx);
    const actions: Action[] = [
      {
        kind: 'callData',
        name: 'Find the caller',
        action: props.findParticipant,
        inputs: { conversationId },
        successOutputs: { participantId },
        timeoutSeconds: props.findParticipant.definition.timeoutSeconds,
        // Without the caller's participant there is nowhere to write: the call flow's deadline takes over.
        success: [{ kind: 'decision', name: 'No caller?', condition: isNotSetOrEmpty(participantId.ref), yes: [end('No caller to report to')], no: [] }],
        failure: [end('Caller not found')],
        timeout: [end('Caller lookup timed out')],
      },
      write('Write ONGOING', str(JobStatus.ONGOING), str(''), () => str(''), []),
      ...jobActions,
      finalWrite('Write the result', [
        { kind: 'wait', name: 'Pause before retrying', seconds: FINAL_WRITE_RETRY_SECONDS },
        finalWrite('Write the result again', []),
      ]),
      end('Done'),
    ];

    const model: FlowModel = {
      kind: 'workflow',
      name: props.name,
      description: props.description ?? `Runs a job and reports it in participant data (${protocol.prefix}*).`,
      variables: flowVariables,
      tasks: [{ name: 'Run job', refId: 'Run job_10', variables: stateVariables, actions }],
      startUpRef: 'Run job_10',
    };
    this.flow = new ArchitectFlow(this, 'Default', { model, division: props.division });
  }

  get flowId(): string {
    return this.flow.flowId;
  }
}
