import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { GenesyscloudProvider } from '@cdktf/provider-genesyscloud/lib/provider';
import { LaunchWorkflowAction } from '../../constructs/data-actions/catalog';
import { ArchitectFlow, flowDirectory } from '../../constructs/flows/architect-flow';
import { flowProblems, openPath } from '../../constructs/flows/archy/checks';
import { eq, isSet, str } from '../../constructs/flows/archy/expressions';
import { Action, FlowModel, variable } from '../../constructs/flows/archy/model';
import { toArchyYaml } from '../../constructs/flows/archy/yaml-writer';
import { GenesysDataActionsIntegration } from '../../constructs/integrations/genesys-data-actions-integration';
import { ValidationError } from '../../constructs/validation';
import { vocabularyViolations } from '../../constructs/flows/archy/vocabulary';
import { parse } from 'yaml';
import { memoryApp } from '../../stacks/memory-app';

const status = variable('Task.status', 'string');
const end: Action = { kind: 'disconnect', name: 'Bye' };

function flow(actions: Action[], overrides: Partial<FlowModel> = {}): FlowModel {
  return {
    kind: 'inboundCall',
    name: 'Test Flow',
    tasks: [{ name: 'Main', refId: 'Main_1', variables: [status], actions }],
    startUpRef: 'Main_1',
    ...overrides,
  };
}

/** Builds an ArchitectFlow and returns the message of the ValidationError it throws. */
function refusal(model: FlowModel): string {
  const stack = new TerraformStack(memoryApp(), 'test');
  try {
    new ArchitectFlow(stack, 'flow', { model });
  } catch (err) {
    if (err instanceof ValidationError) return err.message;
    throw err;
  }
  throw new Error('expected the flow to be refused');
}

describe('the YAML writer', () => {
  const model = flow([
    { kind: 'decision', name: 'Done?', condition: eq(status.ref, str('SUCCESS')), yes: [end], no: [] },
    { kind: 'playAudio', name: 'Say', audio: { tts: 'Hello: "friend"' } },
    end,
  ]);

  it('gives the same bytes for the same model', () => {
    expect(toArchyYaml(model)).toBe(toArchyYaml(flow(model.tasks[0].actions as Action[])));
  });

  it('quotes yes and no, which Archy would otherwise read as booleans', () => {
    const yaml = toArchyYaml(model);
    expect(yaml).toContain('"yes":');
    expect(yaml).not.toMatch(/^\s+no:/m);
  });

  it('writes text that needs quoting as valid YAML', () => {
    expect(toArchyYaml(model)).toContain(`tts: 'Hello: "friend"'`);
  });

  it('writes a jump to a reusable task in the form of real exports, the target by its path', () => {
    const jumping = twoTasks([{ kind: 'jumpToTask', name: 'Jump to Route', task: 'Route_2' }]);
    const doc = parse(toArchyYaml(jumping));
    expect(doc.inboundCall.tasks[0].task.actions).toEqual([{ jumpToTask: { name: 'Jump to Route', targetTaskRef: '/inboundCall/tasks/task[Route_2]' } }]);
    expect(doc.inboundCall.tasks[1].task).toMatchObject({ name: 'Route', refId: 'Route_2' });
    // An inbound call flow's own variables carry no input or output flags, as in every inboundCall export.
    expect(doc.inboundCall.variables).toEqual([{ stringVariable: { name: 'Flow.status', initialValue: { noValue: true } } }]);
    expect(vocabularyViolations(doc)).toEqual([]);
    expect(toArchyYaml(jumping)).toBe(toArchyYaml(twoTasks([{ kind: 'jumpToTask', name: 'Jump to Route', task: 'Route_2' }])));
  });
});

describe('variable flags, as real exports write them', () => {
  const declared = (kind: FlowModel['kind'], flowVars: ReturnType<typeof variable>[], taskVars: ReturnType<typeof variable>[]) => {
    const model: FlowModel =
      kind === 'workflow'
        ? { kind, name: 'W', variables: flowVars, tasks: [{ name: 'S', refId: 'S_1', variables: taskVars, actions: [{ kind: 'endWorkflow', name: 'End' }] }], startUpRef: 'S_1' }
        : { ...flow([end]), variables: flowVars, tasks: [{ name: 'Main', refId: 'Main_1', variables: taskVars, actions: [end] }] };
    const doc = parse(toArchyYaml(model))[kind];
    const flags = (list: any[] | undefined) => (list ?? []).map((entry) => {
      const [type, body] = Object.entries(entry)[0] as [string, any];
      return `${type} ${body.name}: ${'isInput' in body ? `${body.isInput}/${body.isOutput}` : 'none'}`;
    });
    return { flow: flags(doc.variables), task: flags((doc.tasks ?? doc.states)[0][kind === 'workflow' ? 'state' : 'task'].variables) };
  };

  it("an inbound call flow's Flow variables carry none; its Task variables carry them, booleans included, queues only when set", () => {
    const v = declared('inboundCall', [variable('Flow.a', 'string'), variable('Flow.b', 'boolean')], [variable('Task.c', 'string'), variable('Task.d', 'boolean'), variable('Task.e', 'queue'), variable('Task.f', 'integer')]);
    expect(v.flow).toEqual(['stringVariable Flow.a: none', 'booleanVariable Flow.b: none']);
    expect(v.task).toEqual(['stringVariable Task.c: false/false', 'booleanVariable Task.d: false/false', 'queueVariable Task.e: none', 'integerVariable Task.f: false/false']);
  });

  it("a workflow's Flow variables carry them, inputs marked", () => {
    const v = declared('workflow', [variable('Flow.a', 'string', { isInput: true }), variable('Flow.n', 'boolean', { isInput: true })], [variable('State.b', 'boolean')]);
    expect(v.flow).toEqual(['stringVariable Flow.a: true/false', 'booleanVariable Flow.n: true/false']);
    expect(v.task).toEqual(['booleanVariable State.b: false/false']);
  });

  it('an inbound call flow variable marked as an input or output is refused: a call flow has neither', () => {
    expect(flowProblems({ ...flow([end]), variables: [variable('Flow.x', 'string', { isInput: true })] })).toEqual([
      'flow variable "Flow.x" is marked as an input or output: an inbound call flow has neither',
    ]);
  });
});

const flowStatus = variable('Flow.status', 'string');
/** A call flow whose Main runs `main` and whose reusable task Route reads a flow variable and ends. */
function twoTasks(main: Action[], route: Action[] = [{ kind: 'decision', name: 'Done?', condition: eq(flowStatus.ref, str('SUCCESS')), yes: [end], no: [end] }]): FlowModel {
  return {
    kind: 'inboundCall',
    name: 'Test Flow',
    variables: [flowStatus],
    tasks: [
      { name: 'Main', refId: 'Main_1', variables: [status], actions: main },
      { name: 'Route', refId: 'Route_2', actions: route },
    ],
    startUpRef: 'Main_1',
  };
}

describe('a jump to a reusable task', () => {
  const jump = (task: string): Action => ({ kind: 'jumpToTask', name: 'Jump', task });

  it('is accepted in a call flow when it names another task, and ends its path', () => {
    expect(flowProblems(twoTasks([{ kind: 'decision', name: 'Go?', condition: isSet(flowStatus.ref), yes: [jump('Route_2')], no: [end] }]))).toEqual([]);
  });

  it('is refused in a workflow', () => {
    const problems = flowProblems({
      kind: 'workflow',
      name: 'W',
      tasks: [
        { name: 'S', refId: 'S_1', actions: [jump('T_2')] },
        { name: 'T', refId: 'T_2', actions: [{ kind: 'endWorkflow', name: 'End' }] },
      ],
      startUpRef: 'S_1',
    });
    expect(problems).toEqual(['state "S": action "Jump": jumpToTask is not available in a workflow']);
  });

  it('is refused when its target is no refId of the flow, naming the action and the refIds', () => {
    expect(flowProblems(twoTasks([jump('Rout_2')]))).toEqual(['task "Main": action "Jump": jumps to "Rout_2", which is the refId of no task (there are: Main_1, Route_2)']);
  });

  it('is refused when a task jumps to itself: an endless loop', () => {
    expect(flowProblems(twoTasks([jump('Route_2')], [{ kind: 'decision', name: 'Again?', condition: isSet(flowStatus.ref), yes: [end], no: [jump('Route_2')] }]))).toEqual([
      'task "Route": action "Jump": jumps to its own task "Route", which would loop for ever: jump to another task',
    ]);
  });

  it('leaves the target unable to read the Task variables of the task it came from: they must be flow variables', () => {
    const route: Action[] = [{ kind: 'decision', name: 'Done?', condition: eq(status.ref, str('SUCCESS')), yes: [end], no: [end] }];
    expect(flowProblems(twoTasks([jump('Route_2')], route))).toEqual([
      'task "Route": action "Done?" uses variable "Task.status", which is not declared: declare it on the flow or the task',
    ]);
  });

  it('still needs every path of the target task to end', () => {
    expect(flowProblems(twoTasks([jump('Route_2')], [{ kind: 'decision', name: 'Done?', condition: isSet(flowStatus.ref), yes: [end], no: [] }]))).toEqual([
      'task "Route": a path reaches the end without a transfer, disconnect or end (through decision "Done?" (no)): end every path explicitly',
    ]);
  });

  it('needs flow variables named Flow.<name> in a call flow', () => {
    const model = twoTasks([jump('Route_2')]);
    expect(flowProblems({ ...model, variables: [variable('Task.status2', 'string'), flowStatus] })).toEqual(['flow variable "Task.status2" must be named Flow.<name>']);
  });
});

describe('the structural checks refuse', () => {
  it('a variable used but not declared', () => {
    const x = variable('Task.undeclared', 'string');
    expect(refusal(flow([{ kind: 'decision', name: 'Check', condition: eq(x.ref, str('a')), yes: [end], no: [end] }]))).toContain(
      'task "Main": action "Check" uses variable "Task.undeclared", which is not declared',
    );
  });

  it('a callData whose action is not a DataAction construct', () => {
    const fake = { category: 'C', actionName: 'A', name: 'Fake Action' } as never;
    const call: Action = { kind: 'callData', name: 'Call it', action: fake, inputs: {}, successOutputs: {}, timeoutSeconds: 5, success: [], failure: [], timeout: [] };
    expect(refusal(flow([call, end]))).toContain('action "Call it": calls "Fake Action", which is not a DataAction construct');
  });

  it('an unresolved start-up reference', () => {
    expect(refusal(flow([end], { startUpRef: 'Nowhere_9' }))).toContain('startUpRef "Nowhere_9" names no task (there are: Main_1)');
  });

  it('duplicate refIds', () => {
    const model = flow([end]);
    expect(refusal({ ...model, tasks: [model.tasks[0], { ...model.tasks[0], name: 'Copy' }] })).toContain(
      'refId "Main_1" is used by both "Main" and "Copy"',
    );
  });

  it('a dead end, naming the path that reaches it', () => {
    expect(refusal(flow([{ kind: 'decision', name: 'Done?', condition: eq(status.ref, str('x')), yes: [end], no: [] }]))).toContain(
      'task "Main": a path reaches the end without a transfer, disconnect or end (through decision "Done?" (no))',
    );
  });

  it('an unbounded loop', () => {
    const index = variable('Task.i', 'integer');
    const model = flow([{ kind: 'loop', name: 'Forever', count: 100000, index, body: [] }, end], {
      tasks: [{ name: 'Main', refId: 'Main_1', variables: [status, index], actions: [{ kind: 'loop', name: 'Forever', count: 100000, index, body: [] }, end] }],
    });
    expect(refusal(model)).toContain('loop count 100000 is not allowed: use a whole number from 1 to 100');
  });

  it('an action no path can reach', () => {
    expect(refusal(flow([end, { kind: 'playAudio', name: 'Too late', audio: { tts: 'x' } }]))).toContain('action "Too late" can never run');
  });

  it('actions of the wrong flow type', () => {
    const problems = flowProblems({
      kind: 'workflow',
      name: 'W',
      tasks: [{ name: 'S', refId: 'S_1', actions: [{ kind: 'playAudio', name: 'Speak', audio: { tts: 'x' } }, { kind: 'endWorkflow', name: 'End' }] }],
      startUpRef: 'S_1',
    });
    expect(problems).toEqual(['state "S": action "Speak": playAudio is not available in a workflow']);
  });

  it('a call with missing required inputs or outputs the action does not have', () => {
    const stack = new TerraformStack(memoryApp(), 'test');
    const platform = new GenesysDataActionsIntegration(stack, 'p', { name: 'p' });
    const launch = new LaunchWorkflowAction(stack, 'w', { integration: platform, name: 'W', workflowId: 'wf', jobInputs: [{ name: 'utterance' }, { name: 'status' }] });
    const call: Action = {
      kind: 'callData',
      name: 'Write',
      action: launch,
      inputs: { conversationId: str('c'), colour: str('blue') },
      successOutputs: { nothing: status },
      timeoutSeconds: 10,
      success: [],
      failure: [],
      timeout: [],
    };
    const problems = flowProblems(flow([call, end]));
    expect(problems).toEqual([
      'task "Main": action "Write": input "colour" is not an input of data action "W"',
      'task "Main": action "Write": required input "utterance" of data action "W" is not given',
      'task "Main": action "Write": required input "status" of data action "W" is not given',
      'task "Main": action "Write": output "nothing" is not an output of data action "W"',
    ]);
  });
});

describe('openPath', () => {
  it('finds no open path when every branch ends', () => {
    expect(openPath([{ kind: 'decision', name: 'D', condition: eq(str('a'), str('a')), yes: [end], no: [end] }], [])).toEqual({ trail: null });
  });

  it('takes a jump to a reusable task as the end of its path: nothing after it runs', () => {
    const jump: Action = { kind: 'jumpToTask', name: 'Jump', task: 'Route_2' };
    expect(openPath([{ kind: 'decision', name: 'D', condition: eq(str('a'), str('a')), yes: [jump], no: [end] }], [])).toEqual({ trail: null });
    expect(openPath([{ kind: 'decision', name: 'D', condition: eq(str('a'), str('a')), yes: [jump], no: [] }], [])).toEqual({ trail: ['decision "D" (no)'] });
    expect(openPath([jump, end], [])).toEqual({ trail: null, unreachable: 'action "Bye" can never run: every path before it ends' });
  });
});

describe('ArchitectFlow writes its YAML', () => {
  it('into a private directory of this run (a name no one can predict, mode 0700), each file 0600, and synthesizes from there', () => {
    const stack = new TerraformStack(memoryApp(), 'test');
    new GenesyscloudProvider(stack, 'genesyscloud', { awsRegion: 'eu-west-1' });
    const f = new ArchitectFlow(stack, 'flow', { model: flow([end]) });
    const dir = flowDirectory();
    // The scratch root is made with mkdtemp for this process: no fixed path another user could plant a file at.
    expect(path.basename(path.dirname(dir))).toMatch(/^genesys-async-workflow-[A-Za-z0-9]{6}$/);
    expect(fs.statSync(path.dirname(dir)).mode & 0o777).toBe(0o700);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const files = fs.readdirSync(dir).flatMap((d) => fs.readdirSync(path.join(dir, d)).map((x) => path.join(dir, d, x)));
    const mine = files.filter((file) => fs.readFileSync(file, 'utf8') === f.yaml);
    expect(mine).toHaveLength(1);
    expect(fs.statSync(mine[0]).mode & 0o777).toBe(0o600);
    // The asset cdktf copies into the output is that file.
    const out = Testing.fullSynth(stack);
    try {
      const assets = path.join(out, 'stacks', 'test', 'assets');
      const copied = (fs.readdirSync(assets, { recursive: true }) as string[]).map((x) => path.join(assets, x)).filter((x) => fs.statSync(x).isFile()).map((x) => fs.readFileSync(x, 'utf8'));
      expect(copied).toEqual([f.yaml]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
