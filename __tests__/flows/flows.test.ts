import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { WriteJobStatusAction } from '../../constructs/data-actions/catalog';
import { AsyncJobCallFlow } from '../../constructs/flows/async-job-call-flow';
import { flowProblems } from '../../constructs/flows/archy/checks';
import { Action, allActions, branches } from '../../constructs/flows/archy/model';
import { vocabularyViolations } from '../../constructs/flows/archy/vocabulary';
import { formatDiagnostic, validateStacks } from '../../tools/terraform/validate';
import { flowsStack } from '../helpers/flows-stack';
import { rmTemp, tempDir } from '../helpers/synth';
import { describeWithTerraform } from '../helpers/terraform';
import { TerraformElement, TerraformStack, Testing } from 'cdktf';
import { ArchitectFlow } from '../../constructs/flows/architect-flow';

const built = flowsStack();
const logicalId = (r: TerraformElement) => built.stack.getLogicalId(r);
const flowResource = (flow: ArchitectFlow) => built.json.resource.genesyscloud_flow[logicalId(flow.terraformResource)];
const FLOWS = {
  'AI intent workflow': built.aiWorkflow.flow,
  'AI intent call flow': built.aiCallFlow.flow,
  'identification workflow': built.idWorkflow.flow,
  'identification call flow': built.idCallFlow.flow,
};

describe.each(Object.entries(FLOWS))('the %s', (_name, flow) => {
  it('matches its YAML snapshot', () => {
    expect(flow.yaml).toMatchSnapshot();
  });

  it('uses only key pairs seen in flows exported from real orgs', () => {
    expect(vocabularyViolations(parse(flow.yaml))).toEqual([]);
  });

  it('passes the structural checks: no dead end, no unbounded loop, everything declared', () => {
    expect(flowProblems(flow.model)).toEqual([]);
  });

  it('calls only data actions of its own stack, by category and name, and depends on each', () => {
    const actions = Object.values<any>(built.json.resource.genesyscloud_integration_action);
    const resource = flowResource(flow);
    const doc = parse(flow.yaml);
    const called: [string, string][] = [];
    const walk = (n: any) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        if (n.callData) for (const [category, c] of Object.entries<any>(n.callData.category)) called.push([category, Object.keys(c.dataAction)[0]]);
        Object.values(n).forEach(walk);
      }
    };
    walk(doc);
    expect(called.length).toBeGreaterThan(0);
    for (const [category, name] of called) {
      expect(actions.some((a) => a.category === category && a.name === name)).toBe(true);
    }
    expect(resource.depends_on.filter((d: string) => d.startsWith('genesyscloud_integration_action.')).sort()).toEqual(
      flow.dataActions.map((a) => `genesyscloud_integration_action.${logicalId(a.terraformResource)}`).sort(),
    );
  });

  it('republishes when one of its actions is replaced: the trigger hash covers their ids', () => {
    const resource = flowResource(flow);
    for (const a of flow.dataActions) expect(resource.update_trigger_hash).toContain(`genesyscloud_integration_action.${logicalId(a.terraformResource)}.id`);
    expect(resource.update_trigger_hash).toMatch(/^\$\{sha256\(join\(",", \["[0-9a-f]{64}"/);
  });
});

describe('the workflow', () => {
  const actions = (flow: typeof built.aiWorkflow.flow) => [...allActions(flow.model.tasks[0].actions)];

  it('finds the caller, writes ONGOING, runs the job, then writes everything in one final write', () => {
    const top = built.aiWorkflow.flow.model.tasks[0].actions.map((a) => `${a.kind}:${a.name}`);
    expect(top).toEqual([
      'callData:Find the caller',
      'callData:Write ONGOING',
      'callData:Ask the AI for the intent',
      'callData:Write the result',
      'endWorkflow:Done',
    ]);
    const final = built.aiWorkflow.flow.model.tasks[0].actions[3] as Extract<Action, { kind: 'callData' }>;
    expect(Object.keys(final.inputs).sort()).toEqual(['confidence', 'conversationId', 'error', 'intent', 'participantId', 'status']);
  });

  it.each([
    ['AI intent', built.aiWorkflow.flow],
    ['identification', built.idWorkflow.flow],
  ])('%s: every job data action failure or timeout sets FAILED with an error code', (_n, flow) => {
    const jobCalls = actions(flow).filter(
      (a): a is Extract<Action, { kind: 'callData' }> => a.kind === 'callData' && !(a.action instanceof WriteJobStatusAction) && a.name !== 'Find the caller',
    );
    expect(jobCalls.length).toBeGreaterThan(0);
    for (const call of jobCalls) {
      for (const path of [call.failure, call.timeout]) {
        const update = path.find((a) => a.kind === 'updateData');
        expect(update).toBeDefined();
        const statements = (update as Extract<Action, { kind: 'updateData' }>).statements;
        expect(statements.find((s) => s.variable.name === 'State.jobStatus')!.value.text()).toBe('"FAILED"');
        expect(statements.find((s) => s.variable.name === 'State.jobError')!.value.text()).toMatch(/^"[A-Z_]+_(FAILED|TIMEOUT)"$/);
      }
    }
  });

  it('identification asks the databases in order and stops at the first hit', () => {
    const lookups = actions(built.idWorkflow.flow).filter((a) => a.kind === 'callData' && a.name.startsWith('Look up in'));
    expect(lookups.map((a) => a.name)).toEqual(['Look up in Alpha', 'Look up in Beta', 'Look up in Gamma']);
    const first = lookups[0] as Extract<Action, { kind: 'callData' }>;
    const decision = first.success[0] as Extract<Action, { kind: 'decision' }>;
    expect(decision.yes.map((a) => a.kind)).toEqual(['updateData']);
    expect(decision.no[0].name).toBe('Look up in Beta');
    expect((first.timeout[0] as Extract<Action, { kind: 'updateData' }>).statements[1].value.text()).toBe('"LOOKUP_ALPHA_TIMEOUT"');
  });

  it('retries a failed final write once, after a wait', () => {
    const final = built.aiWorkflow.flow.model.tasks[0].actions[3] as Extract<Action, { kind: 'callData' }>;
    expect(final.failure.map((a) => a.kind)).toEqual(['wait', 'callData']);
  });
});

describe('the call flow', () => {
  const call = built.aiCallFlow;
  const top = call.flow.model.tasks[0].actions;

  it('captures the request, launches, and goes to the fallback queue at once when nothing launched', () => {
    expect(top[0]).toMatchObject({ kind: 'callBotFlow', botFlowName: 'dev-Capture Request', slots: { 'Slot.Utterance': { name: 'Task.utterance' } } });
    const launch = top[1] as Extract<Action, { kind: 'callData' }>;
    expect(launch).toMatchObject({ name: 'Launch the workflow', inputs: { utterance: { type: 'string' } } });
    expect(launch.inputs.utterance.text()).toBe('Task.utterance');
    const guard = top[2] as Extract<Action, { kind: 'decision' }>;
    expect(guard.condition.text()).toBe('Not(IsSet(Task.launched))');
    expect(guard.yes.map((a) => a.kind)).toEqual(['setParticipantData', 'transferToAcd', 'disconnect']);
    expect(guard.yes[1]).toMatchObject({ queue: { queueName: 'dev-General' } });
  });

  it('tells the caller about the charity event, checking the status after every step, then polls until the deadline', () => {
    expect(top.slice(3).map((a) => `${a.kind}:${a.name}`)).toEqual([
      'playAudio:Journey step 1',
      'callData:Check the job after step 1',
      'playAudio:Journey step 2',
      'callData:Check the job after step 2',
      'playAudio:Journey step 3',
      'callData:Check the job after step 3',
      'playAudio:Ask the caller to hold',
      'loop:Keep checking until the deadline',
      'setParticipantData:Note routing: deadline',
      'transferToAcd:Transfer to the fallback queue',
      'disconnect:Disconnect (fallback transfer failed)',
    ]);
    expect((top[3] as Extract<Action, { kind: 'playAudio' }>).audio).toMatchObject({ tts: expect.stringContaining('next Saturday') });
  });

  it('bounds and reports the status reads of one call: one per step, one per poll', () => {
    expect(call.pollCount).toBe(10); // 30 s deadline / 3 s interval
    expect(call.maxStatusReads).toBe(3 + 10);
    const reads = [...allActions(top)].filter((a) => a.kind === 'callData' && a.name.startsWith('Check the job'));
    const loop = top.find((a) => a.kind === 'loop') as Extract<Action, { kind: 'loop' }>;
    expect(reads.length - 1 + loop.count).toBe(call.maxStatusReads);
  });

  it('routes SUCCESS by the intent, with the fallback for intents it has no route for', () => {
    const check = top[4] as Extract<Action, { kind: 'callData' }>;
    const decision = check.success[0] as Extract<Action, { kind: 'decision' }>;
    expect(decision.condition.text()).toBe('Task.aiIntent_status == "SUCCESS"');
    const find = decision.yes.find((a) => a.kind === 'findQueue') as Extract<Action, { kind: 'findQueue' }>;
    expect(find.queueName.text()).toBe(
      'If(Task.aiIntent_intent == "billing", "dev-Billing", If(Task.aiIntent_intent == "sales", "dev-Sales", If(Task.aiIntent_intent == "support", "dev-Support", "dev-General")))',
    );
  });

  it('never writes the attributes the workflow owns', () => {
    for (const [flow, protocol] of [
      [built.aiCallFlow.flow, built.aiProtocol],
      [built.idCallFlow.flow, built.idProtocol],
    ] as const) {
      for (const a of allActions(flow.model.tasks[0].actions)) {
        expect(a.kind === 'callData' && a.action instanceof WriteJobStatusAction).toBe(false);
        if (a.kind === 'setParticipantData') for (const at of a.attributes) expect(protocol.attributes).not.toContain(at.name);
      }
    }
  });

  it('refuses a routing attribute the workflow owns', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    expect(
      () =>
        new AsyncJobCallFlow(stack, 'c', {
          name: 'x',
          jobs: [{ protocol: built.aiProtocol, launch: built.aiLaunch }],
          readStatus: built.aiPattern.readStatus,
          steps: [],
          routing: { resultField: 'intent', routes: {}, fallback: { queueName: 'q' } },
          routingAttribute: 'aiIntent_status',
        }),
    ).toThrow('routingAttribute "aiIntent_status" belongs to the workflow');
  });

  it('has three paths on every check, and no loop can run forever', () => {
    for (const a of allActions(top)) if (a.kind === 'loop') expect(a.count).toBeLessThanOrEqual(100);
    expect(branches(top[4]).map(([label]) => label)).toEqual(['success', 'failure', 'timeout']);
  });
});

describeWithTerraform('the flows, checked by Terraform', () => {
  it('validate against the provider schema, assets included', () => {
    const dir = tempDir('flows-');
    try {
      // Testing.fullSynth writes the stack with its assets, as cdktf synth does.
      const stackDir = path.join(Testing.fullSynth(built.stack), 'stacks', built.stack.node.id);
      const [result] = validateStacks([stackDir]);
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(fs.readdirSync(path.join(stackDir, 'assets')).length).toBe(4);
    } finally {
      rmTemp(dir);
    }
  });
});
