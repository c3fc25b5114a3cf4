/**
 * The flow diff in words (one line per fact, indented by environment and
 * flow), and as one JSON document (the report itself: docs/flow-diff.md).
 */
import { EnvironmentDiff, FlowDiff, FlowDiffReport, KeyChange } from './diff';
import { Usage } from './read';
import { PictureAction } from '../diagrams/picture-index';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A value from the YAML, as it reads in a line: strings quoted, an absent key "(none)". */
function shown(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  return JSON.stringify(v);
}

/** Where something is used: the first two places, then how many more. */
function places(where: readonly string[]): string {
  if (where.length === 0) return '';
  const first = where.slice(0, 2).join('; ');
  return ` (by ${first}${where.length > 2 ? `, and ${where.length - 2} more` : ''})`;
}

function usageLines(title: string, usages: readonly Usage[], indent: string): string[] {
  if (usages.length === 0) return [];
  return [`${indent}${title}:`, ...usages.map((u) => `${indent}  "${u.name}"${places(u.where)}`)];
}

function keyChangeLine(c: KeyChange): string {
  return `${c.key}: ${shown(c.old)} -> ${shown(c.new)}`;
}

function flowHeading(f: FlowDiff): string {
  return `flow "${f.name}" (${f.kind}, genesyscloud_flow.${f.id})`;
}

function flowLines(f: FlowDiff): string[] {
  const i = '    ';
  if (f.status === 'added') {
    return [
      `  ${flowHeading(f)}: added, ${plural(f.actionCount, 'action')}; it will be published`,
      ...usageLines('data actions now used', f.dataActions.nowUsed, i),
      ...usageLines('queues now used', f.queues.nowUsed, i),
      ...f.warnings.map((w) => `${i}warning: ${w}`),
    ];
  }
  if (f.status === 'removed') {
    return [
      `  ${flowHeading(f)}: removed, ${plural(f.actionCount, 'action')}; Terraform deletes it`,
      ...usageLines('data actions no longer used', f.dataActions.noLongerUsed, i),
      ...usageLines('queues no longer used', f.queues.noLongerUsed, i),
    ];
  }
  const lines = [`  ${flowHeading(f)}: changed`];
  if (f.renamedFrom !== null) lines.push(`${i}renamed from "${f.renamedFrom}" to "${f.name}"`);
  if (f.republish.will) {
    lines.push(`${i}will be republished, because:`, ...f.republish.reasons.map((r) => `${i}  - ${r.text}`));
  } else {
    lines.push(`${i}will not be republished`);
  }
  const { added, removed, changed } = f.actions;
  if (added.length) lines.push(`${i}actions added:`, ...added.map((a) => `${i}  + ${a.path} (${a.type})`));
  if (removed.length) lines.push(`${i}actions removed:`, ...removed.map((a) => `${i}  - ${a.path} (${a.type})`));
  if (changed.length) {
    lines.push(`${i}actions changed:`);
    for (const c of changed) lines.push(`${i}  ~ ${c.path} (${c.oldType !== null ? `${c.oldType} -> ${c.type}` : c.type})`, ...c.changes.map((k) => `${i}      ${keyChangeLine(k)}`));
  }
  if (f.messages.length) {
    lines.push(`${i}messages changed:`);
    for (const m of f.messages) {
      const what = m.old === null ? 'new message' : m.new === null ? 'message gone' : 'message changed';
      lines.push(`${i}  ${m.action} (${m.key}): ${what}`);
      if (m.old !== null) lines.push(`${i}    was: ${shown(m.old)}`);
      if (m.new !== null) lines.push(`${i}    now: ${shown(m.new)}`);
    }
  }
  lines.push(...usageLines('data actions now used', f.dataActions.nowUsed, i));
  lines.push(...usageLines('data actions no longer used', f.dataActions.noLongerUsed, i));
  lines.push(...usageLines('queues now used', f.queues.nowUsed, i));
  lines.push(...usageLines('queues no longer used', f.queues.noLongerUsed, i));
  if (f.otherChanges.length) {
    lines.push(`${i}also changed in the YAML: ${f.otherChanges.map((o) => (o.where === 'flow' ? `the flow's ${o.keys.join(', ')}` : `task "${o.where}": ${o.keys.join(', ')}`)).join('; ')}`);
  }
  lines.push(...f.warnings.map((w) => `${i}warning: ${w}`));
  return lines;
}

/** What happened to an environment, in a few words. */
function environmentSummary(e: EnvironmentDiff): string {
  if (e.status === 'unchanged') return `no flow changes (${plural(e.headFlowCount, 'flow')})`;
  if (e.status === 'added') return `added, with ${plural(e.headFlowCount, 'flow')}`;
  if (e.status === 'removed') return `removed, with ${plural(e.baseFlowCount, 'flow')}`;
  const count = (s: FlowDiff['status']) => e.flows.filter((f) => f.status === s).length;
  return `flows ${count('changed')} changed, ${count('added')} added, ${count('removed')} removed (${e.baseFlowCount} in base, ${e.headFlowCount} in head)`;
}

function environmentLines(e: EnvironmentDiff): string[] {
  return [`environment "${e.name}": ${environmentSummary(e)}`, ...e.flows.flatMap(flowLines)];
}

/** The report in words, one line per entry. */
export function formatWords(report: FlowDiffReport): string[] {
  const head = `flow diff: base ${report.base}, head ${report.head}`;
  if (!report.changed) {
    const flows = report.environments.reduce((n, e) => n + e.headFlowCount, 0);
    return [head, `no flow changes (${plural(report.environments.length, 'environment')}, ${plural(flows, 'flow')} compared)`];
  }
  const s = report.summary;
  return [
    head,
    '',
    ...report.environments.flatMap((e) => [...environmentLines(e), '']),
    `summary: environments ${s.environmentsAdded} added, ${s.environmentsRemoved} removed; flows ${s.flowsChanged} changed, ${s.flowsAdded} added, ${s.flowsRemoved} removed; ${plural(s.flowsRepublished, 'flow')} will be republished`,
  ];
}

/** The report as one JSON document. */
export function formatJson(report: FlowDiffReport): string {
  return JSON.stringify(report, null, 2);
}

/** A flow's picture: its Mermaid text, and each action's node with its path of names. */
export interface FlowPicture {
  readonly mermaid: string;
  readonly actions: readonly PictureAction[];
}

/** Where the Markdown finds a picture: a flow of head's, by environment and flow name. */
export type PictureLookup = (environment: string, flowName: string) => FlowPicture;

/** How a changed flow's picture marks the actions added or changed: a thick orange outline, over the node's own class. */
export const CHANGED_CLASS = 'changedNode';
const CHANGED_STYLE = 'stroke:#f76707,stroke-width:5px';

/**
 * The Mermaid text with the nodes of `changed` (paths of names) outlined:
 * a class defined last, so its stroke wins over the node's own class. Returns
 * the text, and how many of the paths have no node (there should be none).
 */
export function markChanged(picture: FlowPicture, changed: readonly (readonly string[])[]): { mermaid: string; marked: number; missing: number } {
  const key = (p: readonly string[]) => JSON.stringify(p);
  const wanted = new Set(changed.map(key));
  const nodes = picture.actions.filter((a) => wanted.has(key(a.path))).map((a) => a.node);
  const found = new Set(picture.actions.map((a) => key(a.path)));
  const missing = [...wanted].filter((k) => !found.has(k)).length;
  if (nodes.length === 0) return { mermaid: picture.mermaid, marked: 0, missing };
  const text = picture.mermaid.endsWith('\n') ? picture.mermaid : `${picture.mermaid}\n`;
  return {
    mermaid: `${text}  %% Marked by flow-diff: the actions added or changed.\n  classDef ${CHANGED_CLASS} ${CHANGED_STYLE}\n  class ${nodes.join(',')} ${CHANGED_CLASS}\n`,
    marked: nodes.length,
    missing,
  };
}

export interface MarkdownOptions {
  /** The pictures of head's flows; each changed or added flow gets its picture. @default no pictures */
  readonly picture?: PictureLookup;
  /**
   * How many bytes the Markdown may take. A picture that would pass it is left
   * out, and the summary says so: GitHub refuses a job summary step of more
   * than 1 MiB.
   * @default 900_000
   */
  readonly maxBytes?: number;
}

export const DEFAULT_MARKDOWN_BYTES = 900_000;

/**
 * Text as Markdown reads it, literally: HTML's three specials as entities,
 * every other ASCII punctuation mark backslash-escaped (CommonMark lets any of
 * them be escaped), line breaks as spaces. A flow or environment name can
 * then neither open a tag, a link or an emphasis nor end a heading.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[!"#$%'()*+,\-./:;=?@[\\\]^_`{|}~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A fenced code block whose fence no line of the text can close: one backtick more than the longest run in it. */
export function fenced(info: string, text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function flowTitle(f: FlowDiff): string {
  const what = f.status === 'added' ? 'added, it will be published' : f.status === 'removed' ? 'removed, Terraform deletes it' : f.republish.will ? 'changed, it will be republished' : 'changed, not republished';
  return `#### Flow **${markdownText(f.name)}** (${markdownText(f.kind)}): ${what}`;
}

/** A flow's picture in a collapsible block; in a changed flow, the actions added or changed are outlined. */
function pictureBlock(f: FlowDiff, picture: FlowPicture): string {
  let mermaid = picture.mermaid;
  let caption = 'The flow in head, as a picture';
  if (f.status === 'changed') {
    const m = markChanged(picture, [...f.actions.added, ...f.actions.changed].map((a) => a.names));
    mermaid = m.mermaid;
    caption += m.marked === 0 ? ': no action added or changed' : `: ${plural(m.marked, 'action')} added or changed, outlined in orange`;
    if (m.missing > 0) caption += ` (${m.missing} not found in the picture)`;
  }
  return [`<details open><summary>${caption}</summary>`, fenced('mermaid', mermaid), '</details>'].join('\n\n');
}

/**
 * The report as Markdown for a pull request's job summary: per environment,
 * each flow that differs, what changed in words (the lines of `formatWords`, in
 * a code block), and, with `picture`, the picture of each flow head deploys
 * (changed or added) as a Mermaid block, which GitHub draws.
 */
export function formatMarkdown(report: FlowDiffReport, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MARKDOWN_BYTES;
  const s = report.summary;
  const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
  const blocks: string[] = ['## Flow diff', `Base ${code(report.base)}, head ${code(report.head)}.`];
  if (!report.changed) {
    const flows = report.environments.reduce((n, e) => n + e.headFlowCount, 0);
    blocks.push(`No flow changes (${plural(report.environments.length, 'environment')}, ${plural(flows, 'flow')} compared).`);
    return `${blocks.join('\n\n')}\n`;
  }
  blocks.push(
    `Environments ${s.environmentsAdded} added, ${s.environmentsRemoved} removed; flows ${s.flowsChanged} changed, ${s.flowsAdded} added, ${s.flowsRemoved} removed; **${plural(s.flowsRepublished, 'flow')} will be republished**.`,
  );
  // Words first, then pictures while they fit: each picture's place is kept until the budget is known.
  const pictures: { slot: number; environment: string; flow: FlowDiff }[] = [];
  for (const e of report.environments) {
    blocks.push(`### Environment **${markdownText(e.name)}**: ${environmentSummary(e)}`);
    for (const f of e.flows) {
      blocks.push(flowTitle(f), fenced('text', flowLines(f).map((l) => l.replace(/^ {2}/, '')).join('\n')));
      if (options.picture && f.status !== 'removed') {
        pictures.push({ slot: blocks.length, environment: e.name, flow: f });
        blocks.push('');
      }
    }
  }
  let used = bytes(blocks.join('\n\n'));
  for (const p of pictures) {
    const picture = pictureBlock(p.flow, options.picture!(p.environment, p.flow.name));
    const block = used + bytes(picture) <= maxBytes ? picture : `_The picture is left out: the summary would pass ${maxBytes} bytes. \`npm run diagrams\` draws it._`;
    blocks[p.slot] = block;
    used += bytes(block);
  }
  return `${blocks.join('\n\n')}\n`;
}
