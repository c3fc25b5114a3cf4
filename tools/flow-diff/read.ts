/**
 * Reads a synthesized output (a cdktf.out directory) into a typed model:
 * environments, their flows, and for each flow what a reviewer reads in it:
 * its actions by path of names, the messages the caller hears or is asked,
 * the data actions and queues it names, and what republishes it (the
 * resource's update_trigger_hash, depends_on and substitutions).
 *
 * Everything is read from the two files synth writes (manifest.json, each
 * stack's cdk.tf.json) and the YAML assets they name; nothing is evaluated.
 * A file that is missing or unreadable is an InputError naming the argument
 * and the file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ValidationError } from '../../constructs/validation';

/** A mistake in what the user gave: a directory that is no synthesized output, a file that cannot be read. */
export class InputError extends ValidationError {
  constructor(problem: string) {
    super('the input', [problem], problem);
  }
}

/** One action of a flow, known by its path of names (see `actionPaths`). */
export interface FlowAction {
  readonly path: string;
  /** The plain path of names as a list (task, parents, own name), without branches or `#n`: how a picture finds the action. */
  readonly names: readonly string[];
  /** The action's type, e.g. `callData`. */
  readonly type: string;
  /** Its own keys: the body with every nested `actions` list left out. */
  readonly own: unknown;
}

/** Something the caller hears or is asked. */
export interface Message {
  /** The action that says it. */
  readonly action: string;
  /** Where in the action, e.g. `audio.tts`, `inputAudio.tts`, `question`. */
  readonly key: string;
  readonly text: string;
}

/** A data action or queue a flow names, and where. */
export interface Usage {
  readonly name: string;
  /** Action paths, or "error handling". */
  readonly where: readonly string[];
}

/** A resource the flow's update_trigger_hash or depends_on names, by type and logical id. */
export interface ResourceRef {
  readonly type: string;
  readonly id: string;
}

export interface FlowTriggers {
  /** update_trigger_hash as written, or undefined. */
  readonly updateTriggerHash: string | undefined;
  /** The resources whose ids update_trigger_hash covers, in order. */
  readonly hashRefs: readonly ResourceRef[];
  /** depends_on, read as resource references (others, such as modules, are left out). */
  readonly dependsOn: readonly ResourceRef[];
  /** substitutions as written (JSON text), or undefined. */
  readonly substitutions: string | undefined;
  /** The other arguments of the resource (not filepath, update_trigger_hash, substitutions or meta-arguments), as JSON text by name. */
  readonly otherArguments: Readonly<Record<string, string>>;
}

export interface FlowOutput {
  /** The resource's logical id (genesyscloud_flow.<id>). */
  readonly id: string;
  /** The YAML's `name`. */
  readonly name: string;
  /** The YAML's top key: inboundCall, workflow, botFlow... */
  readonly kind: string;
  /** filepath as written (relative to the stack directory). */
  readonly filepath: string;
  /** The asset's path on disk. */
  readonly yamlFile: string;
  /** The asset's text, as synthesized (`{{division}}` still a placeholder). */
  readonly yamlText: string;
  readonly document: Record<string, unknown>;
  /** In document order. */
  readonly actions: readonly FlowAction[];
  readonly messages: readonly Message[];
  /** Data actions as the YAML names them: `<category> / <action name>`. */
  readonly dataActions: readonly Usage[];
  readonly queues: readonly Usage[];
  readonly triggers: FlowTriggers;
}

export interface EnvironmentOutput {
  readonly name: string;
  /** cdk.tf.json, on disk. */
  readonly stackFile: string;
  /** By logical id. */
  readonly flows: ReadonlyMap<string, FlowOutput>;
  /** Every resource of the stack, by type, then logical id: its arguments. */
  readonly resources: Readonly<Record<string, Readonly<Record<string, Record<string, unknown>>>>>;
}

export interface SynthOutput {
  /** The directory, resolved. */
  readonly dir: string;
  readonly environments: ReadonlyMap<string, EnvironmentOutput>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The first line of an error's message, without the colon that introduces the context lines parsers add (of no use here). */
const firstLine = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0].replace(/:\s*$/, '');

/**
 * Reads the synthesized output in `dir`. `argument` names the command-line
 * argument it came from (e.g. "<base-dir>"), for the messages.
 */
export function readOutput(dir: string, argument: string): SynthOutput {
  const root = path.resolve(dir);
  const where = `${argument} ${JSON.stringify(dir)}`;
  const fail = (problem: string): never => {
    throw new InputError(`${where}: ${problem}`);
  };
  const failIs = (predicate: string): never => {
    throw new InputError(`${where} ${predicate}`);
  };
  if (!fs.existsSync(root)) fail('no such directory');
  if (!fs.statSync(root).isDirectory()) failIs('is a file, not a directory: give the directory `npm run synth` writes (e.g. cdktf.out)');
  const manifestFile = path.join(root, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    const hint = fs.existsSync(path.join(root, 'cdk.tf.json'))
      ? 'this looks like one stack directory; give the output directory above it (e.g. cdktf.out, not cdktf.out/stacks/dev)'
      : 'give the directory `npm run synth` writes (e.g. cdktf.out)';
    failIs(`is not a synthesized output: it has no manifest.json; ${hint}`);
  }
  const manifest = readJson(manifestFile, 'manifest.json', fail);
  if (!isObject(manifest) || !isObject(manifest.stacks)) fail('manifest.json has no "stacks" object: it is not the manifest of a synthesized output');
  const stacks = (manifest as { stacks: Record<string, unknown> }).stacks;
  const environments = new Map<string, EnvironmentOutput>();
  for (const name of Object.keys(stacks).sort()) {
    const entry = stacks[name];
    const rel = isObject(entry) ? entry.synthesizedStackPath : undefined;
    if (typeof rel !== 'string' || rel === '') fail(`manifest.json: stack "${name}" has no synthesizedStackPath`);
    const stackFile = inside(root, rel as string, () => fail(`manifest.json: stack "${name}" names ${JSON.stringify(rel)}, outside the directory`));
    if (!fs.existsSync(stackFile) || !fs.statSync(stackFile).isFile()) fail(`manifest.json names the stack file ${rel} of "${name}", which does not exist`);
    environments.set(name, readStack(name, stackFile, root, fail));
  }
  return { dir: root, environments };
}

function readJson(file: string, shown: string, fail: (problem: string) => never): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return fail(`${shown} cannot be read: ${firstLine(err)}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    return fail(`${shown} is not JSON: ${firstLine(err)}`);
  }
}

/** `rel` resolved under `root`, or `outside()` when it leaves it. */
function inside(root: string, rel: string, outside: () => never): string {
  const full = path.resolve(root, rel);
  const back = path.relative(root, full);
  if (back === '' || back.startsWith('..') || path.isAbsolute(back)) outside();
  return full;
}

const META_ARGUMENTS = new Set(['//', 'depends_on', 'lifecycle', 'provider', 'count', 'for_each', 'provisioner', 'connection']);

function readStack(name: string, stackFile: string, root: string, fail: (problem: string) => never): EnvironmentOutput {
  const shown = path.relative(root, stackFile);
  const json = readJson(stackFile, shown, fail);
  if (!isObject(json)) fail(`${shown} is not a Terraform JSON configuration (not an object)`);
  const resourceBlock = (json as Record<string, unknown>).resource ?? {};
  if (!isObject(resourceBlock)) fail(`${shown}: "resource" is not an object`);
  // Without a prototype: a logical id such as "constructor" is one like any other.
  const resources: Record<string, Record<string, Record<string, unknown>>> = Object.create(null);
  for (const [type, byId] of Object.entries(resourceBlock as Record<string, unknown>)) {
    if (!isObject(byId)) fail(`${shown}: resource type "${type}" is not an object of resources`);
    resources[type] = Object.create(null);
    for (const [id, args] of Object.entries(byId as Record<string, unknown>)) {
      if (!isObject(args)) fail(`${shown}: resource ${type}.${id} is not an object`);
      resources[type][id] = args as Record<string, unknown>;
    }
  }
  const stackDir = path.dirname(stackFile);
  const flows = new Map<string, FlowOutput>();
  for (const [id, args] of Object.entries(resources.genesyscloud_flow ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    flows.set(id, readFlow(id, args, stackDir, shown, root, fail));
  }
  return { name, stackFile, flows, resources };
}

function readFlow(id: string, args: Record<string, unknown>, stackDir: string, stackShown: string, root: string, fail: (problem: string) => never): FlowOutput {
  const flow = `flow genesyscloud_flow.${id} of ${stackShown}`;
  const filepath = args.filepath;
  if (typeof filepath !== 'string' || filepath === '') fail(`${flow} has no filepath`);
  if ((filepath as string).includes('${')) fail(`${flow}: filepath ${JSON.stringify(filepath)} is a Terraform expression; only a file synth wrote can be read`);
  const yamlFile = inside(stackDir, filepath as string, () => fail(`${flow}: filepath ${JSON.stringify(filepath)} leaves the stack directory`));
  const yamlShown = path.relative(root, yamlFile);
  if (!fs.existsSync(yamlFile) || !fs.statSync(yamlFile).isFile()) fail(`${flow} names its YAML asset ${yamlShown}, which does not exist`);
  // A link that leads out of the stack directory is refused as a path that does.
  inside(fs.realpathSync(stackDir), fs.realpathSync(yamlFile), () => fail(`${flow}: its YAML asset ${yamlShown} links outside the stack directory`));
  let yamlText: string;
  try {
    yamlText = fs.readFileSync(yamlFile, 'utf8');
  } catch (err) {
    return fail(`${yamlShown} (the YAML of ${flow}) cannot be read: ${firstLine(err)}`);
  }
  let doc: unknown;
  try {
    // YAML 1.1, as Archy reads it and synth writes it; warnings (an unknown tag, say) are not printed, errors are thrown.
    doc = parse(yamlText, { version: '1.1', logLevel: 'error' });
  } catch (err) {
    return fail(`${yamlShown} (the YAML of ${flow}) does not parse: ${firstLine(err)}`);
  }
  const keys = isObject(doc) ? Object.keys(doc) : [];
  if (!isObject(doc) || keys.length !== 1 || !isObject(doc[keys[0]])) {
    return fail(`${yamlShown} (the YAML of ${flow}) is not an Archy flow: expected one top-level key, the flow type (e.g. inboundCall), holding the flow`);
  }
  const kind = keys[0];
  const head = doc[kind] as Record<string, unknown>;
  const name = typeof head.name === 'string' ? head.name : fail(`${yamlShown} (the YAML of ${flow}) has no name`);
  const actions = actionsOf(head);
  return {
    id,
    name,
    kind,
    filepath: filepath as string,
    yamlFile,
    yamlText,
    document: doc as Record<string, unknown>,
    actions,
    messages: actions.flatMap(messagesOf),
    dataActions: dataActionsOf(actions),
    queues: queuesOf(head, actions),
    triggers: triggersOf(args),
  };
}

// ---------------------------------------------------------------------------
// Actions

/** Where flows keep their tasks (as the YAML writer does): a call flow's `tasks` of `task`, a workflow's `states` of `state`, a bot flow's `bots` of `bot`. */
export const TASK_LISTS: ReadonlyMap<string, string> = new Map([
  ['tasks', 'task'],
  ['states', 'state'],
  ['bots', 'bot'],
]);

interface Walked {
  /** The path of names. */
  readonly names: readonly string[];
  /** The same with the branch of each parent, e.g. `Job done? [yes]`. */
  readonly qualified: readonly string[];
  readonly type: string;
  readonly own: unknown;
}

/**
 * Every action of the flow, in document order, named by its path of names:
 * the task (or state, or bot), then each action it is nested in, then its own
 * name, e.g. `Main > Check the job after step 1 > Job done? (after step 1)`.
 * Where that path is not unique (an action of the same name in two branches
 * of one decision), every action sharing it is named by its qualified path,
 * the branch after each parent (`Main > Was an input missing? [no] >
 * Transfer to the fallback queue`); where even that repeats (the same name
 * twice in one list), the second and later get `#2`, `#3`.
 */
export function actionsOf(head: Record<string, unknown>): FlowAction[] {
  const walked: Walked[] = [];
  for (const [listKey, itemKey] of TASK_LISTS) {
    const list = head[listKey];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const task = isObject(item) ? item[itemKey] : undefined;
      if (!isObject(task)) continue;
      const taskName = typeof task.name === 'string' ? task.name : typeof task.refId === 'string' ? task.refId : `(${itemKey})`;
      walkList(task.actions, [taskName], [taskName], walked);
    }
  }
  const count = (key: (w: Walked) => string) => {
    const n = new Map<string, number>();
    for (const w of walked) n.set(key(w), (n.get(key(w)) ?? 0) + 1);
    return n;
  };
  const plain = (w: Walked) => w.names.join(' > ');
  const qualified = (w: Walked) => w.qualified.join(' > ');
  const plainCount = count(plain);
  const seen = new Map<string, number>();
  return walked.map((w) => {
    let p = plainCount.get(plain(w))! > 1 ? qualified(w) : plain(w);
    const n = (seen.get(p) ?? 0) + 1;
    seen.set(p, n);
    if (n > 1) p = `${p} #${n}`;
    return { path: p, names: w.names, type: w.type, own: w.own };
  });
}

function walkList(list: unknown, names: readonly string[], qualified: readonly string[], into: Walked[]): void {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    if (!isObject(item)) continue;
    const type = Object.keys(item)[0];
    if (type === undefined) continue;
    const body = item[type];
    const name = isObject(body) && typeof body.name === 'string' ? body.name : `(${type})`;
    const nested: { branch: string; list: unknown[] }[] = [];
    const own = stripActions(body, [], nested);
    into.push({ names: [...names, name], qualified: [...qualified, name], type, own });
    for (const { branch, list: inner } of nested) {
      walkList(inner, [...names, name], [...qualified, branch ? `${name} [${branch}]` : name], into);
    }
  }
}

/**
 * The value with every `actions` list taken out (collected in `nested`, with
 * the key path that leads to it: `outputs.yes` is branch "yes").
 */
function stripActions(value: unknown, at: readonly string[], nested: { branch: string; list: unknown[] }[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => stripActions(v, [...at, String(i)], nested));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'actions' && Array.isArray(v)) {
      nested.push({ branch: (at[0] === 'outputs' ? at.slice(1) : at).join('.'), list: v });
      continue;
    }
    out[k] = stripActions(v, [...at, k], nested);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Messages, data actions, queues

/** Keys of askForSlot whose expression is what the bot asks or says. */
const BOT_PROMPTS = ['question', 'noInput', 'noMatch'];

/** `MakeCommunication("text")` as its text; any other expression as it is. */
function communicationText(exp: string): string {
  const m = /^\s*MakeCommunication\(\s*"([^"]*)"\s*\)\s*$/.exec(exp);
  return m ? m[1] : exp;
}

/** Every `tts` in the action's own keys, and what a bot asks (askForSlot's question, noInput, noMatch). */
function messagesOf(action: FlowAction): Message[] {
  const found: Message[] = [];
  const visit = (v: unknown, at: string[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...at, String(i)]));
    else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'tts' && typeof x === 'string') found.push({ action: action.path, key: [...at, k].join('.'), text: x });
        else visit(x, [...at, k]);
      }
    }
  };
  visit(action.own, []);
  if (action.type === 'askForSlot' && isObject(action.own)) {
    for (const key of BOT_PROMPTS) {
      const v = action.own[key];
      if (isObject(v) && typeof v.exp === 'string') found.push({ action: action.path, key, text: communicationText(v.exp) });
    }
  }
  return found;
}

function usages(pairs: readonly [string, string][]): Usage[] {
  const by = new Map<string, string[]>();
  for (const [name, where] of pairs) {
    const list = by.get(name) ?? [];
    if (!list.includes(where)) list.push(where);
    by.set(name, list);
  }
  return [...by.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, where]) => ({ name, where }));
}

/** How a data action is written in words and keyed: `<category> / <action name>`. */
export const dataActionName = (category: string, action: string) => `${category} / ${action}`;

/** callData's `category: {<category>: {dataAction: {<action name>: ...}}}`. */
function dataActionsOf(actions: readonly FlowAction[]): Usage[] {
  const pairs: [string, string][] = [];
  for (const a of actions) {
    if (a.type !== 'callData' || !isObject(a.own) || !isObject(a.own.category)) continue;
    for (const [category, inner] of Object.entries(a.own.category)) {
      const named = isObject(inner) && isObject(inner.dataAction) ? Object.keys(inner.dataAction) : [];
      for (const action of named) pairs.push([dataActionName(category, action), a.path]);
    }
  }
  return usages(pairs);
}

/**
 * The string literals of an expression that can be a queue name: every
 * literal but those compared with `==`, `!=` or `<>` (in the findQueue of a
 * route, `If(Flow.x == "billing", "dev-Billing", ...)`, "billing" is the
 * compared value and "dev-Billing" the queue).
 */
export function queueLiterals(exp: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(exp)) !== null) {
    const before = exp.slice(0, m.index).trimEnd();
    const after = exp.slice(m.index + m[0].length).trimStart();
    const compared = /(==|!=|<>)$/.test(before) || /^(==|!=|<>)/.test(after);
    if (!compared) out.push(m[1]);
  }
  return out;
}

/** transferToAcd's literal queue, findQueue's literals, and the error handling's queue. */
function queuesOf(head: Record<string, unknown>, actions: readonly FlowAction[]): Usage[] {
  const pairs: [string, string][] = [];
  const handling = isObject(head.settingsErrorHandling) ? head.settingsErrorHandling.errorHandling : undefined;
  const target = isObject(handling) && isObject(handling.queue) ? handling.queue.targetQueue : undefined;
  const handlingQueue = isObject(target) && isObject(target.lit) ? target.lit.name : undefined;
  if (typeof handlingQueue === 'string') pairs.push([handlingQueue, 'error handling']);
  for (const a of actions) {
    if (!isObject(a.own)) continue;
    if (a.type === 'transferToAcd' && isObject(a.own.targetQueue) && isObject(a.own.targetQueue.lit) && typeof a.own.targetQueue.lit.name === 'string') {
      pairs.push([a.own.targetQueue.lit.name, a.path]);
    }
    if (a.type === 'findQueue' && isObject(a.own.findName)) {
      const { exp, lit } = a.own.findName;
      if (typeof exp === 'string') for (const q of queueLiterals(exp)) pairs.push([q, a.path]);
      if (typeof lit === 'string') pairs.push([lit, a.path]);
    }
  }
  return usages(pairs);
}

// ---------------------------------------------------------------------------
// Triggers

/** `<type>.<id>.<attribute>` references inside a Terraform expression. */
const REFERENCE = /\b(genesyscloud_[a-z0-9_]+)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_]+/g;

function references(text: string): ResourceRef[] {
  const out: ResourceRef[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    if (!out.some((r) => r.type === m[1] && r.id === m[2])) out.push({ type: m[1], id: m[2] });
  }
  return out;
}

function triggersOf(args: Record<string, unknown>): FlowTriggers {
  const hash = typeof args.update_trigger_hash === 'string' ? args.update_trigger_hash : undefined;
  const dependsOn = (Array.isArray(args.depends_on) ? args.depends_on : [])
    .filter((d): d is string => typeof d === 'string')
    .map((d) => /^(genesyscloud_[a-z0-9_]+)\.([A-Za-z0-9_-]+)$/.exec(d))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ type: m[1], id: m[2] }));
  const otherArguments: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(args)) {
    if (META_ARGUMENTS.has(k) || k === 'filepath' || k === 'update_trigger_hash' || k === 'substitutions') continue;
    otherArguments[k] = JSON.stringify(v);
  }
  return {
    updateTriggerHash: hash,
    hashRefs: hash === undefined ? [] : references(hash),
    dependsOn,
    substitutions: args.substitutions === undefined ? undefined : JSON.stringify(args.substitutions),
    otherArguments,
  };
}
