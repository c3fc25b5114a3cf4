import { Construct } from 'constructs';
import { ArchitectIvr } from '@cdktf/provider-genesyscloud/lib/architect-ivr';
import { LaunchWorkflowAction } from '../../data-actions/catalog/launch-workflow';
import { ReadJobStatusAction } from '../../data-actions/catalog/read-job-status';
import { IDataActionIntegration } from '../../data-actions/data-action';
import { IDivision } from '../../division/division';
import { AsyncJobCallFlow, JobRouting, JourneyStep } from './call-flow';
import { AsyncJobWorkflow } from './workflow';
import { Expr } from '../../flows/archy/expressions';
import { Action, Variable } from '../../flows/archy/model';
import { WorkflowJob } from './job';
import { GenesysDataActionsIntegration } from '../../integrations/genesys-data-actions-integration';
import { StatusProtocol } from '../../protocol/status-protocol';
import { ValidationError } from '../../validation';

/** One job of the pattern: a workflow that runs it, and how the call flow starts it. */
export interface AsyncJobDefinition {
  /** Short id for construct ids and object names, e.g. "lookup" or "alpha". */
  readonly id: string;
  /** Its attributes; each job needs a prefix of its own. */
  readonly protocol: StatusProtocol;
  readonly job: WorkflowJob;
  /** Values of the job's inputs in the call flow, e.g. `{ phoneNumber: e164(toPhoneNumber(Call.ani)) }`. */
  readonly inputs: Readonly<Record<string, Expr>>;
  /**
   * Conditions for launching the job, tested in order (see `CallFlowJob.launchWhen`).
   * @default - every string input is set and not empty
   */
  readonly launchWhen?: readonly Expr<'boolean'>[];
}

/** The caller's side while the jobs run. */
export interface JourneyProps {
  readonly steps: readonly JourneyStep[];
  /** @default - none */
  readonly beforeLaunch?: readonly Action[];
  /** @default - none */
  readonly variables?: readonly Variable[];
  /** @default 3 */
  readonly pollIntervalSeconds?: number;
  /** How long the caller may hold after the journey, read from the clock. @default 30 */
  readonly deadlineSeconds?: number;
  /** The backoff's cap on the wait between checks after the journey. @default 4 times pollIntervalSeconds, at most 60 */
  readonly maxPollIntervalSeconds?: number;
  /** How long after the launch the job can first be done: the journey's checks before then are skipped. @default 0 */
  readonly firstCheckAfterSeconds?: number;
  /** @default "Thank you for waiting, we are almost there." */
  readonly holdMessage?: string;
}

export interface AsyncWorkflowProps {
  /** Start of every object's name, qualified for the environment, e.g. "dev-AI Intent". */
  readonly name: string;
  /** @default - the home division (Archy's default) */
  readonly division?: IDivision;
  /**
   * The Genesys Cloud Data Actions integration the internal actions use,
   * e.g. one shared by several patterns, or an existing one.
   * @default - a new integration "<name> Platform", with its own client and role
   */
  readonly platform?: IDataActionIntegration;
  /** The jobs: one, or several started side by side (the first SUCCESS wins). */
  readonly jobs: readonly AsyncJobDefinition[];
  readonly journey: JourneyProps;
  readonly routing: JobRouting;
  /** @default "asyncCallFlow_routing" */
  readonly routingAttribute?: string;
  /**
   * Phone numbers (DNIS) to route to the call flow, through an Architect IVR configuration.
   * @default - none: route numbers to the flow yourself
   */
  readonly dnis?: readonly string[];
}

/**
 * The asynchronous workflow pattern in one call: the inbound call flow, one
 * workflow per job, the internal data actions (launch, read status) and their
 * integration, wired with least privilege: the integration's role gets
 * exactly the permissions those actions declare. The workflows write their
 * status with Architect's own Set Conversation Data, which needs no data
 * action.
 * Every part can come from outside: an existing integration, queues found by
 * name, your own journey and jobs.
 */
export class AsyncWorkflow extends Construct {
  readonly platform: IDataActionIntegration;
  readonly readStatus: ReadJobStatusAction;
  readonly workflows: Readonly<Record<string, AsyncJobWorkflow>>;
  readonly launches: Readonly<Record<string, LaunchWorkflowAction>>;
  /** Each job's attributes, by job id. */
  readonly protocols: Readonly<Record<string, StatusProtocol>>;
  readonly callFlow: AsyncJobCallFlow;
  readonly ivr?: ArchitectIvr;

  constructor(scope: Construct, id: string, props: AsyncWorkflowProps) {
    super(scope, id);
    const problems: string[] = [];
    if (!props.name?.trim()) problems.push('name is empty: give the start of every object name, e.g. "dev-AI Intent"');
    if (props.jobs.length === 0) problems.push('jobs is empty: give at least one job');
    const ids = props.jobs.map((j) => j.id);
    if (new Set(ids).size !== ids.length) problems.push(`job ids ${JSON.stringify(ids)} must be distinct`);
    for (const n of props.dnis ?? []) {
      if (!/^\+[1-9][0-9]{6,14}$/.test(n)) problems.push(`dnis ${JSON.stringify(n)} is not an E.164 number such as "+3215550100"`);
    }
    ValidationError.throwIf(this, problems);

    const name = props.name;
    this.platform = props.platform ?? new GenesysDataActionsIntegration(this, 'Platform', { name: `${name} Platform` });
    const several = props.jobs.length > 1;
    const label = (j: AsyncJobDefinition) => (several ? ` ${j.id}` : '');
    const workflows: Record<string, AsyncJobWorkflow> = {};
    const launches: Record<string, LaunchWorkflowAction> = {};
    for (const j of props.jobs) {
      workflows[j.id] = new AsyncJobWorkflow(this, `Workflow_${j.id}`, {
        name: `${name} Workflow${label(j)}`,
        division: props.division,
        protocol: j.protocol,
        job: j.job,
      });
      launches[j.id] = new LaunchWorkflowAction(this, `Launch_${j.id}`, {
        integration: this.platform,
        name: `${name} - Launch Workflow${label(j)}`,
        workflowId: workflows[j.id].flowId,
        jobInputs: j.job.inputs,
      });
    }
    this.workflows = workflows;
    this.launches = launches;
    this.protocols = Object.fromEntries(props.jobs.map((j) => [j.id, j.protocol]));
    this.readStatus = new ReadJobStatusAction(this, 'ReadStatus', {
      integration: this.platform,
      name: `${name} - Read Job Status`,
      protocols: props.jobs.map((j) => j.protocol),
    });
    this.callFlow = new AsyncJobCallFlow(this, 'CallFlow', {
      name: `${name} Call Flow`,
      division: props.division,
      jobs: props.jobs.map((j) => ({ protocol: j.protocol, launch: launches[j.id], inputs: j.inputs, launchWhen: j.launchWhen })),
      readStatus: this.readStatus,
      ...props.journey,
      routing: props.routing,
      routingAttribute: props.routingAttribute,
    });
    if (props.dnis?.length) {
      this.ivr = new ArchitectIvr(this, 'PhoneNumbers', {
        name: `${name} Numbers`,
        description: `Routes ${props.dnis.join(', ')} to ${name} Call Flow. Managed by genesys-async-workflow.`,
        dnis: [...props.dnis],
        openHoursFlowId: this.callFlow.flowId,
        closedHoursFlowId: this.callFlow.flowId,
        holidayHoursFlowId: this.callFlow.flowId,
        divisionId: props.division?.divisionId,
      });
    }
  }
}
