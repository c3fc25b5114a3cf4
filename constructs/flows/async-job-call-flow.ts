import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { CONVERSATION_ID_INPUT, LaunchWorkflowAction } from '../data-actions/catalog/launch-workflow';
import { ReadJobStatusAction } from '../data-actions/catalog/read-job-status';
import { WriteJobStatusAction } from '../data-actions/catalog/write-job-status';
import { IDivision } from '../division/division';
import { JobStatus, StatusProtocol } from '../protocol/status-protocol';
import { IQueue } from '../routing/queue';
import { ValidationError } from '../validation';
import { ArchitectFlow } from './architect-flow';
import { Call, choose, eq, Expr, or, str, toAudioBlank } from './archy/expressions';
import { Action, allActions, FlowModel, Variable, variable } from './archy/model';

/** One step of the caller's journey while the job runs. */
export type JourneyStep =
  /** Something the caller hears. */
  | { readonly say: string }
  /** A question answered with keypad digits, kept in `Task.<into>`. */
  | { readonly ask: string; readonly into: string; readonly maxDigits?: number };

export interface JobRouting {
  /** The result field that decides the queue, e.g. "intent". */
  readonly resultField: string;
  /** Result value to queue. */
  readonly routes: Readonly<Record<string, IQueue>>;
  /** Where a call goes when the job fails, finds nothing, names no known route, or misses the deadline. */
  readonly fallback: IQueue;
}

export interface AsyncJobCallFlowProps {
  /** The call flow's name in the org. */
  readonly name: string;
  /** @default - a description of what it does */
  readonly description?: string;
  /** @default - Archy's default division */
  readonly division?: IDivision;
  readonly protocol: StatusProtocol;
  readonly launch: LaunchWorkflowAction;
  readonly readStatus: ReadJobStatusAction;
  /** Values of the job's inputs besides the conversation id, e.g. `{ phoneNumber: Call.ani }`. @default - none */
  readonly jobInputs?: Readonly<Record<string, Expr<'string'>>>;
  /** Actions before the launch, e.g. capturing what the caller wants. @default - none */
  readonly beforeLaunch?: readonly Action[];
  /** Variables those actions use (`Task.<name>`). @default - none */
  readonly variables?: readonly Variable[];
  /** The journey: after each step the flow checks the job's status. */
  readonly steps: readonly JourneyStep[];
  /** How often to check after the journey, while the caller hears silence. @default 3 */
  readonly pollIntervalSeconds?: number;
  /** How long to keep checking after the journey before giving up. @default 30 */
  readonly deadlineSeconds?: number;
  /** What the caller hears once, when the journey is over and the flow waits. @default "Thank you for waiting, we are almost there." */
  readonly holdMessage?: string;
  readonly routing: JobRouting;
  /**
   * The participant attribute where the call flow notes how it routed the call,
   * for reporting. It must not be one of the job's attributes.
   * @default "asyncCallFlow_routing"
   */
  readonly routingAttribute?: string;
}

/** What the call flow writes in its routing attribute. */
export const RoutingOutcome = {
  JOB: 'job-result',
  JOB_NOT_FOUND: 'job-not-found',
  JOB_FAILED: 'job-failed',
  LAUNCH_FAILED: 'launch-failed',
  DEADLINE: 'deadline',
} as const;

/**
 * The inbound call flow of the pattern. It launches the workflow (a failed
 * launch goes to the fallback queue at once), runs the caller's journey and
 * checks the job's status after each step, then keeps checking at an
 * interval until a deadline. SUCCESS routes to the queue the result names;
 * anything else goes to the fallback queue. It reads the job's attributes
 * and never writes them.
 */
export class AsyncJobCallFlow extends Construct {
  readonly flow: ArchitectFlow;
  /** The most status reads one call makes: one per journey step, one per poll. */
  readonly maxStatusReads: number;
  /** How many polls follow the journey. */
  readonly pollCount: number;

  constructor(scope: Construct, id: string, props: AsyncJobCallFlowProps) {
    super(scope, id);
    const { protocol, routing } = props;
    const interval = props.pollIntervalSeconds ?? 3;
    const deadline = props.deadlineSeconds ?? 30;
    const routingAttribute = props.routingAttribute ?? 'asyncCallFlow_routing';
    const problems: string[] = [];
    if (!Number.isInteger(interval) || interval < 1 || interval > 60) problems.push(`pollIntervalSeconds ${interval} must be a whole number from 1 to 60`);
    if (!Number.isInteger(deadline) || deadline < interval || deadline > 600) {
      problems.push(`deadlineSeconds ${deadline} must be a whole number from pollIntervalSeconds (${interval}) to 600`);
    }
    if (!protocol.resultFields.includes(routing.resultField)) {
      problems.push(`routing.resultField "${routing.resultField}" is not a result of the job (it has: ${protocol.resultFields.join(', ')})`);
    }
    if (protocol.attributes.includes(routingAttribute)) {
      problems.push(`routingAttribute "${routingAttribute}" belongs to the workflow: the call flow must never write the job's attributes`);
    }
    const steps = props.steps ?? [];
    steps.forEach((s, i) => {
      if ('ask' in s && !/^[A-Za-z][A-Za-z0-9_]*$/.test(s.into)) problems.push(`steps[${i}].into "${s.into}" must be letters, digits or "_"`);
    });
    ValidationError.throwIf(this, problems);

    const jobStatus = variable('Task.jobStatus', 'string');
    const jobResult = variable('Task.jobResult', 'string');
    const targetQueue = variable('Task.targetQueue', 'queue');
    const pollIndex = variable('Task.pollIndex', 'integer');
    const answers = steps.flatMap((s) => ('ask' in s ? [variable(`Task.${s.into}`, 'string')] : []));
    const taskVariables: Variable[] = [jobStatus, jobResult, targetQueue, pollIndex, ...answers, ...(props.variables ?? [])];

    const note = (outcome: string): Action => ({
      kind: 'setParticipantData',
      name: `Note routing: ${outcome}`,
      attributes: [{ name: routingAttribute, value: str(outcome) }],
    });
    const fallback = (outcome: string): Action[] => [
      note(outcome),
      { kind: 'transferToAcd', name: 'Transfer to the fallback queue', queue: { queueName: routing.fallback.queueName } },
      { kind: 'disconnect', name: 'Disconnect (fallback transfer failed)' },
    ];
    const routeByResult: Action[] = [
      note(RoutingOutcome.JOB),
      {
        kind: 'findQueue',
        name: 'Find the queue for the result',
        queueName: choose(jobResult.ref, Object.entries(routing.routes).map(([value, q]) => [value, q.queueName]), routing.fallback.queueName),
        into: targetQueue,
      },
      { kind: 'transferToAcd', name: 'Transfer to the queue for the result', queue: targetQueue },
      ...fallback(RoutingOutcome.JOB).slice(1),
    ];
    let checks = 0;
    const check = (label: string): Action => {
      checks++;
      return {
        kind: 'callData',
        name: `Check the job ${label}`,
        action: props.readStatus,
        inputs: { conversationId: Call.conversationId },
        successOutputs: { status: jobStatus, [routing.resultField]: jobResult },
        timeoutSeconds: props.readStatus.definition.timeoutSeconds,
        success: [
          {
            kind: 'decision',
            name: `Job succeeded? (${label})`,
            condition: eq(jobStatus.ref, str(JobStatus.SUCCESS)),
            yes: routeByResult,
            no: [
              {
                kind: 'decision',
                name: `Job ended without a result? (${label})`,
                condition: or(eq(jobStatus.ref, str(JobStatus.NOT_FOUND)), eq(jobStatus.ref, str(JobStatus.FAILED))),
                yes: fallback(RoutingOutcome.JOB_FAILED),
                no: [],
              },
            ],
          },
        ],
        // A read that fails is not the job failing: the journey goes on and the next check may succeed.
        failure: [],
        timeout: [],
      };
    };

    const launchInputs: Record<string, Expr> = { [CONVERSATION_ID_INPUT]: Call.conversationId, ...props.jobInputs };
    const pollCount = Math.ceil(deadline / interval);
    const actions: Action[] = [
      ...(props.beforeLaunch ?? []),
      {
        kind: 'callData',
        name: 'Launch the workflow',
        action: props.launch,
        inputs: launchInputs,
        successOutputs: {},
        timeoutSeconds: props.launch.definition.timeoutSeconds,
        success: [],
        failure: fallback(RoutingOutcome.LAUNCH_FAILED),
        timeout: fallback(RoutingOutcome.LAUNCH_FAILED),
      },
      ...steps.flatMap((s, i): Action[] => [
        'say' in s
          ? { kind: 'playAudio', name: `Journey step ${i + 1}`, audio: { tts: s.say } }
          : {
              kind: 'collectInput',
              name: `Journey step ${i + 1}`,
              prompt: s.ask,
              into: variable(`Task.${s.into}`, 'string'),
              minDigits: 1,
              maxDigits: s.maxDigits ?? 1,
              noEntryTimeoutSeconds: 5,
              success: [],
              failure: [],
            },
        check(`after step ${i + 1}`),
      ]),
      { kind: 'playAudio', name: 'Ask the caller to hold', audio: { tts: props.holdMessage ?? 'Thank you for waiting, we are almost there.' } },
      {
        kind: 'loop',
        name: 'Keep checking until the deadline',
        count: pollCount,
        index: pollIndex,
        body: [{ kind: 'playAudio', name: 'Hold', audio: { exp: toAudioBlank(interval * 1000) } }, check('while the caller holds')],
      },
      ...fallback(RoutingOutcome.DEADLINE),
    ];

    // The call flow reads the job's attributes and never writes them.
    for (const a of allActions(actions)) {
      if (a.kind === 'callData' && a.action instanceof WriteJobStatusAction) {
        throw new ValidationError(this.node.path, [`action "${a.name}" writes the job's status: only the workflow may`]);
      }
      if (a.kind === 'setParticipantData') {
        const owned = a.attributes.filter((at) => protocol.attributes.includes(at.name)).map((at) => at.name);
        if (owned.length) throw new ValidationError(this.node.path, [`action "${a.name}" writes ${owned.join(', ')}, which only the workflow may write`]);
      }
    }

    const model: FlowModel = {
      kind: 'inboundCall',
      name: props.name,
      description: props.description ?? 'Starts a workflow, keeps the caller company, and routes on its result.',
      tasks: [{ name: 'Main', refId: 'Main_10', variables: taskVariables, actions }],
      startUpRef: 'Main_10',
    };
    const queues = [...Object.values(routing.routes), routing.fallback]
      .map((q) => q.dependable)
      .filter((d): d is ITerraformDependable => d !== undefined);
    this.flow = new ArchitectFlow(this, 'Default', { model, division: props.division, dependsOn: [...new Set(queues)] });
    this.pollCount = pollCount;
    // check() is written once per step and once in the loop body, which runs pollCount times.
    this.maxStatusReads = checks - 1 + pollCount;
  }

  get flowId(): string {
    return this.flow.flowId;
  }
}
