import { flowProblems } from '../../constructs/flows/archy/checks';
import { eq, isSet, str } from '../../constructs/flows/archy/expressions';
import { Action, FlowModel, variable } from '../../constructs/flows/archy/model';
import { Executor, FlowError, FlowRun, Observer } from '../../simulator/executor';
import { FakePlatform, World } from '../../simulator/platform';

// Each task declares a Task.x of its own; Flow.y is the flow's.
const mainX = variable('Task.x', 'string');
const otherX = variable('Task.x', 'string');
const y = variable('Flow.y', 'string');
const bye: Action = { kind: 'disconnect', name: 'Bye' };
const transfer = (queueName: string): Action => ({ kind: 'transferToAcd', name: `To ${queueName}`, queue: { queueName } });

/** Main sets both variables, then jumps to Other, which routes on what it can still see. */
function model(otherActions: Action[], jumpTo = 'Other_2'): FlowModel {
  return {
    kind: 'inboundCall',
    name: 'Jumping',
    variables: [y],
    tasks: [
      {
        name: 'Main',
        refId: 'Main_1',
        variables: [mainX],
        actions: [
          { kind: 'updateData', name: 'Set both', statements: [{ variable: mainX, value: str('main') }, { variable: y, value: str('kept') }] },
          { kind: 'decision', name: 'Jump?', condition: eq(y.ref, str('kept')), yes: [{ kind: 'jumpToTask', name: 'Jump to Other', task: jumpTo }], no: [] },
          transfer('Q-after-the-jump'),
          bye,
        ],
      },
      { name: 'Other', refId: 'Other_2', variables: [otherX], actions: otherActions },
    ],
    startUpRef: 'Main_1',
  };
}

const routing: Action[] = [
  {
    kind: 'decision',
    name: 'Task.x leaked?',
    condition: isSet(otherX.ref),
    yes: [transfer('Q-leaked')],
    no: [{ kind: 'decision', name: 'Flow.y kept?', condition: eq(y.ref, str('kept')), yes: [transfer('Q-routed')], no: [transfer('Q-lost')] }],
  },
  bye,
];

/** Runs a flow model to its end on a clock of its own; returns its signal, its run and the actions it reached. */
function drive(m: FlowModel) {
  let now = 0;
  const reached: string[] = [];
  const observer: Observer = { mark: () => {}, execution: () => {}, reached: (a) => reached.push(a.name), speechSeconds: () => 1, utterance: () => undefined };
  const executor = new Executor(new FakePlatform(), {} as World, () => now, observer);
  const run: FlowRun = { model: m, vars: new Map(), startedAt: 0, ending: {}, lane: 'callFlow' };
  const gen = executor.run(run);
  for (let step = gen.next(); ; step = gen.next()) {
    if (step.done) return { signal: step.value, run, reached };
    now += step.value;
  }
}

describe('a jump to a reusable task', () => {
  it('goes on in the target with its Task variables unset and the flow variables kept, and never comes back', () => {
    const m = model(routing);
    expect(flowProblems(m)).toEqual([]);
    const { signal, run, reached } = drive(m);
    expect(signal).toBe('end');
    expect(run.ending).toEqual({ how: 'transfer', queue: 'Q-routed' });
    expect(reached).toEqual(['Set both', 'Jump?', 'Jump to Other', 'Task.x leaked?', 'Flow.y kept?', 'To Q-routed']);
    // The flow variable survives the jump; the task variable of Main does not.
    expect([run.vars.has(mainX.name), run.vars.get(y.name)]).toEqual([false, 'kept']);
  });

  it('ends in the built-in disconnect when the target\'s actions run out', () => {
    const { signal, run, reached } = drive(model([{ kind: 'updateData', name: 'Do little', statements: [{ variable: otherX, value: str('other') }] }]));
    expect(signal).toBe('end');
    expect(run.ending).toEqual({ how: 'disconnect' });
    // Not the transfer after the jump in Main: control never came back.
    expect(reached).not.toContain('To Q-after-the-jump');
  });

  it('to a task the flow does not have is a model bug: a plain error, not the flow\'s error handling', () => {
    const m = model(routing, 'Nowhere_9');
    expect(flowProblems(m)).toEqual(['task "Main": action "Jump to Other": jumps to "Nowhere_9", which is the refId of no task (there are: Main_1, Other_2)']);
    let thrown: unknown;
    try {
      drive(m);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(FlowError);
    expect((thrown as Error).message).toBe('flow "Jumping" has no task with refId "Nowhere_9" (there are: Main_1, Other_2)');
  });
});
