/**
 * The flow diff in words (one line per fact, indented by environment and
 * flow), and as one JSON document (the report itself: docs/flow-diff.md).
 */
import { EnvironmentDiff, FlowDiff, FlowDiffReport, KeyChange } from './diff';
import { Usage } from './read';

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

function environmentLines(e: EnvironmentDiff): string[] {
  if (e.status === 'unchanged') return [`environment "${e.name}": no flow changes (${plural(e.headFlowCount, 'flow')})`];
  if (e.status === 'added') return [`environment "${e.name}": added, with ${plural(e.headFlowCount, 'flow')}`, ...e.flows.flatMap(flowLines)];
  if (e.status === 'removed') return [`environment "${e.name}": removed, with ${plural(e.baseFlowCount, 'flow')}`, ...e.flows.flatMap(flowLines)];
  const count = (s: FlowDiff['status']) => e.flows.filter((f) => f.status === s).length;
  return [
    `environment "${e.name}": flows ${count('changed')} changed, ${count('added')} added, ${count('removed')} removed (${e.baseFlowCount} in base, ${e.headFlowCount} in head)`,
    ...e.flows.flatMap(flowLines),
  ];
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
