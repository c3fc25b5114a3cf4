/**
 * The picture of a flow as a graph: nodes, edges and clusters, built from the
 * same `FlowModel` the YAML is written from. The DOT writer (`dot.ts`, laid
 * out by Graphviz) and the Mermaid writer (`mermaid.ts`) both draw this one
 * graph, so the two pictures cannot disagree.
 *
 * Control follows the model's own rules (as `openPath` in
 * `constructs/flows/archy/checks.ts` reasons about paths): an action goes on
 * with the next action of its list; a branch list that ends without a
 * terminal action goes on after its parent action (the branches merge back);
 * `disconnect`, `endWorkflow` and `exitBotFlow` end the flow, `jumpToTask`
 * goes on in its target task and never comes back, and a transfer ends the
 * flow unless it fails, when the next action runs. A loop runs its body, then
 * goes round again, and leaves after its last pass.
 */
import { LaunchWorkflowAction, ReadJobStatusAction } from '../../constructs/data-actions/catalog';
import { Action, branches, errorHandlingOf, FlowKind, FlowModel, Task } from '../../constructs/flows/archy/model';

/** What a node is, which decides its shape and colour in both pictures. */
export type NodeRole =
  /** Where the flow starts. */
  | 'start'
  /** The flow's error handling, for what no path handles. */
  | 'errorHandling'
  /** The top of a task (state, bot): the start and jumps arrive here. */
  | 'taskEntry'
  /** The built-in end of a task whose actions run out (the checks refuse it in a deployed flow). */
  | 'taskEnd'
  | 'action'
  | 'decision'
  | 'loop'
  /** A Call Data Action. */
  | 'callData'
  /** A checkpoint: the call flow reads the workflow's status (ReadJobStatusAction). */
  | 'statusRead'
  /** The call flow starts the workflow (LaunchWorkflowAction). */
  | 'launch'
  | 'transfer'
  /** disconnect, endWorkflow, exitBotFlow. */
  | 'end'
  | 'jump';

export interface GraphNode {
  readonly id: string;
  readonly role: NodeRole;
  /** The kind, e.g. "Decision", and the name, shown as "Decision: Job done?". Both visible text (see `visible`). */
  readonly kind: string;
  readonly name: string;
  /** A marker line, e.g. "checkpoint: reads the job status". */
  readonly tag?: string;
  /** What the action does, cut short, e.g. a condition. */
  readonly detail?: string;
  /** The detail in full when it was cut: the SVG shows it when the pointer rests on the node. */
  readonly fullDetail?: string;
  /** The cluster (task) the node is in; none for the start and the error handling. */
  readonly cluster?: string;
  /**
   * An action's path of names, as the flow's YAML nests it: the task, each
   * action it is nested in, then its own name (raw names, not `visible`). The
   * flow diff names actions by the same path, so a picture can mark what a
   * change touched. None for the nodes that are no action.
   */
  readonly path?: readonly string[];
}

/** `flow`: control goes on; `jump`: Jump to Reusable Task; `back`: a loop's next pass; `error`: the error handling. */
export type EdgeRole = 'flow' | 'jump' | 'back' | 'error';

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** Why control takes the edge ("yes", "failure", ...); several when branches share a target. */
  readonly labels: readonly string[];
  readonly role: EdgeRole;
}

export interface GraphCluster {
  readonly id: string;
  /** e.g. "Task: Main". */
  readonly title: string;
  /** Its nodes, in the order of the model. */
  readonly nodes: readonly string[];
}

export interface FlowGraph {
  /** The flow's name, visible text. */
  readonly flowName: string;
  readonly flowKind: FlowKind;
  /** e.g. "dev-AI Intent Call Flow (inbound call flow)". */
  readonly title: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly clusters: readonly GraphCluster[];
}

/** Longest detail line before it is cut with "…". */
export const DETAIL_LENGTH = 48;

/**
 * Text made safe to draw, whatever a name from config holds: every control
 * character (a newline, a tab, NUL, ...) becomes its visible Unicode picture
 * (U+2400 to U+2421: a newline shows as "␊"), as do the code points XML
 * cannot carry (a lone surrogate, U+FFFE, U+FFFF, shown as U+FFFD). Quotes,
 * `<`, `>`, backslashes and the like stay: each writer escapes them for its
 * own language.
 */
export function visible(text: string): string {
  return (
    text
      // The control characters are what this replaces.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
      .replace(/\u007f/g, '\u2421')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd')
  );
}

/** Visible text of at most `max` characters, cut with "…" (never inside a surrogate pair). */
export function cut(text: string, max: number = DETAIL_LENGTH): string {
  const chars = [...visible(text)];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

const FLOW_KIND_TEXT: Record<FlowKind, string> = { inboundCall: 'inbound call flow', workflow: 'workflow', botFlow: 'bot flow' };
/** What a task is called in each kind of flow. */
const TASK_WORD: Record<FlowKind, string> = { inboundCall: 'Task', workflow: 'State', botFlow: 'Bot' };

/** Architect's name of each action. */
export const ACTION_KIND_TEXT: Record<Action['kind'], string> = {
  playAudio: 'Play Audio',
  collectInput: 'Collect Input',
  callBotFlow: 'Call Bot Flow',
  askForSlot: 'Ask for Slot',
  exitBotFlow: 'Exit Bot Flow',
  setConversationData: 'Set Conversation Data',
  callData: 'Call Data Action',
  updateData: 'Update Data',
  decision: 'Decision',
  loop: 'Loop',
  wait: 'Wait',
  setParticipantData: 'Set Participant Data',
  findQueue: 'Find Queue',
  transferToAcd: 'Transfer to ACD',
  disconnect: 'Disconnect',
  endWorkflow: 'End Workflow',
  jumpToTask: 'Jump to Reusable Task',
};

/** A way out of an action that has not met its next node yet. */
interface Exit {
  readonly from: string;
  readonly label?: string;
  readonly role?: EdgeRole;
}

/** Builds the graph of a flow. Same model, same graph: ids are numbered in the order of the model. */
export function flowGraph(model: FlowModel): FlowGraph {
  const nodes: GraphNode[] = [];
  const clusters: { id: string; title: string; nodes: string[] }[] = [];
  const edges = new Map<string, { from: string; to: string; labels: string[]; role: EdgeRole }>();
  const taskWord = TASK_WORD[model.kind];
  const add = (node: Omit<GraphNode, 'id'>): string => {
    const id = `n${nodes.length + 1}`;
    nodes.push({ id, ...node });
    if (node.cluster !== undefined) clusters.find((c) => c.id === node.cluster)!.nodes.push(id);
    return id;
  };
  // Branches that meet the same node by the same kind of edge are one edge with every label.
  const connect = (exits: readonly Exit[], to: string) => {
    for (const e of exits) {
      const role = e.role ?? 'flow';
      const key = `${e.from} ${to} ${role}`;
      const edge = edges.get(key) ?? { from: e.from, to, labels: [], role };
      if (e.label !== undefined && !edge.labels.includes(e.label)) edge.labels.push(e.label);
      edges.set(key, edge);
    }
  };

  const flowName = visible(model.name);
  const start = add({ role: 'start', kind: 'Start', name: flowName, detail: FLOW_KIND_TEXT[model.kind] });
  connect([{ from: start, label: 'on error', role: 'error' }], add(errorHandlingNode(model)));

  // Every task's entry first, so a jump can point at a task drawn later.
  const entries = new Map<string, string>();
  const clusterOf = new Map<Task, string>();
  model.tasks.forEach((task, i) => {
    const cluster = `t${i + 1}`;
    clusters.push({ id: cluster, title: `${taskWord}: ${visible(task.name)}`, nodes: [] });
    clusterOf.set(task, cluster);
    if (!entries.has(task.refId)) entries.set(task.refId, add({ role: 'taskEntry', kind: `${taskWord} start`, name: visible(task.name), cluster }));
  });
  const taskNames = new Map(model.tasks.map((t) => [t.refId, t.name]));
  const entryOf = (refId: string): string => {
    let entry = entries.get(refId);
    if (entry === undefined) {
      // The checks refuse a reference to no task; drawn anyway, so the picture shows the mistake.
      entry = add({ role: 'taskEnd', kind: 'No such task', name: visible(refId) });
      entries.set(refId, entry);
    }
    return entry;
  };
  connect([{ from: start }], entryOf(model.startUpRef));

  for (const task of model.tasks) {
    const cluster = clusterOf.get(task)!;
    /** Draws a list of actions reached by `incoming`, nested in `parents`; returns the ways out of its end. */
    const sequence = (actions: readonly Action[], incoming: readonly Exit[], parents: readonly string[]): Exit[] => {
      let open: readonly Exit[] = incoming;
      for (const action of actions) {
        const path = [...parents, action.name];
        const id = add({ ...describe(action, taskNames), cluster, path });
        connect(open, id);
        open = exitsOf(action, id, path);
      }
      return [...open];
    };
    const exitsOf = (a: Action, id: string, path: readonly string[]): readonly Exit[] => {
      switch (a.kind) {
        case 'disconnect':
        case 'endWorkflow':
        case 'exitBotFlow':
          return [];
        case 'jumpToTask':
          connect([{ from: id, label: `to ${visible(taskNames.get(a.task) ?? a.task)}`, role: 'jump' }], entryOf(a.task));
          return [];
        case 'transferToAcd':
          return [{ from: id, label: 'transfer failed' }];
        case 'loop': {
          const body = sequence(a.body, [{ from: id, label: 'each pass' }], path);
          connect(
            body.map((e) => ({ ...e, label: e.label === undefined ? 'next pass' : `${e.label}, next pass`, role: 'back' })),
            id,
          );
          return [{ from: id, label: `after ${a.count} ${a.count === 1 ? 'pass' : 'passes'}` }];
        }
        default: {
          // The model's own branches, labelled and in order (yes/no, success/failure/timeout): none for a plain action.
          const bs = branches(a);
          return bs.length === 0 ? [{ from: id }] : bs.flatMap(([label, list]) => sequence(list, [{ from: id, label }], path));
        }
      }
    };
    const open = sequence(task.actions, [{ from: entries.get(task.refId)! }], [task.name]);
    // A task whose actions run out ends in a built-in disconnect (help: a task always has an end).
    if (open.length > 0) connect(open, add({ role: 'taskEnd', kind: `End of ${taskWord.toLowerCase()}`, name: visible(task.name), detail: 'built-in end: the actions ran out', cluster }));
  }

  return {
    flowName,
    flowKind: model.kind,
    title: `${flowName} (${FLOW_KIND_TEXT[model.kind]})`,
    nodes,
    edges: [...edges.values()],
    clusters,
  };
}

function errorHandlingNode(model: FlowModel): Omit<GraphNode, 'id'> {
  const handling = errorHandlingOf(model);
  const what =
    handling.kind === 'queue'
      ? `transfer to queue "${visible(handling.queueName)}"`
      : handling.kind === 'disconnect'
        ? 'disconnect'
        : handling.kind === 'endWorkflow'
          ? 'end the workflow'
          : 'exit the bot flow';
  return { role: 'errorHandling', kind: 'Error handling', name: what, detail: 'when an action fails unhandled' };
}

/** The node of an action: its role, "Kind: name", and a short detail. */
function describe(a: Action, taskNames: ReadonlyMap<string, string>): Omit<GraphNode, 'id' | 'cluster'> {
  const base = { kind: ACTION_KIND_TEXT[a.kind], name: visible(a.name) };
  const withDetail = (role: NodeRole, detail: string | undefined, tag?: string): Omit<GraphNode, 'id' | 'cluster'> => {
    if (detail === undefined) return { ...base, role, ...(tag ? { tag } : {}) };
    const short = cut(detail);
    const full = visible(detail);
    return { ...base, role, ...(tag ? { tag } : {}), detail: short, ...(short !== full ? { fullDetail: full } : {}) };
  };
  const list = (xs: readonly string[]) => xs.join(', ');
  switch (a.kind) {
    case 'playAudio':
      return withDetail('action', 'tts' in a.audio ? `says "${a.audio.tts}"` : `plays ${a.audio.exp.text()}`);
    case 'collectInput':
      return withDetail('action', `${a.minDigits === a.maxDigits ? a.minDigits : `${a.minDigits}-${a.maxDigits}`} digits into ${a.into.name}`);
    case 'callBotFlow':
      return withDetail('action', `bot flow "${a.botFlowName}"`);
    case 'askForSlot':
      return withDetail('action', `slot ${a.slot}: "${a.question}"`);
    case 'exitBotFlow':
    case 'disconnect':
    case 'endWorkflow':
      return withDetail('end', undefined);
    case 'setConversationData':
      return withDetail('action', `writes ${list(a.attributes.map((x) => x.name))}`);
    case 'setParticipantData':
      return withDetail('action', list(a.attributes.map((x) => `${x.name} = ${x.value.text()}`)));
    case 'callData': {
      const detail = `${a.action.actionName}, ${a.timeoutSeconds} s`;
      // The pattern's own actions, recognised by their class: the checkpoints of the journey, and the launch.
      if (a.action instanceof ReadJobStatusAction) return withDetail('statusRead', detail, 'checkpoint: reads the job status');
      if (a.action instanceof LaunchWorkflowAction) return withDetail('launch', detail, 'starts the workflow');
      return withDetail('callData', detail);
    }
    case 'updateData':
      return withDetail('action', a.statements.map((s) => `${s.variable.name} = ${s.value.text()}`).join('; '));
    case 'decision':
      return withDetail('decision', a.condition.text());
    case 'loop':
      return withDetail('loop', `${a.count} ${a.count === 1 ? 'pass' : 'passes'}, index ${a.index.name}`);
    case 'wait':
      return withDetail('action', `${a.seconds} s`);
    case 'findQueue':
      return withDetail('action', `${a.queueName.text()} into ${a.into.name}`);
    case 'transferToAcd':
      return withDetail('transfer', 'queueName' in a.queue ? `queue "${a.queue.queueName}"` : `the queue in ${a.queue.name}`);
    case 'jumpToTask':
      return withDetail('jump', `to task "${taskNames.get(a.task) ?? a.task}"`);
  }
}
