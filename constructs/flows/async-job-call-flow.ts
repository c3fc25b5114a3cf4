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
import { and, bool, Call, choose, eq, Expr, isSet, not, or, str, toAudioBlank } from './archy/expressions';
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

/** One job the call flow starts and follows. */
export interface CallFlowJob {
  /** The job's attributes. */
  readonly protocol: StatusProtocol;
  /** The action that starts its workflow. */
  readonly launch: LaunchWorkflowAction;
  /** Values of the job's inputs besides the conversation id, e.g. `{ phoneNumber: Call.ani }`. @default - none */
  readonly inputs?: Readonly<Record<string, Expr>>;
}

export interface AsyncJobCallFlowProps {
  /** The call flow's name in the org. */
  readonly name: string;
  /** @default - a description of what it does */
  readonly description?: string;
  /** @default - Archy's default division */
  readonly division?: IDivision;
  /**
   * The jobs to start, all at once. With several (e.g. one per database), the
   * first job found SUCCESS, in this order, decides the route.
   */
  readonly jobs: readonly CallFlowJob[];
  /** Reads the attributes of every job in one call. */
  readonly readStatus: ReadJobStatusAction;
  /** Actions before the launch, e.g. capturing what the caller wants. @default - none */
  readonly beforeLaunch?: readonly Action[];
  /** Variables those actions use (`Task.<name>`). @default - none */
  readonly variables?: readonly Variable[];
  /** The journey: after each step the flow checks the jobs' status. */
  readonly steps: readonly JourneyStep[];
  /** How often to check after the journey, while the caller hears silence; 0.5 to 60 s in steps of 0.5. @default 3 */
  readonly pollIntervalSeconds?: number;
  /** How long to keep checking after the journey before giving up. @default 30 */
  readonly deadlineSeconds?: number;
  /** What the caller hears once, when the journey is over and the flow waits; "" for nothing. @default "Thank you for waiting, we are almost there." */
  readonly holdMessage?: string;
  readonly routing: JobRouting;
  /**
   * The participant attribute where the call flow notes how it routed the call,
   * for reporting. It must not be one of the jobs' attributes.
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
 * The inbound call flow of the pattern. It launches the workflow, or one
 * workflow per job side by side (when none starts, the caller goes to the
 * fallback queue at once), runs the caller's journey and checks the status
 * after each step, then keeps checking at an interval until a deadline.
 * SUCCESS routes to the queue the result names; anything else goes to the
 * fallback queue. It reads the jobs' attributes and never writes them.
 */
export class AsyncJobCallFlow extends Construct {
  readonly flow: ArchitectFlow;
  /** The most status reads one call makes: one per journey step, one per poll. */
  readonly maxStatusReads: number;
  /** How many polls follow the journey. */
  readonly pollCount: number;

  constructor(scope: Construct, id: string, props: AsyncJobCallFlowProps) {
    super(scope, id);
    const { routing, jobs } = props;
    const owned = jobs.flatMap((j) => j.protocol.attributes);
    const interval = props.pollIntervalSeconds ?? 3;
    const deadline = props.deadlineSeconds ?? 30;
    const routingAttribute = props.routingAttribute ?? 'asyncCallFlow_routing';
    const problems: string[] = [];
    if (!(interval >= 0.5 && interval <= 60) || !Number.isInteger(interval * 2)) {
      problems.push(`pollIntervalSeconds ${interval} must be from 0.5 to 60, in steps of 0.5`);
    }
    if (!Number.isInteger(deadline) || deadline < interval || deadline > 600) {
      problems.push(`deadlineSeconds ${deadline} must be a whole number from pollIntervalSeconds (${interval}) to 600`);
    }
    if (jobs.length === 0) problems.push('jobs is empty: give at least one job to start');
    for (const j of jobs) {
      if (!j.protocol.resultFields.includes(routing.resultField)) {
        problems.push(`routing.resultField "${routing.resultField}" is not a result of the job ${j.protocol.prefix}* (it has: ${j.protocol.resultFields.join(', ')})`);
      }
      if (!props.readStatus.protocols.includes(j.protocol)) {
        problems.push(`readStatus does not read the job ${j.protocol.prefix}*: give it every job's protocol`);
      }
    }
    if (owned.includes(routingAttribute)) {
      problems.push(`routingAttribute "${routingAttribute}" belongs to the workflow: the call flow must never write the job's attributes`);
    }
    const steps = props.steps ?? [];
    steps.forEach((s, i) => {
      if ('ask' in s && !/^[A-Za-z][A-Za-z0-9_]*$/.test(s.into)) problems.push(`steps[${i}].into "${s.into}" must be letters, digits or "_"`);
    });
    ValidationError.throwIf(this, problems);

    // One status and one result variable per job, named after its attributes.
    const followed = jobs.map((j) => ({
      job: j,
      status: variable(`Task.${j.protocol.statusAttribute}`, 'string'),
      result: variable(`Task.${j.protocol.resultAttribute(routing.resultField)}`, 'string'),
    }));
    const launched = variable('Task.launched', 'boolean');
    const targetQueue = variable('Task.targetQueue', 'queue');
    const pollIndex = variable('Task.pollIndex', 'integer');
    const answers = steps.flatMap((s) => ('ask' in s ? [variable(`Task.${s.into}`, 'string')] : []));
    const taskVariables: Variable[] = [
      ...followed.flatMap((f) => [f.status, f.result]),
      launched,
      targetQueue,
      pollIndex,
      ...answers,
      ...(props.variables ?? []),
    ];

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
    const routeByResult = (result: Variable<'string'>): Action[] => [
      note(RoutingOutcome.JOB),
      {
        kind: 'findQueue',
        name: 'Find the queue for the result',
        queueName: choose(result.ref, Object.entries(routing.routes).map(([value, q]) => [value, q.queueName]), routing.fallback.queueName),
        into: targetQueue,
      },
      { kind: 'transferToAcd', name: 'Transfer to the queue for the result', queue: targetQueue },
      ...fallback(RoutingOutcome.JOB).slice(1),
    ];
    const label = (f: (typeof followed)[number]) => (followed.length > 1 ? ` ${f.job.protocol.prefix}` : '');
    let checks = 0;
    const check = (when: string): Action => {
      checks++;
      // The first job found SUCCESS decides; when every job ended without one, the fallback.
      const decide = (i: number): Action[] =>
        i < followed.length
          ? [
              {
                kind: 'decision',
                name: `Job${label(followed[i])} succeeded? (${when})`,
                condition: eq(followed[i].status.ref, str(JobStatus.SUCCESS)),
                yes: routeByResult(followed[i].result),
                no: decide(i + 1),
              },
            ]
          : [
              {
                kind: 'decision',
                name: `Every job ended without a result? (${when})`,
                condition: and(...followed.map((f) => or(eq(f.status.ref, str(JobStatus.NOT_FOUND)), eq(f.status.ref, str(JobStatus.FAILED))))),
                yes: fallback(RoutingOutcome.JOB_FAILED),
                no: [],
              },
            ];
      return {
        kind: 'callData',
        name: `Check the job ${when}`,
        action: props.readStatus,
        inputs: { conversationId: Call.conversationId },
        successOutputs: Object.fromEntries(
          followed.flatMap((f) => [
            [f.job.protocol.statusAttribute, f.status],
            [f.job.protocol.resultAttribute(routing.resultField), f.result],
          ]),
        ),
        timeoutSeconds: props.readStatus.definition.timeoutSeconds,
        success: decide(0),
        // A read that fails is not the job failing: the journey goes on and the next check may succeed.
        failure: [],
        timeout: [],
      };
    };

    const pollCount = Math.ceil(deadline / interval);
    const actions: Action[] = [
      ...(props.beforeLaunch ?? []),
      // Every job is started before the caller hears anything more; the flow goes on if at least one started.
      ...followed.map(
        (f): Action => ({
          kind: 'callData',
          name: `Launch the workflow${label(f)}`,
          action: f.job.launch,
          inputs: { [CONVERSATION_ID_INPUT]: Call.conversationId, ...f.job.inputs },
          successOutputs: {},
          timeoutSeconds: f.job.launch.definition.timeoutSeconds,
          success: [{ kind: 'updateData', name: 'Note the launch', statements: [{ variable: launched, value: bool(true) }] }],
          failure: [],
          timeout: [],
        }),
      ),
      { kind: 'decision', name: 'Nothing launched?', condition: not(isSet(launched.ref)), yes: fallback(RoutingOutcome.LAUNCH_FAILED), no: [] },
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
      // An empty hold message says nothing: the journey already told the caller to hold.
      ...(props.holdMessage === ''
        ? []
        : [{ kind: 'playAudio', name: 'Ask the caller to hold', audio: { tts: props.holdMessage ?? 'Thank you for waiting, we are almost there.' } } as Action]),
      {
        kind: 'loop',
        name: 'Keep checking until the deadline',
        count: pollCount,
        index: pollIndex,
        // Check first: the result may have landed while the hold message played.
        body: [check('while the caller holds'), { kind: 'playAudio', name: 'Hold', audio: { exp: toAudioBlank(Math.round(interval * 1000)) } }],
      },
      ...fallback(RoutingOutcome.DEADLINE),
    ];

    // The call flow reads the jobs' attributes and never writes them.
    for (const a of allActions(actions)) {
      if (a.kind === 'callData' && a.action instanceof WriteJobStatusAction) {
        throw new ValidationError(this.node.path, [`action "${a.name}" writes a job's status: only the workflow may`]);
      }
      if (a.kind === 'setParticipantData') {
        const written = a.attributes.filter((at) => owned.includes(at.name)).map((at) => at.name);
        if (written.length) throw new ValidationError(this.node.path, [`action "${a.name}" writes ${written.join(', ')}, which only the workflow may write`]);
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
