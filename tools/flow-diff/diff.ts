/**
 * Compares two synthesized outputs (read by read.ts), environment by
 * environment and flow by flow. The result is plain data, the JSON document
 * `--json` prints (its shape is documented in docs/flow-diff.md); format.ts
 * puts it in words.
 */
import { EnvironmentOutput, FlowAction, FlowOutput, Message, ResourceRef, SynthOutput, TASK_LISTS, Usage } from './read';

/** The version of the JSON shape: raised when a field changes meaning or goes. */
export const FLOW_DIFF_FORMAT = 1;

export interface ActionRef {
  readonly path: string;
  /** The plain path of names as a list (task, parents, own name): the same for actions `path` tells apart by branch or `#n`. */
  readonly names: readonly string[];
  readonly type: string;
}

/** One key of an action that differs: a dotted path into the action's own keys (`condition.exp`), `type` for its type. */
export interface KeyChange {
  readonly key: string;
  /** null where the key is absent on that side. */
  readonly old: unknown;
  readonly new: unknown;
}

export interface ActionChange extends ActionRef {
  /** The type in base, when it differs from `type` (the head's). */
  readonly oldType: string | null;
  readonly changes: readonly KeyChange[];
}

export interface MessageChange {
  readonly action: string;
  readonly key: string;
  /** null: there was no such message (a new action, or a new prompt). */
  readonly old: string | null;
  /** null: the message is gone. */
  readonly new: string | null;
}

export interface UsageChange {
  readonly nowUsed: readonly Usage[];
  readonly noLongerUsed: readonly Usage[];
}

export type ReasonKind =
  | 'yaml-changed'
  | 'filepath-changed'
  | 'substitutions-changed'
  | 'arguments-changed'
  | 'action-created'
  | 'action-replaced'
  | 'bot-flow-created'
  | 'bot-flow-replaced'
  | 'trigger-references-changed'
  | 'trigger-hash-changed';

export interface RepublishReason {
  readonly kind: ReasonKind;
  /** The reason in words. */
  readonly text: string;
  /** action-* and bot-flow-*: the resource's address in head (`genesyscloud_integration_action.<id>`); else null. */
  readonly resource: string | null;
  /** action-replaced and bot-flow-replaced under a new logical id: the address it had in base (same name, gone from head); else null. */
  readonly previousResource: string | null;
  /** action-* and bot-flow-*: the data action's or bot flow's name (its `name` argument, or the YAML's name); else null. */
  readonly name: string | null;
  /**
   * action-replaced: the replacing attributes that changed (empty for a new logical id);
   * arguments-changed: the arguments; trigger-references-changed: `+<address>` and `-<address>`.
   */
  readonly details: readonly string[];
}

/** What else changed in the YAML: keys of the flow (`where` "flow") or of a task (`where` its name) other than its actions. */
export interface OtherChange {
  readonly where: string;
  readonly keys: readonly string[];
}

export type FlowStatus = 'added' | 'removed' | 'changed';

export interface FlowDiff {
  /** The resource's logical id: genesyscloud_flow.<id>. */
  readonly id: string;
  /** The YAML's name: head's, or base's for a removed flow. */
  readonly name: string;
  /** The flow type (the YAML's top key). */
  readonly kind: string;
  readonly status: FlowStatus;
  /** The name in base, when the logical id stayed and the name changed; else null. */
  readonly renamedFrom: string | null;
  /** Number of actions (head's; base's for a removed flow). */
  readonly actionCount: number;
  /** Empty for added and removed flows (see actionCount). */
  readonly actions: { readonly added: readonly ActionRef[]; readonly removed: readonly ActionRef[]; readonly changed: readonly ActionChange[] };
  readonly messages: readonly MessageChange[];
  readonly otherChanges: readonly OtherChange[];
  /** For an added flow, everything it uses is "now used"; for a removed one, "no longer used". */
  readonly dataActions: UsageChange;
  readonly queues: UsageChange;
  /** Only for a flow in both outputs: an added flow is published, a removed one deleted. */
  readonly republish: { readonly will: boolean; readonly reasons: readonly RepublishReason[] };
  readonly warnings: readonly string[];
}

export type EnvironmentStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface EnvironmentDiff {
  readonly name: string;
  readonly status: EnvironmentStatus;
  /** Flows in base (0 for an added environment). */
  readonly baseFlowCount: number;
  /** Flows in head (0 for a removed environment). */
  readonly headFlowCount: number;
  /** Only the flows that differ, by logical id. */
  readonly flows: readonly FlowDiff[];
}

export interface FlowDiffReport {
  readonly format: number;
  readonly base: string;
  readonly head: string;
  /** False when no flow differs in any environment and no environment was added or removed. */
  readonly changed: boolean;
  readonly summary: {
    readonly environmentsAdded: number;
    readonly environmentsRemoved: number;
    readonly flowsAdded: number;
    readonly flowsRemoved: number;
    readonly flowsChanged: number;
    readonly flowsRepublished: number;
  };
  /** Every environment of either output, by name. */
  readonly environments: readonly EnvironmentDiff[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const address = (r: ResourceRef) => `${r.type}.${r.id}`;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Deep equality of parsed YAML or JSON values, key order aside. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]));
}

/** The leaves that differ between two values, as dotted key paths. */
export function leafChanges(a: unknown, b: unknown, at = ''): KeyChange[] {
  if (same(a, b)) return [];
  const join = (k: string) => (at === '' ? k : `${at}.${k}`);
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: KeyChange[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...leafChanges(i < a.length ? a[i] : null, i < b.length ? b[i] : null, join(String(i))));
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const [ka, kb] = [Object.keys(a), Object.keys(b)];
    if (ka.length === 1 && kb.length === 1 && ka[0] !== kb[0]) {
      // A map of one entry named by its key (callData's category and action, callBotFlow's bot flow): the name changed.
      return [{ key: at === '' ? '(name)' : `${at} (name)`, old: ka[0], new: kb[0] }, ...leafChanges(a[ka[0]], b[kb[0]], join(kb[0]))];
    }
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.prototype.hasOwnProperty.call(a, k))];
    const own = (o: Record<string, unknown>, k: string) => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : null);
    return keys.flatMap((k) => leafChanges(own(a, k), own(b, k), join(k)));
  }
  return [{ key: at === '' ? '(value)' : at, old: a ?? null, new: b ?? null }];
}

function diffActions(base: readonly FlowAction[], head: readonly FlowAction[]): FlowDiff['actions'] {
  const baseBy = new Map(base.map((a) => [a.path, a]));
  const headBy = new Map(head.map((a) => [a.path, a]));
  const changed: ActionChange[] = [];
  for (const h of head) {
    const b = baseBy.get(h.path);
    if (!b) continue;
    if (b.type !== h.type) {
      changed.push({ path: h.path, names: h.names, type: h.type, oldType: b.type, changes: [{ key: 'type', old: b.type, new: h.type }, ...leafChanges(b.own, h.own)] });
    } else if (!same(b.own, h.own)) {
      changed.push({ path: h.path, names: h.names, type: h.type, oldType: null, changes: leafChanges(b.own, h.own) });
    }
  }
  return {
    added: head.filter((a) => !baseBy.has(a.path)).map(({ path, names, type }) => ({ path, names, type })),
    removed: base.filter((a) => !headBy.has(a.path)).map(({ path, names, type }) => ({ path, names, type })),
    changed,
  };
}

function diffMessages(base: readonly Message[], head: readonly Message[]): MessageChange[] {
  const key = (m: Message) => `${m.action}\u0000${m.key}`;
  const baseBy = new Map(base.map((m) => [key(m), m]));
  const headBy = new Map(head.map((m) => [key(m), m]));
  const out: MessageChange[] = [];
  for (const h of head) {
    const b = baseBy.get(key(h));
    if (!b || b.text !== h.text) out.push({ action: h.action, key: h.key, old: b ? b.text : null, new: h.text });
  }
  for (const b of base) if (!headBy.has(key(b))) out.push({ action: b.action, key: b.key, old: b.text, new: null });
  return out;
}

function diffUsages(base: readonly Usage[], head: readonly Usage[]): UsageChange {
  const baseNames = new Set(base.map((u) => u.name));
  const headNames = new Set(head.map((u) => u.name));
  return { nowUsed: head.filter((u) => !baseNames.has(u.name)), noLongerUsed: base.filter((u) => !headNames.has(u.name)) };
}

/** A flow's description without the build stamp synth appends (`[build <hash>]`), which changes with any change of the YAML. */
const withoutStamp = (v: unknown) => (typeof v === 'string' ? v.replace(/\s*\[build [0-9a-f]+\]$/, '') : v);

/** Keys of the flow and of its tasks, besides the name and the actions, that differ. */
function otherChanges(base: FlowOutput, head: FlowOutput): OtherChange[] {
  const b = base.document[base.kind] as Record<string, unknown>;
  const h = head.document[head.kind] as Record<string, unknown>;
  const out: OtherChange[] = [];
  const flowKeys = [...new Set([...Object.keys(b), ...Object.keys(h)])].filter((k) => k !== 'name' && !TASK_LISTS.has(k));
  const changedFlowKeys = flowKeys.filter((k) => (k === 'description' ? withoutStamp(b[k]) !== withoutStamp(h[k]) : !same(b[k], h[k])));
  if (changedFlowKeys.length > 0) out.push({ where: 'flow', keys: changedFlowKeys });
  const tasksOf = (doc: Record<string, unknown>) => {
    const m = new Map<string, Record<string, unknown>>();
    for (const [list, item] of TASK_LISTS) {
      for (const entry of Array.isArray(doc[list]) ? (doc[list] as unknown[]) : []) {
        const t = isObject(entry) ? entry[item] : undefined;
        if (isObject(t)) m.set(typeof t.name === 'string' ? t.name : String(t.refId), t);
      }
    }
    return m;
  };
  const bt = tasksOf(b);
  const ht = tasksOf(h);
  for (const [name, t] of ht) {
    const o = bt.get(name);
    if (!o) {
      out.push({ where: name, keys: ['(task added)'] });
      continue;
    }
    const keys = [...new Set([...Object.keys(o), ...Object.keys(t)])].filter((k) => k !== 'actions' && k !== 'name' && !same(o[k], t[k]));
    if (keys.length > 0) out.push({ where: name, keys });
  }
  for (const name of bt.keys()) if (!ht.has(name)) out.push({ where: name, keys: ['(task removed)'] });
  return out;
}

/**
 * The arguments of genesyscloud_integration_action that replace it when they
 * change: ForceNew in the provider's source (v1.84.1,
 * genesyscloud/integration_action/resource_genesyscloud_integration_action_schema.go).
 * The contracts are compared as JSON, as the provider's DiffSuppressFunc does.
 */
export const ACTION_REPLACING_ATTRIBUTES = ['integration_id', 'secure', 'contract_input', 'contract_output'] as const;

function jsonOrText(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** The replacing attributes that differ between two versions of one action resource. */
export function replacingChanges(base: Record<string, unknown>, head: Record<string, unknown>): string[] {
  return ACTION_REPLACING_ATTRIBUTES.filter((k) => {
    if (k === 'secure') return (base.secure ?? false) !== (head.secure ?? false);
    if (k === 'contract_input' || k === 'contract_output') return !same(jsonOrText(base[k]), jsonOrText(head[k]));
    return !same(base[k], head[k]);
  });
}

interface Replacement {
  readonly resource: string;
  readonly previousResource: string | null;
  readonly name: string | null;
  readonly attributes: readonly string[];
}

/** Whether the head's resource `ref` gets a new id at apply, by the rule of docs/flow-diff.md; null if it keeps its id. */
function replacementOf(ref: ResourceRef, baseEnv: EnvironmentOutput, headEnv: EnvironmentOutput, baseFlow: FlowOutput): Replacement | null {
  const headArgs = headEnv.resources[ref.type]?.[ref.id];
  const baseArgs = baseEnv.resources[ref.type]?.[ref.id];
  const name = typeof headArgs?.name === 'string' ? headArgs.name : ref.type === 'genesyscloud_flow' ? (headEnv.flows.get(ref.id)?.name ?? null) : null;
  if (!baseArgs) {
    // New logical id: created anew. The resource it took over, if any, is one the base flow referenced under the same name.
    const nameOf = (r: ResourceRef) => {
      if (r.type === 'genesyscloud_flow') return baseEnv.flows.get(r.id)?.name;
      const n = baseEnv.resources[r.type]?.[r.id]?.name;
      return typeof n === 'string' ? n : undefined;
    };
    const previous = [...baseFlow.triggers.hashRefs, ...baseFlow.triggers.dependsOn].find(
      (r) => r.type === ref.type && r.id !== ref.id && !headEnv.resources[r.type]?.[r.id] && name !== null && nameOf(r) === name,
    );
    return { resource: address(ref), previousResource: previous ? address(previous) : null, name, attributes: [] };
  }
  if (ref.type === 'genesyscloud_integration_action' && headArgs) {
    const attributes = replacingChanges(baseArgs, headArgs);
    if (attributes.length > 0) return { resource: address(ref), previousResource: null, name, attributes };
  }
  return null;
}

const JUDGED = new Set(['genesyscloud_integration_action', 'genesyscloud_flow']);

function reason(kind: ReasonKind, text: string, extra: Partial<Omit<RepublishReason, 'kind' | 'text'>> = {}): RepublishReason {
  return { kind, text, resource: extra.resource ?? null, previousResource: extra.previousResource ?? null, name: extra.name ?? null, details: extra.details ?? [] };
}

const quoted = (s: string | null) => (s === null ? '' : ` "${s}"`);

function replacementReason(r: Replacement, type: string): RepublishReason {
  const bot = type === 'genesyscloud_flow';
  const what = bot ? 'bot flow' : 'data action';
  const created = r.attributes.length === 0 && r.previousResource === null;
  const kind: ReasonKind = bot ? (created ? 'bot-flow-created' : 'bot-flow-replaced') : created ? 'action-created' : 'action-replaced';
  let text: string;
  if (r.attributes.length > 0) {
    text = `${what}${quoted(r.name)} is replaced (${r.resource}: ${r.attributes.join(', ')} changed), so it gets a new id`;
  } else if (r.previousResource !== null) {
    text = `${what}${quoted(r.name)} is replaced: it moves from ${r.previousResource} to ${r.resource}, so Terraform deletes the one and creates the other, with a new id`;
  } else {
    text = `${what}${quoted(r.name)} is created (${r.resource} is not in base), and the update_trigger_hash covers its new id`;
  }
  return reason(kind, text, { resource: r.resource, previousResource: r.previousResource, name: r.name, details: r.attributes });
}

function republishReasons(base: FlowOutput, head: FlowOutput, baseEnv: EnvironmentOutput, headEnv: EnvironmentOutput): { reasons: RepublishReason[]; warnings: string[] } {
  const reasons: RepublishReason[] = [];
  const warnings: string[] = [];
  if (base.yamlText !== head.yamlText) reasons.push(reason('yaml-changed', 'the YAML changed'));
  else if (base.filepath !== head.filepath) reasons.push(reason('filepath-changed', `its filepath changed (${base.filepath} to ${head.filepath}), the YAML did not`, { details: [base.filepath, head.filepath] }));
  if (base.triggers.substitutions !== head.triggers.substitutions) {
    reasons.push(reason('substitutions-changed', 'its substitutions changed (what is filled in for {{division}} and the like)'));
  }
  const args = [...new Set([...Object.keys(base.triggers.otherArguments), ...Object.keys(head.triggers.otherArguments)])].filter(
    (k) => base.triggers.otherArguments[k] !== head.triggers.otherArguments[k],
  );
  if (args.length > 0) reasons.push(reason('arguments-changed', `its ${args.join(', ')} changed`, { details: args }));

  const baseRefs = new Set(base.triggers.hashRefs.map(address));
  const explained = new Set<string>();
  for (const ref of head.triggers.hashRefs) {
    // Judged for the two kinds of resource ArchitectFlow puts in the hash; any other reference only by being added or dropped.
    const r = JUDGED.has(ref.type) ? replacementOf(ref, baseEnv, headEnv, base) : null;
    if (r) {
      reasons.push(replacementReason(r, ref.type));
      explained.add(address(ref));
      if (r.previousResource) explained.add(r.previousResource);
    }
  }
  const added = head.triggers.hashRefs.map(address).filter((k) => !baseRefs.has(k) && !explained.has(k));
  const headRefs = new Set(head.triggers.hashRefs.map(address));
  const removed = base.triggers.hashRefs.map(address).filter((k) => !headRefs.has(k) && !explained.has(k));
  if (added.length + removed.length > 0) {
    const parts = [...(added.length ? [`now also covers ${added.join(', ')}`] : []), ...(removed.length ? [`no longer covers ${removed.join(', ')}`] : [])];
    reasons.push(reason('trigger-references-changed', `its update_trigger_hash ${parts.join(' and ')}`, { details: [...added.map((a) => `+${a}`), ...removed.map((r) => `-${r}`)] }));
  }
  if (reasons.length === 0 && base.triggers.updateTriggerHash !== head.triggers.updateTriggerHash) {
    reasons.push(reason('trigger-hash-changed', 'its update_trigger_hash changed'));
  }
  // An action the flow depends on but whose id the hash does not cover: replacing it does not republish the flow.
  for (const ref of head.triggers.dependsOn) {
    if (ref.type !== 'genesyscloud_integration_action' || headRefs.has(address(ref))) continue;
    const r = replacementOf(ref, baseEnv, headEnv, base);
    if (r) warnings.push(`data action${quoted(r.name)} (${r.resource}) gets a new id, but the flow's update_trigger_hash does not cover it: the flow is not republished for it`);
  }
  return { reasons, warnings };
}

const NO_ACTIONS: FlowDiff['actions'] = { added: [], removed: [], changed: [] };

function addedFlow(f: FlowOutput, removedSameName: FlowOutput | undefined): FlowDiff {
  return {
    id: f.id,
    name: f.name,
    kind: f.kind,
    status: 'added',
    renamedFrom: null,
    actionCount: f.actions.length,
    actions: NO_ACTIONS,
    messages: [],
    otherChanges: [],
    dataActions: { nowUsed: f.dataActions, noLongerUsed: [] },
    queues: { nowUsed: f.queues, noLongerUsed: [] },
    republish: { will: false, reasons: [] },
    warnings: removedSameName
      ? [`a flow of the same name is removed (genesyscloud_flow.${removedSameName.id}): the logical id changed, so Terraform deletes that flow and creates this one, with a new id`]
      : [],
  };
}

function removedFlow(f: FlowOutput): FlowDiff {
  return {
    id: f.id,
    name: f.name,
    kind: f.kind,
    status: 'removed',
    renamedFrom: null,
    actionCount: f.actions.length,
    actions: NO_ACTIONS,
    messages: [],
    otherChanges: [],
    dataActions: { nowUsed: [], noLongerUsed: f.dataActions },
    queues: { nowUsed: [], noLongerUsed: f.queues },
    republish: { will: false, reasons: [] },
    warnings: [],
  };
}

/** The differences of a flow in both outputs, or null when there is none. */
function changedFlow(base: FlowOutput, head: FlowOutput, baseEnv: EnvironmentOutput, headEnv: EnvironmentOutput): FlowDiff | null {
  const actions = diffActions(base.actions, head.actions);
  const messages = diffMessages(base.messages, head.messages);
  const dataActions = diffUsages(base.dataActions, head.dataActions);
  const queues = diffUsages(base.queues, head.queues);
  const others = base.yamlText === head.yamlText ? [] : otherChanges(base, head);
  const { reasons, warnings } = republishReasons(base, head, baseEnv, headEnv);
  const renamedFrom = base.name !== head.name ? base.name : null;
  if (renamedFrom !== null) {
    // The provider publishes by name (v1.84.1, architect_flow/resource_genesyscloud_architect_flow_schema.go, filepath).
    warnings.unshift(`renamed: the provider documents that a flow whose name changes is published as a new flow, with a new id, and the flow named "${renamedFrom}" stays in the org`);
  }
  const kindChanged = base.kind !== head.kind;
  const anything =
    renamedFrom !== null ||
    kindChanged ||
    actions.added.length + actions.removed.length + actions.changed.length > 0 ||
    messages.length > 0 ||
    others.length > 0 ||
    dataActions.nowUsed.length + dataActions.noLongerUsed.length > 0 ||
    queues.nowUsed.length + queues.noLongerUsed.length > 0 ||
    reasons.length > 0 ||
    warnings.length > 0;
  if (!anything) return null;
  return {
    id: head.id,
    name: head.name,
    kind: head.kind,
    status: 'changed',
    renamedFrom,
    actionCount: head.actions.length,
    actions,
    messages,
    otherChanges: kindChanged ? [{ where: 'flow', keys: [`type (${base.kind} to ${head.kind})`] }, ...others] : others,
    dataActions,
    queues,
    republish: { will: reasons.length > 0, reasons },
    warnings,
  };
}

function diffEnvironment(name: string, base: EnvironmentOutput | undefined, head: EnvironmentOutput | undefined): EnvironmentDiff {
  if (!base) return { name, status: 'added', baseFlowCount: 0, headFlowCount: head!.flows.size, flows: [...head!.flows.values()].map((f) => addedFlow(f, undefined)) };
  if (!head) return { name, status: 'removed', baseFlowCount: base.flows.size, headFlowCount: 0, flows: [...base.flows.values()].map(removedFlow) };
  const ids = [...new Set([...base.flows.keys(), ...head.flows.keys()])].sort(byName);
  const removedByName = new Map([...base.flows.values()].filter((f) => !head.flows.has(f.id)).map((f) => [f.name, f]));
  const flows: FlowDiff[] = [];
  for (const id of ids) {
    const b = base.flows.get(id);
    const h = head.flows.get(id);
    if (b && h) {
      const d = changedFlow(b, h, base, head);
      if (d) flows.push(d);
    } else if (h) flows.push(addedFlow(h, removedByName.get(h.name)));
    else if (b) flows.push(removedFlow(b));
  }
  return { name, status: flows.length > 0 ? 'changed' : 'unchanged', baseFlowCount: base.flows.size, headFlowCount: head.flows.size, flows };
}

export function diffOutputs(base: SynthOutput, head: SynthOutput): FlowDiffReport {
  const names = [...new Set([...base.environments.keys(), ...head.environments.keys()])].sort(byName);
  const environments = names.map((n) => diffEnvironment(n, base.environments.get(n), head.environments.get(n)));
  const flows = environments.flatMap((e) => e.flows);
  const summary = {
    environmentsAdded: environments.filter((e) => e.status === 'added').length,
    environmentsRemoved: environments.filter((e) => e.status === 'removed').length,
    flowsAdded: flows.filter((f) => f.status === 'added').length,
    flowsRemoved: flows.filter((f) => f.status === 'removed').length,
    flowsChanged: flows.filter((f) => f.status === 'changed').length,
    flowsRepublished: flows.filter((f) => f.republish.will).length,
  };
  return { format: FLOW_DIFF_FORMAT, base: base.dir, head: head.dir, changed: environments.some((e) => e.status !== 'unchanged'), summary, environments };
}
