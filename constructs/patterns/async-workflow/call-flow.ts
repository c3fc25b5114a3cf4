import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { CONVERSATION_ID_INPUT, LaunchWorkflowAction } from '../../data-actions/catalog/launch-workflow';
import { ReadJobStatusAction } from '../../data-actions/catalog/read-job-status';
import { IDivision } from '../../division/division';
import { JobStatus, StatusProtocol } from '../../protocol/status-protocol';
import { IQueue } from '../../routing/queue';
import { ValidationError } from '../../validation';
import { ArchitectFlow } from '../../flows/architect-flow';
import { and, bool, Call, choose, elapsedMs, eq, Expr, gte, ifElse, int, isNotSetOrEmpty, isSet, lt, minus, not, or, plus, str, toAudioBlank } from '../../flows/archy/expressions';
import { Action, allActions, FlowModel, Task, Variable, variable } from '../../flows/archy/model';
import { holdChecks, MAX_HOLD_CHECKS } from './hold';

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
  /** Where a call goes when the job fails, finds nothing, names no known route, misses the deadline, or the flow meets an error. */
  readonly fallback: IQueue;
}

/** One job the call flow starts and follows. */
export interface CallFlowJob {
  /** The job's attributes. */
  readonly protocol: StatusProtocol;
  /** The action that starts its workflow. */
  readonly launch: LaunchWorkflowAction;
  /** Values of the job's inputs besides the conversation id, e.g. `{ phoneNumber: e164(toPhoneNumber(Call.ani)) }`. @default - none */
  readonly inputs?: Readonly<Record<string, Expr>>;
  /**
   * Conditions for launching the job, tested in order, each only once those
   * before it hold (a decision each), so an earlier one can protect a later
   * one from NOT_SET. When one fails the job is not launched: the input it
   * needs is missing, e.g. a withheld calling number.
   * @default - every string input is set and not empty
   */
  readonly launchWhen?: readonly Expr<'boolean'>[];
}

export interface CallFlowModelProps {
  /** The call flow's name in the org. */
  readonly name: string;
  /** @default - a description of what it does */
  readonly description?: string;
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
  /** How long to wait before the first check after the journey, while the caller hears silence; 0.5 to 60 s in steps of 0.5. Each wait after it doubles, up to `maxPollIntervalSeconds`. @default 3 */
  readonly pollIntervalSeconds?: number;
  /** The longest wait between checks after the journey (the backoff's cap). @default 4 times pollIntervalSeconds, at most 60 */
  readonly maxPollIntervalSeconds?: number;
  /**
   * How long after the launch the job can first be done: the journey's checks
   * before then are skipped, because a read then cannot help (e.g. an AI that
   * takes 5 s or more). @default 0
   */
  readonly firstCheckAfterSeconds?: number;
  /**
   * How long the caller may hold after the journey, read from the clock: the
   * call reaches a queue by then, however slow the status reads are.
   * @default 30
   */
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

export interface AsyncJobCallFlowProps extends CallFlowModelProps {
  /** @default - Archy's default division */
  readonly division?: IDivision;
}

/** What the call flow writes in its routing attribute. */
export const RoutingOutcome = {
  JOB: 'job-result',
  /** Every job ended without a result: it found nothing, failed, or never launched. */
  NO_RESULT: 'no-result',
  LAUNCH_FAILED: 'launch-failed',
  /** No job was launched because an input was missing, e.g. a withheld number or nothing said. */
  NO_INPUT: 'no-input',
  DEADLINE: 'deadline',
} as const;

/** The call flow's model with what a simulator and the stack need to know of it. */
export interface CallFlowModel {
  readonly model: FlowModel;
  /** The journey's messages and questions, in order. */
  readonly journey: readonly Action[];
  /** The action that starts the hold clock, when the journey is over. */
  readonly holdStart: Action;
  /** The participant attribute where the flow notes how it routed the call. */
  readonly routingAttribute: string;
  /** How long the caller may hold after the journey. */
  readonly deadlineSeconds: number;
  /** Iterations of the hold loop. */
  readonly pollCount: number;
  /** The most status reads one call makes: one per journey step, and one per hold check that can end before the deadline. */
  readonly maxStatusReads: number;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The inbound call flow of the pattern, without a stack. It launches one
 * workflow per job side by side (a job whose inputs are missing is not
 * launched; when none starts, the caller goes to the fallback queue at once),
 * runs the caller's journey and checks the status after each step, then
 * keeps checking at an interval until a deadline read from the clock. SUCCESS
 * routes to the queue the result names; a job that failed, found nothing or
 * never launched counts as ended, and when every job has ended without a
 * result the caller goes to the fallback queue. So does any error: the flow's
 * error handling transfers to the fallback queue. It reads the jobs'
 * attributes and never writes them.
 *
 * The routing lives once, in a reusable task "Route" that every check jumps to
 * when the jobs are done, rather than inlined at each check (sample 1's YAML:
 * 745 lines inlined, 561 with Route): a call flow can reuse a task from several
 * places (help "Work with tasks in the flow"). A task cannot read another task's
 * Task variables, so what Route reads (each job's status, result and launch
 * flag, and the queue it finds) is flow-scoped (`Flow.x`); the rest stays in
 * the main task.
 */
export function buildCallFlowModel(props: CallFlowModelProps, path = 'AsyncJobCallFlow'): CallFlowModel {
  const { routing, jobs } = props;
  const owned = jobs.flatMap((j) => j.protocol.attributes);
  const interval = props.pollIntervalSeconds ?? 3;
  const maxInterval = props.maxPollIntervalSeconds ?? Math.min(60, interval * 4);
  const firstCheckAfter = props.firstCheckAfterSeconds ?? 0;
  const deadline = props.deadlineSeconds ?? 30;
  const routingAttribute = props.routingAttribute ?? 'asyncCallFlow_routing';
  const readSeconds = props.readStatus.definition.timeoutSeconds;
  // Each hold iteration lasts at least one interval, except the last two.
  const pollCount = holdChecks(deadline, interval) + 2;
  const problems: string[] = [];
  if (!(interval >= 0.5 && interval <= 60) || !Number.isInteger(interval * 2)) {
    problems.push(`pollIntervalSeconds ${interval} must be from 0.5 to 60, in steps of 0.5`);
  }
  if (!(maxInterval >= interval && maxInterval <= 60) || !Number.isInteger(maxInterval * 2)) {
    problems.push(`maxPollIntervalSeconds ${maxInterval} must be from pollIntervalSeconds (${interval}) to 60, in steps of 0.5`);
  }
  if (!(firstCheckAfter >= 0 && firstCheckAfter <= 600) || !Number.isInteger(firstCheckAfter * 2)) {
    problems.push(`firstCheckAfterSeconds ${firstCheckAfter} must be from 0 to 600, in steps of 0.5`);
  }
  if (!Number.isInteger(deadline) || deadline < interval || deadline > 600) {
    problems.push(`deadlineSeconds ${deadline} must be a whole number from pollIntervalSeconds (${interval}) to 600`);
  } else if (pollCount - 2 > MAX_HOLD_CHECKS) {
    problems.push(`deadlineSeconds ${deadline} / pollIntervalSeconds ${interval} needs ${pollCount} checks: at most ${MAX_HOLD_CHECKS} fit a bounded loop; poll less often or hold less`);
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
  if (!/^[A-Za-z][A-Za-z0-9_]{0,99}$/.test(routingAttribute)) {
    problems.push(`routingAttribute ${JSON.stringify(routingAttribute)} must be a participant data name of letters, digits or "_", starting with a letter`);
  } else if (owned.includes(routingAttribute)) {
    problems.push(`routingAttribute "${routingAttribute}" belongs to the workflow: the call flow must never write the job's attributes`);
  }
  const steps = props.steps ?? [];
  steps.forEach((s, i) => {
    if ('ask' in s && !NAME.test(s.into)) problems.push(`steps[${i}].into "${s.into}" must be letters, digits or "_"`);
    if ('ask' in s && s.maxDigits !== undefined && !(Number.isInteger(s.maxDigits) && s.maxDigits >= 1 && s.maxDigits <= 50)) {
      problems.push(`steps[${i}].maxDigits ${s.maxDigits} must be a whole number of digits from 1 to 50`);
    }
  });
  ValidationError.throwIf(path, problems);

  // One status, one result and one launch flag per job, named after its attributes. They are flow variables,
  // as is the queue found for the result: the Route task reads them, and a task sees no other task's Task variables.
  const followed = jobs.map((j) => ({
    job: j,
    status: variable(`Flow.${j.protocol.statusAttribute}`, 'string'),
    result: variable(`Flow.${j.protocol.resultAttribute(routing.resultField)}`, 'string'),
    launched: variable(`Flow.${j.protocol.prefix}launched`, 'boolean'),
  }));
  const targetQueue = variable('Flow.targetQueue', 'queue');
  const flowVariables: Variable[] = [...followed.flatMap((f) => [f.status, f.result, f.launched]), targetQueue];
  const inputsMissing = variable('Task.inputsMissing', 'boolean');
  const pollIndex = variable('Task.pollIndex', 'integer');
  const holdEndsMs = variable('Task.holdEndsMs', 'integer');
  const remainingMs = variable('Task.remainingMs', 'integer');
  const waitMs = variable('Task.waitMs', 'integer');
  const intervalVar = variable('Task.intervalMs', 'integer');
  const firstCheckAtMs = variable('Task.firstCheckAtMs', 'integer');
  const answers = steps.flatMap((s) => ('ask' in s ? [variable(`Task.${s.into}`, 'string')] : []));
  const taskVariables: Variable[] = [
    inputsMissing,
    pollIndex,
    holdEndsMs,
    remainingMs,
    waitMs,
    intervalVar,
    ...(firstCheckAfter > 0 ? [firstCheckAtMs] : []),
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
      // `==` allows NOT_SET, so an unset result picks the fallback queue.
      queueName: choose(result.ref, Object.entries(routing.routes).map(([value, q]) => [value, q.queueName]), routing.fallback.queueName),
      into: targetQueue,
    },
    { kind: 'transferToAcd', name: 'Transfer to the queue for the result', queue: targetQueue },
    ...fallback(RoutingOutcome.JOB).slice(1),
  ];
  const label = (f: (typeof followed)[number]) => (followed.length > 1 ? ` ${f.job.protocol.prefix}` : '');
  // A job has ended without a result when it never launched, or reported NOT_FOUND or FAILED.
  const ended = (f: (typeof followed)[number]) =>
    or(not(isSet(f.launched.ref)), eq(f.status.ref, str(JobStatus.NOT_FOUND)), eq(f.status.ref, str(JobStatus.FAILED)));
  // The routing, written once. The first job found SUCCESS decides; when none is, every job ended without a result
  // (a check jumps here only then): the fallback.
  const decide = (i: number): Action[] =>
    i < followed.length
      ? [
          {
            kind: 'decision',
            name: `Job${label(followed[i])} succeeded?`,
            condition: eq(followed[i].status.ref, str(JobStatus.SUCCESS)),
            yes: routeByResult(followed[i].result),
            no: decide(i + 1),
          },
        ]
      : fallback(RoutingOutcome.NO_RESULT);
  const route: Task = { name: 'Route', refId: 'Route_20', actions: decide(0) };
  // The jobs are done when one is SUCCESS, or every one ended without a result. `==` allows NOT_SET (a status
  // not read yet), and `ended` gives a boolean whatever is set, so NOT_SET never reaches `or` or `and`.
  const done = or(...followed.map((f) => eq(f.status.ref, str(JobStatus.SUCCESS))), and(...followed.map(ended)));
  let checks = 0;
  const check = (when: string): Action => {
    checks++;
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
      timeoutSeconds: readSeconds,
      success: [
        {
          kind: 'decision',
          name: `Job done? (${when})`,
          condition: done,
          // Control never comes back: Route ends the call (a transfer, else a disconnect).
          yes: [{ kind: 'jumpToTask', name: 'Jump to Route', task: route.refId }],
          no: [],
        },
      ],
      // A read that fails is not the job failing: the journey goes on and the next check may succeed.
      failure: [],
      timeout: [],
    };
  };

  // A job launches when each of its conditions holds, tested one decision at a time.
  const launchOf = (f: (typeof followed)[number]): Action[] => {
    const inputs = f.job.inputs ?? {};
    const conditions =
      f.job.launchWhen ?? Object.values(inputs).flatMap((e) => (e.type === 'string' ? [not(isNotSetOrEmpty(e as Expr<'string'>))] : [isSet(e)]));
    const launch: Action = {
      kind: 'callData',
      name: `Launch the workflow${label(f)}`,
      action: f.job.launch,
      inputs: { [CONVERSATION_ID_INPUT]: Call.conversationId, ...inputs },
      successOutputs: {},
      timeoutSeconds: f.job.launch.definition.timeoutSeconds,
      success: [{ kind: 'updateData', name: `Note the launch${label(f)}`, statements: [{ variable: f.launched, value: bool(true) }] }],
      failure: [],
      timeout: [],
    };
    const missing: Action = { kind: 'updateData', name: `Note a missing input${label(f)}`, statements: [{ variable: inputsMissing, value: bool(true) }] };
    return conditions.reduceRight<Action[]>(
      (inner, condition, i) => [{ kind: 'decision', name: `Input ${i + 1} there${label(f)}?`, condition, yes: inner, no: [missing] }],
      [launch],
    );
  };

  const intervalMs = Math.round(interval * 1000);
  const maxIntervalMs = Math.round(maxInterval * 1000);
  const remaining: Action = {
    kind: 'updateData',
    name: 'Time left',
    statements: [{ variable: remainingMs, value: minus(holdEndsMs.ref, elapsedMs()) }],
  };
  // The silence never runs past the deadline: the rest of the time, or one interval, whichever is shorter.
  const nonNegative = ifElse(lt(remainingMs.ref, int(0)), int(0), remainingMs.ref);
  const journey = steps.map(
    (s, i): Action =>
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
  );
  const holdStart: Action = {
    kind: 'updateData',
    name: 'Start the hold clock',
    statements: [
      { variable: holdEndsMs, value: plus(elapsedMs(), int(deadline * 1000)) },
      { variable: intervalVar, value: int(intervalMs) },
    ],
  };
  const actions: Action[] = [
    ...(props.beforeLaunch ?? []),
    // Every job is started before the caller hears anything more; the flow goes on if at least one started.
    ...followed.flatMap(launchOf),
    {
      kind: 'decision',
      name: 'Nothing launched?',
      condition: and(...followed.map((f) => not(isSet(f.launched.ref)))),
      yes: [
        {
          kind: 'decision',
          name: 'Was an input missing?',
          condition: isSet(inputsMissing.ref),
          yes: fallback(RoutingOutcome.NO_INPUT),
          no: fallback(RoutingOutcome.LAUNCH_FAILED),
        },
      ],
      no: [],
    },
    // The clock for "can the job be done yet?": the journey's checks before then are skipped.
    ...(firstCheckAfter > 0
      ? [{ kind: 'updateData', name: 'Note when the job can first be done', statements: [{ variable: firstCheckAtMs, value: plus(elapsedMs(), int(Math.round(firstCheckAfter * 1000))) }] } as Action]
      : []),
    ...journey.flatMap((step, i): Action[] => [
      step,
      firstCheckAfter > 0
        ? { kind: 'decision', name: `Could the job be done? (after step ${i + 1})`, condition: gte(elapsedMs(), firstCheckAtMs.ref), yes: [check(`after step ${i + 1}`)], no: [] }
        : check(`after step ${i + 1}`),
    ]),
    holdStart,
    // An empty hold message says nothing: the journey already told the caller to hold.
    ...(props.holdMessage === ''
      ? []
      : [{ kind: 'playAudio', name: 'Ask the caller to hold', audio: { tts: props.holdMessage ?? 'Thank you for waiting, we are almost there.' } } as Action]),
    {
      kind: 'loop',
      name: 'Keep checking until the deadline',
      count: pollCount,
      index: pollIndex,
      body: [
        remaining,
        {
          // A check starts only when it can end before the deadline, whatever the read's latency.
          kind: 'decision',
          name: 'Too late for another check?',
          condition: lt(remainingMs.ref, int(readSeconds * 1000)),
          yes: [
            { kind: 'updateData', name: 'Wait out the rest', statements: [{ variable: waitMs, value: nonNegative }] },
            { kind: 'playAudio', name: 'Hold until the deadline', audio: { exp: toAudioBlank(waitMs.ref) } },
            ...fallback(RoutingOutcome.DEADLINE),
          ],
          no: [],
        },
        // Check first: the result may have landed while the hold message played.
        check('while the caller holds'),
        remaining,
        {
          kind: 'updateData',
          name: 'Next silence',
          statements: [
            { variable: waitMs, value: ifElse(lt(remainingMs.ref, intervalVar.ref), nonNegative, intervalVar.ref) },
            // Back off: each wait doubles, up to the cap.
            { variable: intervalVar, value: ifElse(lt(int(maxIntervalMs), plus(intervalVar.ref, intervalVar.ref)), int(maxIntervalMs), plus(intervalVar.ref, intervalVar.ref)) },
          ],
        },
        { kind: 'playAudio', name: 'Hold', audio: { exp: toAudioBlank(waitMs.ref) } },
      ],
    },
    ...fallback(RoutingOutcome.DEADLINE),
  ];

  // The call flow reads the jobs' attributes and never writes them.
  for (const a of allActions([...actions, ...route.actions])) {
    if (a.kind === 'setParticipantData') {
      const written = a.attributes.filter((at) => owned.includes(at.name)).map((at) => at.name);
      if (written.length) throw new ValidationError(path, [`action "${a.name}" writes ${written.join(', ')}, which only the workflow may write`]);
    }
  }

  // Reads in the hold, at most: one at each wait's end while a read can still end before the deadline (reads taking no time).
  let holdReads = 0;
  for (let t = 0, wait = interval; t <= deadline - readSeconds && holdReads < pollCount; t += wait, wait = Math.min(wait * 2, maxInterval)) holdReads++;
  return {
    model: {
      kind: 'inboundCall',
      name: props.name,
      description: props.description ?? 'Starts a workflow, keeps the caller company, and routes on its result.',
      variables: flowVariables,
      tasks: [{ name: 'Main', refId: 'Main_10', variables: taskVariables, actions }, route],
      startUpRef: 'Main_10',
      errorHandling: { kind: 'queue', queueName: routing.fallback.queueName },
    },
    journey,
    holdStart,
    routingAttribute,
    deadlineSeconds: deadline,
    pollCount,
    // check() is written once per step and once in the loop body.
    maxStatusReads: checks - 1 + holdReads,
  };
}

/** The inbound call flow of the pattern (see `buildCallFlowModel`), published to the org. */
export class AsyncJobCallFlow extends Construct {
  readonly flow: ArchitectFlow;
  /** The journey's messages and questions, in order. */
  readonly journey: readonly Action[];
  /** The action that starts the hold clock, when the journey is over. */
  readonly holdStart: Action;
  /** The participant attribute where the flow notes how it routed the call. */
  readonly routingAttribute: string;
  /** How long the caller may hold after the journey. */
  readonly deadlineSeconds: number;
  /** The most status reads one call makes. */
  readonly maxStatusReads: number;
  /** Iterations of the hold loop. */
  readonly pollCount: number;

  constructor(scope: Construct, id: string, props: AsyncJobCallFlowProps) {
    super(scope, id);
    const built = buildCallFlowModel(props, `${scope.node.path}/${id}`);
    const { routing } = props;
    const queues = [...Object.values(routing.routes), routing.fallback]
      .map((q) => q.dependable)
      .filter((d): d is ITerraformDependable => d !== undefined);
    this.flow = new ArchitectFlow(this, 'Default', { model: built.model, division: props.division, dependsOn: [...new Set(queues)] });
    this.journey = built.journey;
    this.holdStart = built.holdStart;
    this.routingAttribute = built.routingAttribute;
    this.deadlineSeconds = built.deadlineSeconds;
    this.pollCount = built.pollCount;
    this.maxStatusReads = built.maxStatusReads;
  }

  get flowId(): string {
    return this.flow.flowId;
  }
}
