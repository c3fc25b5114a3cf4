import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { TerraformElement, TerraformStack, Testing } from 'cdktf';
import { AsyncJobCallFlow, buildCallFlowModel, RoutingOutcome } from '../../constructs/patterns/async-workflow/call-flow';
import { buildWorkflowModel } from '../../constructs/patterns/async-workflow/workflow';
import { JobContext } from '../../constructs/patterns/async-workflow/job';
import { JobStatus } from '../../constructs/protocol/status-protocol';
import { toArchyYaml } from '../../constructs/flows/archy/yaml-writer';
import { ref } from '../../constructs/flows/archy/expressions';
import { ArchitectFlow } from '../../constructs/flows/architect-flow';
import { flowProblems } from '../../constructs/flows/archy/checks';
import { Action, allActions, branches } from '../../constructs/flows/archy/model';
import { vocabularyViolations } from '../../constructs/flows/archy/vocabulary';
import { ValidationError } from '../../constructs/validation';
import { formatDiagnostic, validateStacks } from '../../tools/terraform/validate';
import { environmentStack, flowsStack } from '../helpers/flows-stack';
import { DEFAULT_ENVIRONMENTS } from '../../config';
import { PARALLEL, SEQUENTIAL } from '../fixtures/environments';
import { rmTemp } from '../helpers/synth';
import { describeWithTerraform } from '../helpers/terraform';
import { memoryApp } from '../../stacks/memory-app';

const built = flowsStack();
const logicalId = (r: TerraformElement) => built.stack.getLogicalId(r);
const flowResource = (flow: ArchitectFlow) => built.json.resource.genesyscloud_flow[logicalId(flow.terraformResource)];
const FLOWS = {
  'AI intent workflow': built.aiWorkflow.flow,
  'AI intent call flow': built.aiCallFlow.flow,
  'capture bot flow': built.aiCaptureBot.flow,
  'identification workflow': built.idWorkflow.flow,
  'identification call flow': built.idCallFlow.flow,
};
type CallData = Extract<Action, { kind: 'callData' }>;
type Decision = Extract<Action, { kind: 'decision' }>;
const all = (flow: ArchitectFlow) => flow.model.tasks.flatMap((t) => [...allActions(t.actions)]);

// Every flow of both fixtures (sequential and parallel identification) and of every listed environment, not only the five above.
describe.each([
  ['the sequential fixture', SEQUENTIAL],
  ['the parallel fixture', PARALLEL],
  ...DEFAULT_ENVIRONMENTS.map((d) => [`listed environment ${d.name}`, d] as const),
] as const)('every flow of %s', (_name, definition) => {
  const flows = environmentStack(definition).stack.node.findAll().filter((c): c is ArchitectFlow => ArchitectFlow.isArchitectFlow(c));

  it('uses only key pairs seen in real exports, and passes the structural checks', () => {
    expect(flows.length).toBeGreaterThan(0);
    for (const f of flows) expect([f.flowName, vocabularyViolations(parse(f.yaml)), flowProblems(f.model)]).toEqual([f.flowName, [], []]);
  });
});

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
    const called: [string, string][] = [];
    const walk = (n: any) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        if (n.callData) for (const [category, c] of Object.entries<any>(n.callData.category)) called.push([category, Object.keys(c.dataAction)[0]]);
        Object.values(n).forEach(walk);
      }
    };
    walk(parse(flow.yaml));
    for (const [category, name] of called) expect(actions.some((a) => a.category === category && a.name === name)).toBe(true);
    expect((resource.depends_on ?? []).filter((d: string) => d.startsWith('genesyscloud_integration_action.')).sort()).toEqual(
      flow.dataActions.map((a) => `genesyscloud_integration_action.${logicalId(a.terraformResource)}`).sort(),
    );
  });

  it('republishes when one of its actions is replaced: the trigger hash covers their ids', () => {
    const resource = flowResource(flow);
    for (const a of flow.dataActions) expect(resource.update_trigger_hash).toContain(`genesyscloud_integration_action.${logicalId(a.terraformResource)}.id`);
    expect(resource.update_trigger_hash).toMatch(/^\$\{sha256\(join\(",", \["[0-9a-f]{64}"/);
  });
});

describe('ArchitectFlow.isArchitectFlow', () => {
  it('knows a flow by its brand, from any copy of the module, and nothing else', () => {
    const all = environmentStack(SEQUENTIAL).stack.node.findAll();
    const flows = all.filter((c) => ArchitectFlow.isArchitectFlow(c));
    expect(flows.length).toBeGreaterThan(0);
    expect(flows.every((f) => f instanceof ArchitectFlow)).toBe(true);
    expect(all.filter((c) => c instanceof ArchitectFlow)).toEqual(flows);
    // What another copy of this module would make: the brand, not the class.
    expect(ArchitectFlow.isArchitectFlow({ [Symbol.for('genesys-async-workflow.ArchitectFlow')]: true })).toBe(true);
    expect([null, undefined, 'flow', {}].map((x) => ArchitectFlow.isArchitectFlow(x))).toEqual([false, false, false, false]);
  });
});

describe('the workflow', () => {
  const top = (flow: ArchitectFlow) => flow.model.tasks[0].actions;

  it('writes ONGOING, runs the job, then writes everything in one Set Conversation Data, with no participant to look up', () => {
    expect(top(built.aiWorkflow.flow).map((a) => `${a.kind}:${a.name}`)).toEqual([
      'setConversationData:Write ONGOING',
      'callData:Ask the AI for the intent',
      'setConversationData:Write the result',
      'endWorkflow:Done',
    ]);
    const final = top(built.aiWorkflow.flow)[2] as Extract<Action, { kind: 'setConversationData' }>;
    expect(final.attributes.map((a) => `${a.name}=${a.value.text()}`)).toEqual([
      'aiIntent_status=State.jobStatus',
      'aiIntent_error=State.jobError',
      'aiIntent_intent=State.result_intent',
      'aiIntent_confidence=State.result_confidence',
    ]);
    expect(final.conversationId.text()).toBe('Flow.conversationId');
    expect(parse(built.aiWorkflow.flow.yaml).workflow.states[0].state.actions[0].setConversationData.participantId).toEqual({ noValue: true });
  });

  it('declares each workflow input as an input, of the type its contract gives', () => {
    const job = {
      inputs: [
        { name: 'text', type: 'string' as const },
        { name: 'count', type: 'integer' as const },
        { name: 'ratio', type: 'number' as const },
        { name: 'flag', type: 'boolean' as const },
      ],
      resultFields: ['intent', 'confidence'],
      actions: (ctx: JobContext): Action[] => [ctx.finish(JobStatus.NOT_FOUND)],
    };
    const model = buildWorkflowModel({ name: 'W', protocol: built.aiProtocol, job });
    const yaml = parse(toArchyYaml(model)).workflow.variables as Record<string, { name: string; isInput?: boolean }>[];
    const inputs = yaml.filter((v) => Object.values(v)[0].isInput).map((v) => `${Object.keys(v)[0]} ${Object.values(v)[0].name}`);
    expect(inputs).toEqual(expect.arrayContaining(['stringVariable Flow.text', 'integerVariable Flow.count', 'decimalVariable Flow.ratio', 'booleanVariable Flow.flag']));
    // Every key pair written is one real exports show.
    expect(vocabularyViolations(parse(toArchyYaml(model)))).toEqual([]);
  });

  it('refuses, at synth, a job whose data action has an empty failure or timeout path', () => {
    const job = {
      inputs: [],
      resultFields: ['intent', 'confidence'],
      actions: (): Action[] => [
        { kind: 'callData', name: 'Ask quietly', action: built.aiPattern.readStatus, inputs: { conversationId: ref('Flow.conversationId', 'string') }, successOutputs: {}, timeoutSeconds: 3, success: [], failure: [], timeout: [] },
      ],
    };
    expect(() => buildWorkflowModel({ name: 'W', protocol: built.aiProtocol, job })).toThrow(ValidationError);
    expect(() => buildWorkflowModel({ name: 'W', protocol: built.aiProtocol, job })).toThrow('job data action "Ask quietly" has an empty failure path');
  });

  it('runs its error handling as endWorkflow, the only form workflow exports show', () => {
    expect(parse(built.aiWorkflow.flow.yaml).workflow.settingsErrorHandling).toEqual({ errorHandling: { endWorkflow: { none: true } } });
  });

  it.each([
    ['AI intent', built.aiWorkflow.flow, /^"AI_(FAILED|TIMEOUT)"$/],
    ['identification', built.idWorkflow.flow, /LOOKUP_[A-Z]+_(FAILED|TIMEOUT)/],
  ])('%s: every failure or timeout of a job data action records an error code', (_n, flow, code) => {
    const jobCalls = all(flow).filter((a): a is CallData => a.kind === 'callData');
    expect(jobCalls.length).toBeGreaterThan(0);
    for (const call of jobCalls) {
      for (const p of [call.failure, call.timeout]) {
        const texts = [...allActions(p)].flatMap((a) => (a.kind === 'updateData' ? a.statements.map((s) => s.value.text()) : []));
        expect(texts.some((t) => code.test(t))).toBe(true);
      }
    }
  });

  it('AI intent: tests the confidence only once it is known to be set, each test in a decision of its own', () => {
    const judge = ((top(built.aiWorkflow.flow)[1] as CallData).success[0] as Decision);
    expect(judge.condition.text()).toBe('IsNotSetOrEmpty(State.aiIntent)');
    const known = judge.no[0] as Decision;
    expect(known.condition.text()).toBe('!IsSet(State.aiConfidence)');
    expect((known.no[0] as Decision).condition.text()).toBe('State.aiConfidence < 0.5');
  });

  it('identification: asks every database in order, each only while nobody has answered, and moves on after a failure', () => {
    const guards = top(built.idWorkflow.flow).filter((a): a is Decision => a.kind === 'decision' && a.name.startsWith('Still looking?'));
    expect(guards.map((g) => g.condition.text())).toEqual(Array(3).fill('State.jobStatus != "SUCCESS"'));
    const lookups = guards.map((g) => g.yes.find((a): a is CallData => a.kind === 'callData')!);
    expect(lookups.map((a) => a.name)).toEqual(['Look up in Alpha', 'Look up in Beta', 'Look up in Gamma']);
    // A failure no longer ends the job: it is noted, and the next database is asked.
    expect([...allActions(lookups[0].failure)].map((a) => a.kind)).toEqual(['updateData']);
    expect(all(built.idWorkflow.flow).some((a) => a.kind === 'updateData' && a.statements.some((s) => s.value.text() === '"FAILED"'))).toBe(true);
    const end = top(built.idWorkflow.flow).find((a): a is Decision => a.kind === 'decision' && a.name === 'Nobody knows the number?')!;
    const answered = end.yes[0] as Decision;
    expect(answered.condition.text()).toBe('State.answered == true');
    expect(answered.yes[0]).toMatchObject({ name: 'Job not found' });
    expect(answered.no[0]).toMatchObject({ name: 'Job failed' });
  });

  it('identification: counts the HTTP status a database gives for "no such customer" as a miss, read from the failure outputs', () => {
    const gamma = all(built.idWorkflow.flow).find((a): a is CallData => a.kind === 'callData' && a.name === 'Look up in Gamma')!;
    expect(gamma.failureOutputs).toMatchObject({ status: { name: 'State.httpStatus' } });
    const miss = gamma.failure[0] as Decision;
    expect(miss.condition.text()).toBe('State.httpStatus == 404');
    expect(miss.yes[0]).toMatchObject({ name: 'Gamma does not know the number' });
    const alpha = all(built.idWorkflow.flow).find((a): a is CallData => a.kind === 'callData' && a.name === 'Look up in Alpha')!;
    expect(alpha.failureOutputs).toBeUndefined();
  });
});

describe('the call flow', () => {
  const call = built.aiCallFlow;
  const top = call.flow.model.tasks[0].actions;
  const doc = parse(call.flow.yaml).inboundCall;

  it('captures what the caller says with the bot flow of this app, and depends on it', () => {
    expect(top[0]).toMatchObject({ kind: 'callBotFlow', botFlowName: 'dev-AI Intent Capture', slots: { 'Slot.Utterance': { name: 'Task.utterance' } } });
    const resource = flowResource(call.flow);
    const bot = `genesyscloud_flow.${logicalId(built.aiCaptureBot.flow.terraformResource)}`;
    expect(resource.depends_on).toContain(bot);
    expect(resource.update_trigger_hash).toContain(`${bot}.id`);
  });

  it('launches only with something captured: a caller who said nothing goes to the fallback queue, noted as no-input', () => {
    const guard = top[1] as Decision;
    expect(guard.condition.text()).toBe('!IsNotSetOrEmpty(Task.utterance)');
    const launch = guard.yes[0] as CallData;
    expect(launch.name).toBe('Launch the workflow');
    expect(launch.inputs.utterance.text()).toBe('Task.utterance');
    expect(guard.no.map((a) => a.name)).toEqual(['Note a missing input']);
    const nothing = top[2] as Decision;
    expect(nothing.condition.text()).toBe('!IsSet(Flow.aiIntent_launched)');
    const missing = nothing.yes[0] as Decision;
    expect(missing.condition.text()).toBe('IsSet(Task.inputsMissing)');
    expect(missing.yes[0]).toMatchObject({ kind: 'setParticipantData', attributes: [{ name: 'asyncCallFlow_routing' }] });
    expect((missing.yes[0] as any).attributes[0].value.text()).toBe(`"${RoutingOutcome.NO_INPUT}"`);
    expect(missing.yes[1]).toMatchObject({ kind: 'transferToAcd', queue: { queueName: 'dev-General' } });
  });

  it('sends the caller to the fallback queue when anything goes wrong, in its error handling', () => {
    expect(doc.settingsErrorHandling).toEqual({ errorHandling: { queue: { targetQueue: { lit: { name: 'dev-General' } } } } });
  });

  it('tells the caller about the charity event, checking the status after every step once the AI can be done, then holds by the clock', () => {
    expect(top.slice(3).map((a) => `${a.kind}:${a.name}`)).toEqual([
      'updateData:Note when the job can first be done',
      'playAudio:Journey step 1',
      'decision:Could the job be done? (after step 1)',
      'playAudio:Journey step 2',
      'decision:Could the job be done? (after step 2)',
      'playAudio:Journey step 3',
      'decision:Could the job be done? (after step 3)',
      'updateData:Start the hold clock',
      'playAudio:Ask the caller to hold',
      'loop:Keep checking until the deadline',
      'setParticipantData:Note routing: deadline',
      'transferToAcd:Transfer to the fallback queue',
      'disconnect:Disconnect (fallback transfer failed)',
    ]);
    expect(call.journey).toEqual(top.filter((a) => a.name.startsWith('Journey')));
    // A read before the AI can have answered cannot help: the journey's checks wait 6 s after the launch.
    expect((top[3] as Extract<Action, { kind: 'updateData' }>).statements[0].value.text()).toBe('ToInt(DateTimeDiff(GetCurrentDateTimeUtc(), Flow.StartDateTimeUtc)) + 6000');
    const gate = top[5] as Decision;
    expect(gate.condition.text()).toBe('ToInt(DateTimeDiff(GetCurrentDateTimeUtc(), Flow.StartDateTimeUtc)) >= Task.firstCheckAtMs');
    expect(gate.yes.map((a) => a.name)).toEqual(['Check the job after step 1']);
    expect(gate.no).toEqual([]);
    const clock = top[10] as Extract<Action, { kind: 'updateData' }>;
    expect(clock.statements.map((st) => st.value.text())).toEqual(['ToInt(DateTimeDiff(GetCurrentDateTimeUtc(), Flow.StartDateTimeUtc)) + 30000', '3000']);
  });

  it('starts a check in the hold only when it can end before the deadline, backs off, and never holds past the deadline', () => {
    const loop = top.find((a): a is Extract<Action, { kind: 'loop' }> => a.kind === 'loop')!;
    expect(loop.body.map((a) => a.name)).toEqual(['Time left', 'Too late for another check?', 'Check the job while the caller holds', 'Time left', 'Next silence', 'Hold']);
    const late = loop.body[1] as Decision;
    // 3000 ms: the status read's own timeout.
    expect(late.condition.text()).toBe('Task.remainingMs < 3000');
    expect(late.yes.map((a) => a.name)).toEqual(['Wait out the rest', 'Hold until the deadline', 'Note routing: deadline', 'Transfer to the fallback queue', 'Disconnect (fallback transfer failed)']);
    const next = loop.body[4] as Extract<Action, { kind: 'updateData' }>;
    expect(next.statements.map((st) => st.value.text())).toEqual([
      'If(Task.remainingMs < Task.intervalMs, If(Task.remainingMs < 0, 0, Task.remainingMs), Task.intervalMs)',
      // Each wait doubles, up to four times the first.
      'If(12000 < Task.intervalMs + Task.intervalMs, 12000, Task.intervalMs + Task.intervalMs)',
    ]);
    expect((loop.body[5] as any).audio.exp.text()).toBe('ToAudioBlank(Task.waitMs)');
  });

  it('bounds and reports the status reads of one call: one per step, and one per hold check that fits before the deadline', () => {
    expect(call.pollCount).toBe(12); // 30 s / 3 s, and two more for the last partial waits
    // Hold checks at 0, 3, 9 and 21 s (waits of 3, 6, 12, 12 s); one at 33 s would end past 30 s.
    expect(call.maxStatusReads).toBe(3 + 4);
    expect(built.idCallFlow.maxStatusReads).toBe(3 + 10);
  });

  it('jumps to the Route task once the job is done: SUCCESS, or ended without a result (never launched, NOT_FOUND, FAILED)', () => {
    const check = (top[5] as Decision).yes[0] as CallData;
    expect(Object.values(check.successOutputs).map((v) => v.name)).toEqual(['Flow.aiIntent_status', 'Flow.aiIntent_intent']);
    expect(check.success).toHaveLength(1);
    const done = check.success[0] as Decision;
    expect(done.name).toBe('Job done? (after step 1)');
    expect(done.condition.text()).toBe(
      'Flow.aiIntent_status == "SUCCESS" or !IsSet(Flow.aiIntent_launched) or Flow.aiIntent_status == "NOT_FOUND" or Flow.aiIntent_status == "FAILED"',
    );
    expect(done.yes).toEqual([{ kind: 'jumpToTask', name: 'Jump to Route', task: 'Route_20' }]);
    // Not done: the journey goes on, and the next check may find it done.
    expect(done.no).toEqual([]);
  });

  it('routes SUCCESS by the intent in the Route task, with the fallback for intents it has no route for and for no result', () => {
    const route = call.flow.model.tasks.find((t) => t.refId === 'Route_20')!;
    expect(route.name).toBe('Route');
    // It reads only flow variables: a task cannot see another task's Task variables.
    expect(route.variables ?? []).toEqual([]);
    expect(call.flow.model.variables!.map((v) => v.name)).toEqual(['Flow.aiIntent_status', 'Flow.aiIntent_intent', 'Flow.aiIntent_launched', 'Flow.targetQueue']);
    const [decision] = route.actions as Decision[];
    expect(route.actions).toHaveLength(1);
    expect(decision.condition.text()).toBe('Flow.aiIntent_status == "SUCCESS"');
    expect(decision.yes.map((a) => `${a.kind}:${a.name}`)).toEqual([
      'setParticipantData:Note routing: job-result',
      'findQueue:Find the queue for the result',
      'transferToAcd:Transfer to the queue for the result',
      'transferToAcd:Transfer to the fallback queue',
      'disconnect:Disconnect (fallback transfer failed)',
    ]);
    const find = decision.yes.find((a) => a.kind === 'findQueue') as Extract<Action, { kind: 'findQueue' }>;
    expect(find.queueName.text()).toBe(
      'If(Flow.aiIntent_intent == "billing", "dev-Billing", If(Flow.aiIntent_intent == "sales", "dev-Sales", If(Flow.aiIntent_intent == "support", "dev-Support", "dev-General")))',
    );
    expect(decision.no.map((a) => a.name)).toEqual(['Note routing: no-result', 'Transfer to the fallback queue', 'Disconnect (fallback transfer failed)']);
    expect((decision.no[0] as any).attributes[0].value.text()).toBe(`"${RoutingOutcome.NO_RESULT}"`);
  });

  it.each([
    // Line counts of the YAML when every check inlined the routing block (before the Route task): docs/flows.md.
    ['AI intent', built.aiCallFlow, 745, 4],
    ['identification', built.idCallFlow, 772, 4],
  ])('%s: writes the routing block once, in the Route task every check jumps to, and is markedly shorter for it', (_n, callFlow, inlinedLines, checks) => {
    const yaml = callFlow.flow.yaml;
    const doc = parse(yaml).inboundCall;
    expect(doc.tasks.map((t: any) => t.task.refId)).toEqual(['Main_10', 'Route_20']);
    expect(yaml.match(/^\s*- findQueue:$/gm)).toHaveLength(1);
    expect(yaml.match(/^\s*exp: Flow\.targetQueue$/gm)).toHaveLength(1);
    expect(yaml.match(/"Note routing: job-result"/g)).toHaveLength(1);
    // One jump per check (each journey step's, and the hold loop's), all to Route.
    expect(yaml.match(/targetTaskRef: \/inboundCall\/tasks\/task\[Route_20\]$/gm)).toHaveLength(checks);
    expect(yaml.match(/targetTaskRef:/g)).toHaveLength(checks);
    // The baseline was measured before the writer wrote the keys every export has on collectInput and transferToAcd
    // (docs/flows.md): the inlined flow would have them in every copy too, so they are left out of both counts.
    const laterKeys =
      (yaml.match(/^ *(acceptJustStar|acceptJustPound):\n *lit: false$/gm) ?? []).length * 2 +
      (yaml.match(/^ *verificationType: none$/gm) ?? []).length +
      (yaml.match(/^ *failureOutputs:\n *errorType:\n *noValue: true\n *errorMessage:\n *noValue: true$/gm) ?? []).length * 5;
    expect(laterKeys).toBeGreaterThan(0);
    const lines = yaml.trimEnd().split('\n').length - laterKeys;
    expect(lines).toBeLessThanOrEqual(inlinedLines * 0.8);
  });

  it('identification: launches only for a calling number with an E.164 form, read as real exports do', () => {
    const idTop = built.idCallFlow.flow.model.tasks[0].actions;
    const ani = idTop[0] as Decision;
    expect(ani.condition.text()).toBe('!IsNotSetOrEmpty(Call.Ani)');
    const e164 = ani.yes[0] as Decision;
    expect(e164.condition.text()).toBe('!IsNotSetOrEmpty(ToPhoneNumber(Call.Ani).e164)');
    expect((e164.yes[0] as CallData).inputs.phoneNumber.text()).toBe('ToPhoneNumber(Call.Ani).e164');
  });

  it('never writes the attributes the workflow owns', () => {
    for (const [flow, protocol] of [
      [built.aiCallFlow.flow, built.aiProtocol],
      [built.idCallFlow.flow, built.idProtocol],
    ] as const) {
      const writes = all(flow).flatMap((a) => (a.kind === 'setParticipantData' ? a.attributes.map((at) => at.name) : []));
      expect(writes.length).toBeGreaterThan(0);
      for (const w of writes) expect(protocol.attributes).not.toContain(w);
    }
  });

  it('refuses a routing attribute the workflow owns', () => {
    const stack = new TerraformStack(memoryApp(), 's');
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

  it.each([
    [{ pollIntervalSeconds: 0.25 }, 'pollIntervalSeconds 0.25 must be from 0.5 to 60'],
    [{ deadlineSeconds: 1.5 }, 'deadlineSeconds 1.5 must be a whole number'],
    [{ deadlineSeconds: 100, pollIntervalSeconds: 0.5 }, 'needs 202 checks: at most 98 fit a bounded loop'],
    [{ pollIntervalSeconds: 2, maxPollIntervalSeconds: 1 }, 'maxPollIntervalSeconds 1 must be from pollIntervalSeconds (2) to 60'],
    [{ firstCheckAfterSeconds: -1 }, 'firstCheckAfterSeconds -1 must be from 0 to 600'],
    [{ routingAttribute: '' }, 'routingAttribute "" must be a participant data name'],
    [{ routingAttribute: 'a"b' }, 'routingAttribute "a\\"b" must be a participant data name'],
    [{ steps: [{ ask: 'Which?', into: 'my answer' }] }, 'steps[0].into "my answer" must be letters, digits or "_"'],
    [{ steps: [{ ask: 'Which?', into: 'answer', maxDigits: 0 }] }, 'steps[0].maxDigits 0 must be a whole number of digits from 1 to 50'],
    [{ steps: [{ ask: 'Which?', into: 'answer', maxDigits: Number.NaN }] }, 'steps[0].maxDigits NaN must be a whole number'],
  ])('refuses a hold it cannot bound, or a step or name it cannot write: %j', (props, message) => {
    const base = { name: 'x', jobs: [{ protocol: built.aiProtocol, launch: built.aiLaunch }], readStatus: built.aiPattern.readStatus, steps: [], routing: { resultField: 'intent', routes: {}, fallback: { queueName: 'q' } } };
    expect(() => buildCallFlowModel({ ...base, ...props })).toThrow(ValidationError);
    expect(() => buildCallFlowModel({ ...base, ...props })).toThrow(message);
  });

  it('has three paths on every check, and no loop can run forever', () => {
    for (const a of [...allActions(top)].filter((x) => x.kind === 'loop')) expect((a as { count: number }).count).toBeLessThanOrEqual(100);
    expect(branches((top[5] as Decision).yes[0]).map(([label]) => label)).toEqual(['success', 'failure', 'timeout']);
  });
});

describe('the capture bot flow', () => {
  const doc = parse(built.aiCaptureBot.flow.yaml).botFlow;

  it('asks one open question into a builtin:any slot, returned as Slot.Utterance', () => {
    expect(doc.variables).toEqual([{ stringVariable: { name: 'Slot.Utterance', initialValue: { noValue: true }, isInput: true, isOutput: true } }]);
    expect(doc.settingsNaturalLanguageUnderstanding.nluDomainVersion.entities).toEqual([{ name: 'Utterance', type: 'builtin:any' }]);
    const [ask, exit] = doc.bots[0].bot.actions;
    expect(ask.askForSlot.slot).toEqual({ name: 'Utterance' });
    expect(ask.askForSlot.question.exp).toBe('MakeCommunication("In a few words, what is your call about?")');
    expect(exit).toEqual({ exitBotFlow: { name: 'Return what the caller said' } });
  });
});

describeWithTerraform('the flows, checked by Terraform', () => {
  it('validate against the provider schema, assets included', () => {
    let outdir: string | undefined;
    try {
      // Testing.fullSynth writes the stack with its assets, as cdktf synth does, into a directory of its own.
      outdir = Testing.fullSynth(built.stack);
      const stackDir = path.join(outdir, 'stacks', built.stack.node.id);
      const [result] = validateStacks([stackDir]);
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(fs.readdirSync(path.join(stackDir, 'assets')).length).toBe(5);
    } finally {
      if (outdir) rmTemp(outdir);
    }
  });
});
