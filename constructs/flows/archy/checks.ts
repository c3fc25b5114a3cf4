/**
 * Structural checks of a flow model, run at synth. Archy itself only judges a
 * flow when it is published to an org, much later; these catch what can be
 * known now. Each problem is a sentence naming the task and action.
 */
import { DataAction } from '../../data-actions/data-action';
import { Action, allActions, branches, errorHandlingOf, FAILURE_OUTPUT_TYPES, FailureOutput, FlowModel, Task, Variable } from './model';

/** Built-in values a flow may read without declaring them. */
export const BUILT_INS = new Set(['Call.ConversationId', 'Call.Ani', 'Call.Dnis', 'Flow.StartDateTimeUtc']);
/** The most iterations a loop may have: every loop ends, and soon. */
export const MAX_LOOP_COUNT = 100;

/** The actions each kind of flow may use. */
const ACTIONS: Record<FlowModel['kind'], ReadonlySet<Action['kind']>> = {
  // jumpToTask: call flows only, for now (help "Task editor actions" lists "Jump to Reusable Task" for call flows;
  // a bot flow keeps its reusable tasks under `tasks`, apart from its `bots`, which the model does not write).
  inboundCall: new Set(['playAudio', 'collectInput', 'callBotFlow', 'callData', 'updateData', 'decision', 'loop', 'setParticipantData', 'findQueue', 'transferToAcd', 'disconnect', 'jumpToTask']),
  workflow: new Set(['callData', 'updateData', 'decision', 'loop', 'wait', 'setConversationData', 'endWorkflow']),
  botFlow: new Set(['askForSlot', 'updateData', 'decision', 'exitBotFlow']),
};
const ERROR_HANDLING: Record<FlowModel['kind'], readonly string[]> = { inboundCall: ['disconnect', 'queue'], workflow: ['endWorkflow'], botFlow: ['exit'] };
/** Actions after which control never comes back: a jump goes on in its task, which ends the call itself. */
const TERMINAL = new Set<Action['kind']>(['disconnect', 'endWorkflow', 'exitBotFlow', 'jumpToTask']);
/** How each kind of flow names its variables: flow-wide, and per task. */
const SCOPES: Record<FlowModel['kind'], { flow: string; task: string }> = {
  inboundCall: { flow: 'Flow.', task: 'Task.' },
  workflow: { flow: 'Flow.', task: 'State.' },
  botFlow: { flow: 'Slot.', task: 'Task.' },
};

export function flowProblems(model: FlowModel): string[] {
  const problems: string[] = [];
  if (!model.name?.trim()) problems.push('the flow has no name');
  if (model.tasks.length === 0) problems.push(`the flow has no ${model.kind === 'workflow' ? 'states' : 'tasks'}`);

  // refIds: unique, and the start-up reference resolves.
  const seen = new Map<string, string>();
  for (const t of model.tasks) {
    const other = seen.get(t.refId);
    if (other !== undefined) problems.push(`refId "${t.refId}" is used by both "${other}" and "${t.name}": refIds must be unique`);
    seen.set(t.refId, t.name);
  }
  if (!seen.has(model.startUpRef)) {
    problems.push(`startUpRef "${model.startUpRef}" names no ${model.kind === 'workflow' ? 'state' : 'task'} (there are: ${[...seen.keys()].join(', ') || 'none'})`);
  }

  const scope = SCOPES[model.kind];
  const flowScope = scope.task;
  for (const v of model.variables ?? []) {
    if (!v.name.startsWith(scope.flow)) problems.push(`flow variable "${v.name}" must be named ${scope.flow}<name>`);
    // An inbound call flow is started by a call, never given inputs or asked for outputs: no export marks one (docs/flows.md).
    if (model.kind === 'inboundCall' && (v.isInput || v.isOutput)) problems.push(`flow variable "${v.name}" is marked as an input or output: an inbound call flow has neither`);
  }
  const handling = errorHandlingOf(model);
  if (!ERROR_HANDLING[model.kind].includes(handling.kind)) {
    problems.push(`error handling "${handling.kind}" is not available in a ${model.kind} flow (use ${ERROR_HANDLING[model.kind].join(' or ')})`);
  }
  if (handling.kind === 'queue' && !handling.queueName?.trim()) problems.push('the error handling names no queue');
  if (model.kind === 'botFlow') {
    const slots = new Set((model.slots ?? []).map((sl) => sl.name));
    for (const a of model.tasks.flatMap((t) => [...allActions(t.actions)])) {
      if (a.kind === 'askForSlot' && !slots.has(a.slot)) problems.push(`action "${a.name}" asks for slot "${a.slot}", which the bot flow does not declare in its slots`);
    }
    for (const sl of slots) {
      if (!(model.variables ?? []).some((v) => v.name === `Slot.${sl}`)) problems.push(`slot "${sl}" has no variable Slot.${sl}: declare it on the flow`);
    }
  }
  for (const t of model.tasks) {
    const where = `${model.kind === 'workflow' ? 'state' : model.kind === 'botFlow' ? 'bot' : 'task'} "${t.name}"`;
    for (const v of t.variables ?? []) {
      if (!v.name.startsWith(flowScope)) problems.push(`${where}: variable "${v.name}" must be named ${flowScope}<name>`);
    }
    problems.push(...undeclared(model, t, where), ...actionProblems(model, t, where));
    const open = openPath(t.actions, []);
    if (open.unreachable) problems.push(`${where}: ${open.unreachable}`);
    if (open.trail) {
      const via = open.trail.length ? ` (through ${open.trail.join(' > ')})` : '';
      problems.push(`${where}: a path reaches the end without a transfer, disconnect or end${via}: end every path explicitly`);
    }
  }
  return problems;
}

/** Every variable read or written must be declared (or be a built-in). */
function undeclared(model: FlowModel, task: Task, where: string): string[] {
  const declared = new Set<string>([...(model.variables ?? []), ...(task.variables ?? [])].map((v) => v.name));
  const used = new Map<string, string>();
  const use = (name: string, action: Action) => {
    if (!used.has(name)) used.set(name, action.name);
  };
  for (const a of allActions(task.actions)) {
    const written: Variable[] = [];
    switch (a.kind) {
      case 'callData':
        Object.values(a.inputs).forEach((e) => e.names().forEach((n) => use(n, a)));
        written.push(...Object.values(a.successOutputs), ...(Object.values(a.failureOutputs ?? {}) as Variable[]));
        break;
      case 'collectInput':
        written.push(a.into);
        break;
      case 'callBotFlow':
        written.push(...Object.values(a.slots));
        break;
      case 'updateData':
        a.statements.forEach((s) => {
          written.push(s.variable);
          s.value.names().forEach((n) => use(n, a));
        });
        break;
      case 'decision':
        a.condition.names().forEach((n) => use(n, a));
        break;
      case 'loop':
        written.push(a.index);
        break;
      case 'setParticipantData':
        a.attributes.forEach((at) => at.value.names().forEach((n) => use(n, a)));
        break;
      case 'setConversationData':
        [a.conversationId, ...a.attributes.map((at) => at.value)].forEach((e) => e.names().forEach((n) => use(n, a)));
        break;
      case 'findQueue':
        a.queueName.names().forEach((n) => use(n, a));
        written.push(a.into);
        break;
      case 'transferToAcd':
        if (!('queueName' in a.queue)) written.push(a.queue);
        break;
      case 'playAudio':
        if ('exp' in a.audio) a.audio.exp.names().forEach((n) => use(n, a));
        break;
      default:
        break;
    }
    written.forEach((v) => use(v.name, a));
  }
  return [...used.entries()]
    .filter(([name]) => !declared.has(name) && !BUILT_INS.has(name))
    .map(([name, action]) => `${where}: action "${action}" uses variable "${name}", which is not declared: declare it on the flow or the ${where.split(' ')[0]}`);
}

function actionProblems(model: FlowModel, task: Task, where: string): string[] {
  const problems: string[] = [];
  for (const a of allActions(task.actions)) {
    const at = `${where}: action "${a.name}"`;
    if (!a.name?.trim()) problems.push(`${where}: a ${a.kind} action has no name`);
    if (!ACTIONS[model.kind].has(a.kind)) problems.push(`${at}: ${a.kind} is not available in a ${model.kind === 'inboundCall' ? 'call flow' : model.kind}`);
    if (a.kind === 'loop' && (!Number.isInteger(a.count) || a.count < 1 || a.count > MAX_LOOP_COUNT)) {
      problems.push(`${at}: loop count ${a.count} is not allowed: use a whole number from 1 to ${MAX_LOOP_COUNT}, so the loop is bounded`);
    }
    if (a.kind === 'callData') problems.push(...callDataProblems(a, at, model));
    if (a.kind === 'jumpToTask') {
      const refIds = model.tasks.map((t) => t.refId);
      if (!refIds.includes(a.task)) problems.push(`${at}: jumps to "${a.task}", which is the refId of no task (there are: ${refIds.join(', ') || 'none'})`);
      // A task that jumps to itself repeats with nothing in the model to bound it (a loop has a literal count): refused.
      else if (a.task === task.refId) problems.push(`${at}: jumps to its own task "${task.name}", which would loop for ever: jump to another task`);
    }
    if (a.kind === 'callBotFlow') {
      if (!a.botFlowName?.trim()) problems.push(`${at}: botFlowName is empty: name the bot flow to call`);
      for (const slot of Object.keys(a.slots)) if (!/^Slot\.[A-Za-z][A-Za-z0-9_]*$/.test(slot)) problems.push(`${at}: "${slot}" is not a slot name such as Slot.Utterance`);
    }
  }
  return problems;
}

function callDataProblems(a: Extract<Action, { kind: 'callData' }>, at: string, model: FlowModel): string[] {
  if (!(a.action instanceof DataAction)) {
    return [`${at}: calls ${JSON.stringify((a.action as { name?: string })?.name ?? a.action)}, which is not a DataAction construct: pass the construct, so the flow depends on it`];
  }
  const problems: string[] = [];
  const { input, output, timeoutSeconds } = a.action.definition;
  const declared = input.properties;
  for (const name of Object.keys(a.inputs)) {
    if (!(name in declared)) problems.push(`${at}: input "${name}" is not an input of data action "${a.action.actionName}"`);
  }
  for (const name of input.required ?? []) {
    if (!(name in a.inputs)) problems.push(`${at}: required input "${name}" of data action "${a.action.actionName}" is not given`);
  }
  const typeOf: Record<string, string> = { string: 'string', number: 'decimal', integer: 'integer', boolean: 'boolean' };
  for (const [name, v] of Object.entries(a.successOutputs)) {
    const schema = output.properties[name];
    if (!schema) problems.push(`${at}: output "${name}" is not an output of data action "${a.action.actionName}"`);
    else if (typeOf[String(schema.type)] !== v.type) {
      problems.push(`${at}: output "${name}" is ${String(schema.type)} but variable "${v.name}" is ${v.type}`);
    }
  }
  for (const [name, v] of Object.entries(a.failureOutputs ?? {}) as [FailureOutput, Variable][]) {
    // Only non-call flows can bind failure outputs (Genesys community, "API Error"): in a call flow they would stay NOT_SET.
    if (model.kind === 'inboundCall') problems.push(`${at}: failure output "${name}" cannot be bound in a call flow: read it in a workflow`);
    const type = FAILURE_OUTPUT_TYPES[name];
    if (!type) problems.push(`${at}: failure output "${name}" is not one the model can bind (${Object.keys(FAILURE_OUTPUT_TYPES).join(', ')})`);
    else if (type !== v.type) problems.push(`${at}: failure output "${name}" is ${type} but variable "${v.name}" is ${v.type}`);
  }
  if (!Number.isInteger(a.timeoutSeconds) || a.timeoutSeconds < 1 || a.timeoutSeconds > 60) {
    problems.push(`${at}: timeout ${a.timeoutSeconds} s is out of range: use 1 to 60 seconds`);
  } else if (a.timeoutSeconds < timeoutSeconds) {
    problems.push(`${at}: the flow waits ${a.timeoutSeconds} s but the action may take ${timeoutSeconds} s: wait at least as long as the action's own timeout`);
  }
  return problems;
}

/**
 * Follows every path of a list of actions. Returns an example trail of a path
 * that reaches the end of the list without a terminal action (null when every
 * path ends), and the first action that no path can reach.
 */
export function openPath(actions: readonly Action[], trail: string[]): { trail: string[] | null; unreachable?: string } {
  let open: string[] | null = trail;
  for (const a of actions) {
    if (open === null) return { trail: null, unreachable: `action "${a.name}" can never run: every path before it ends` };
    if (TERMINAL.has(a.kind)) {
      open = null;
      continue;
    }
    const bs = branches(a);
    if (bs.length === 0 || a.kind === 'loop') {
      if (a.kind === 'loop') {
        const inner = openPath(a.body, [...open, `loop "${a.name}"`]);
        if (inner.unreachable) return { trail: open, unreachable: inner.unreachable };
      }
      continue;
    }
    let next: string[] | null = null;
    for (const [label, acts] of bs) {
      const result = openPath(acts, [...open, `${a.kind} "${a.name}" (${label})`]);
      if (result.unreachable) return { trail: null, unreachable: result.unreachable };
      next ??= result.trail;
    }
    open = next;
  }
  return { trail: open };
}
