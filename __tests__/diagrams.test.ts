/**
 * `npm run diagrams`: a picture of each flow, SVG (Graphviz) and Mermaid,
 * from the flow model. Every action of every flow is in both pictures, the
 * branches carry their labels, hostile names are escaped, and the command
 * line refuses what it cannot use.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser, Element as XmlElement, onWarningStopParsing } from '@xmldom/xmldom';
import { DEFAULT_ENVIRONMENTS, loadEnvironments } from '../config';
import { ArchitectFlow, flowSlug } from '../constructs/flows/architect-flow';
import { Action, allActions, FlowModel, Task } from '../constructs/flows/archy/model';
import { EnvironmentStack } from '../stacks/environment-stack';
import { memoryApp } from '../stacks/memory-app';
import { CommandLineError } from '../tools/cli/args';
import { diagramsCli, drawEnvironments, parseDiagramsArgs, picturesOf } from '../tools/diagrams/cli';
import { readPictureIndex } from '../tools/diagrams/picture-index';
import { flowSvg, toDot } from '../tools/diagrams/dot';
import { ACTION_KIND_TEXT, flowGraph } from '../tools/diagrams/graph';
import { mermaidText, toMermaid } from '../tools/diagrams/mermaid';
import { PARALLEL, SEQUENTIAL } from './fixtures/environments';
import { rmTemp, tempDir } from './helpers/synth';
import { runTs } from './helpers/run-ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// sax reads XML strictly, but has no type declarations here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sax: { parser(strict: boolean): { onerror: (e: Error) => void; write(s: string): { close(): void } } } = require('sax');

const ROOT = path.resolve(__dirname, '..');

const built = new Map<unknown, EnvironmentStack>();
/** The stack of a definition, built once per file. */
function stackOf(definition: unknown): EnvironmentStack {
  if (!built.has(definition)) {
    const [config] = loadEnvironments([definition]);
    built.set(definition, new EnvironmentStack(memoryApp(), { config }));
  }
  return built.get(definition)!;
}
const flowsOf = (definition: unknown) => stackOf(definition).node.findAll().filter((c): c is ArchitectFlow => ArchitectFlow.isArchitectFlow(c));

/**
 * Parses an SVG, refusing anything that is not well-formed XML. No one parser
 * here catches every mistake, so three checks: @xmldom/xmldom stopping at its
 * first warning (mismatched or unclosed tags, `<` in attributes, a repeated
 * attribute, an unknown entity, two roots), sax in strict mode (a bare `&`,
 * a reference to a character XML forbids), and the XML 1.0 `Char`
 * production for characters written raw (control characters, lone
 * surrogates, U+FFFE/U+FFFF), which neither checks. Both parsers are in
 * node_modules already, through the dev dependencies (cdktf-cli, jsii-pacmak).
 */
function parseSvg(svg: string): XmlElement {
  const p = sax.parser(true);
  p.onerror = (e) => {
    throw e;
  };
  p.write(svg).close();
  // XML 1.0's Char, by code point (the u flag), so a lone surrogate is refused and a pair is one character.
  // eslint-disable-next-line no-control-regex
  const bad = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.exec(svg);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed in XML`);
  const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml');
  return doc.documentElement!;
}

const elements = (root: XmlElement, tag: string): XmlElement[] => Array.from(root.getElementsByTagName(tag));
/** Graphviz writes a run of spaces with no-break spaces. */
const textOf = (e: XmlElement) => (e.textContent ?? '').replace(/\u00a0/g, ' ');

/** The lines of each node of an SVG, by the node's id (e.g. "n12"). */
function svgNodes(svg: string): Map<string, string[]> {
  const root = parseSvg(svg);
  const nodes = new Map<string, string[]>();
  for (const g of elements(root, 'g').filter((e) => e.getAttribute('class') === 'node')) {
    nodes.set(g.getAttribute('id')!, elements(g, 'text').map(textOf));
  }
  return nodes;
}

/** Mermaid's entities, decoded by hand: `#quot;`, `#amp;`, `#lt;`, `#gt;` and `#<code>;`. */
const decodeMermaid = (text: string) =>
  text.replace(/#(quot|amp|lt|gt|\d+);/g, (_m, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>' })[e as 'quot'] ?? String.fromCharCode(Number(e)));

interface MermaidGraph {
  /** Each node's label, decoded, split into lines. */
  readonly nodes: Map<string, string[]>;
  readonly edges: { from: string; arrow: string; labels: string[]; to: string }[];
  /** Every label as written, between its quotes. */
  readonly rawLabels: string[];
}

function readMermaid(text: string): MermaidGraph {
  const nodes = new Map<string, string[]>();
  const edges: MermaidGraph['edges'] = [];
  const rawLabels: string[] = [];
  const lines = text.split('\n');
  expect(lines[1]).toBe('flowchart TD');
  for (const line of lines) {
    const node = /^\s*(n\d+)(\(\[|\[\[|\{\{|\[\/|\(|\[|>)"(.*)"(\]\)|\]\]|\}\}|\/\]|\\\]|\)|\])$/.exec(line);
    const edge = /^\s*(n\d+) (-->|==>|-\.->)(?:\|"(.*)"\|)? (n\d+)$/.exec(line);
    const subgraph = /^\s*subgraph t\d+ \["(.*)"\]$/.exec(line);
    if (node) {
      rawLabels.push(node[3]);
      nodes.set(node[1], node[3].split('<br/>').map(decodeMermaid));
    } else if (edge) {
      if (edge[3] !== undefined) rawLabels.push(edge[3]);
      edges.push({ from: edge[1], arrow: edge[2], labels: edge[3] === undefined ? [] : decodeMermaid(edge[3]).split(', '), to: edge[4] });
    } else if (subgraph) {
      rawLabels.push(subgraph[1]);
    }
  }
  return { nodes, edges, rawLabels };
}

/** The first line of each node: "Kind: name". */
const titles = (nodes: Map<string, string[]>) => [...nodes.values()].map((lines) => lines[0]);
const actionTitle = (a: Action) => `${ACTION_KIND_TEXT[a.kind]}: ${a.name}`;
const KINDS = Object.values(ACTION_KIND_TEXT);
const actionTitles = (xs: readonly string[]) => xs.filter((t) => KINDS.some((k) => t.startsWith(`${k}: `))).sort();

describe.each([
  ['the sequential fixture', SEQUENTIAL],
  ['the parallel fixture', PARALLEL],
] as const)('the pictures of every flow of %s', (_name, definition) => {
  const flows = flowsOf(definition);
  let pictures: Awaited<ReturnType<typeof picturesOf>> = [];
  beforeAll(async () => {
    pictures = await picturesOf(stackOf(definition));
  });

  it('has one picture per flow, named after the flow', () => {
    expect(flows.length).toBeGreaterThanOrEqual(5);
    expect(pictures.map((p) => [p.flowName, p.slug])).toEqual(flows.map((f) => [f.flowName, flowSlug(f.flowName)]));
  });

  it('shows every action of the model, once per action, in the SVG and in the Mermaid text', () => {
    flows.forEach((flow, i) => {
      const expected = flow.model.tasks.flatMap((t) => [...allActions(t.actions)]).map(actionTitle).sort();
      expect(expected.length).toBeGreaterThan(1);
      const svg = svgNodes(pictures[i].svg);
      const mermaid = readMermaid(pictures[i].mermaid);
      expect([flow.flowName, actionTitles(titles(svg))]).toEqual([flow.flowName, expected]);
      expect([flow.flowName, actionTitles(titles(mermaid.nodes))]).toEqual([flow.flowName, expected]);
      // One graph behind both: the same nodes, and as many edges.
      expect(titles(mermaid.nodes).sort()).toEqual(titles(svg).sort());
      expect(elements(parseSvg(pictures[i].svg), 'g').filter((g) => g.getAttribute('class') === 'edge')).toHaveLength(mermaid.edges.length);
    });
  });

  it('shows a condition cut short in full when the pointer rests on its node (the SVG <title>)', () => {
    flows.forEach((flow, i) => {
      const root = parseSvg(pictures[i].svg);
      const hover = elements(root, 'g')
        .filter((g) => g.getAttribute('class') === 'node')
        .map((g) => textOf(elements(g, 'title')[0]));
      const decisions = flow.model.tasks.flatMap((t) => [...allActions(t.actions)]).filter((a) => a.kind === 'decision');
      for (const d of decisions) expect(hover).toContain(`Decision: ${d.name}\n${d.condition.text()}`);
    });
    expect(pictures.some((p) => p.mermaid.includes('…'))).toBe(true);
  });

  it('writes well-formed SVG with an <svg> root, and Mermaid with every label quoted', () => {
    for (const p of pictures) {
      const root = parseSvg(p.svg);
      expect(root.nodeName).toBe('svg');
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      const { rawLabels } = readMermaid(p.mermaid);
      expect(rawLabels.length).toBeGreaterThan(3);
      for (const label of rawLabels) expect(label.split('<br/>').join('')).not.toMatch(/["<>[\]{}|`%\\]|#(?!(quot|amp|lt|gt|\d+);)/);
    }
  });

  it('marks the checkpoints (status reads) and the launch of the call flows, recognised by their data action', () => {
    const callFlows = pictures.filter((_p, i) => flows[i].model.kind === 'inboundCall');
    expect(callFlows).toHaveLength(2);
    for (const p of callFlows) {
      const { nodes } = readMermaid(p.mermaid);
      const checkpoints = [...nodes].filter(([, lines]) => lines[1] === 'checkpoint: reads the job status');
      expect(checkpoints.length).toBeGreaterThanOrEqual(2);
      for (const [id, lines] of checkpoints) {
        expect(lines[0]).toMatch(/^Call Data Action: Check the job /);
        expect(p.mermaid).toMatch(new RegExp(`^  class [n0-9,]*\\b${id}\\b[n0-9,]* statusReadNode$`, 'm'));
      }
      expect([...nodes.values()].filter((lines) => lines[1] === 'starts the workflow').length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the edges of the sample 1 call flow', () => {
  const flow = stackOf(SEQUENTIAL).aiIntent!.pattern.callFlow.flow;
  const { nodes, edges } = readMermaid(toMermaid(flowGraph(flow.model)));
  const idOf = (title: string) => {
    const ids = [...nodes].filter(([, lines]) => lines[0] === title).map(([id]) => id);
    expect([title, ids.length]).toEqual([title, 1]);
    return ids[0];
  };
  const out = (id: string) => edges.filter((e) => e.from === id);
  const labelsTo = (from: string, to: string) => out(from).filter((e) => e.to === to).flatMap((e) => e.labels);

  it('gives a decision its yes and its no', () => {
    const done = idOf('Decision: Job done? (after step 1)');
    expect(out(done).flatMap((e) => e.labels).sort()).toEqual(['no', 'yes']);
    // yes jumps to Route; no goes on with the journey after the check (the branches merge back).
    expect(out(done).filter((e) => e.labels[0] === 'yes').map((e) => nodes.get(e.to)![0])).toEqual(['Jump to Reusable Task: Jump to Route']);
    expect(labelsTo(done, idOf('Play Audio: Journey step 2'))).toEqual(['no']);
  });

  it("gives a data action call its success, failure and timeout, and a failed status read goes on with the journey", () => {
    const check = idOf('Call Data Action: Check the job after step 1');
    expect(out(check).flatMap((e) => e.labels).sort()).toEqual(['failure', 'success', 'timeout']);
    expect(labelsTo(check, idOf('Decision: Job done? (after step 1)'))).toEqual(['success']);
    expect(labelsTo(check, idOf('Play Audio: Journey step 2'))).toEqual(['failure', 'timeout']);
  });

  it('draws a jump to Route as a thick edge to the Route task', () => {
    const jumps = [...nodes].filter(([, lines]) => lines[0] === 'Jump to Reusable Task: Jump to Route').map(([id]) => id);
    expect(jumps.length).toBeGreaterThanOrEqual(4);
    const route = idOf('Task start: Route');
    for (const j of jumps) expect(out(j)).toEqual([{ from: j, arrow: '==>', labels: ['to Route'], to: route }]);
  });

  it('draws a loop with its body, its next pass and its way out', () => {
    const loop = idOf('Loop: Keep checking until the deadline');
    const passes = out(loop);
    expect(passes.map((e) => e.labels)).toEqual([['each pass'], [expect.stringMatching(/^after \d+ passes$/)]]);
    expect(nodes.get(passes[0].to)![0]).toBe('Update Data: Time left');
    expect(nodes.get(passes[1].to)![0]).toBe('Set Participant Data: Note routing: deadline');
    expect(edges.filter((e) => e.to === loop && e.arrow === '-.->').map((e) => nodes.get(e.from)![0])).toEqual(['Play Audio: Hold']);
  });

  it('lets a transfer that fails go on, and ends every path at a transfer, a disconnect or a jump', () => {
    const ends = [...nodes].filter(([, l]) => l[0].startsWith('Disconnect: ')).map(([id]) => id);
    expect(ends.length).toBeGreaterThan(0);
    for (const id of ends) expect(out(id)).toEqual([]);
    const transfers = [...nodes].filter(([, l]) => l[0].startsWith('Transfer to ACD: ')).map(([id]) => id);
    for (const id of transfers) expect(out(id).map((e) => e.labels)).toEqual([['transfer failed']]);
    // No path runs out: the checks demand an explicit end, so no built-in end is drawn.
    expect(titles(nodes).filter((t) => t.startsWith('End of '))).toEqual([]);
  });

  it('names the queue of each transfer: a literal name, or the variable that holds it', () => {
    const details = [...nodes.values()].filter((l) => l[0].startsWith('Transfer to ACD: ')).map((l) => l[1]);
    expect(details).toContain('queue "dev-General"');
    expect(details).toContain('the queue in Flow.targetQueue');
  });

  it('is the same text for the same model, built twice', () => {
    const [config] = loadEnvironments([SEQUENTIAL]);
    const again = new EnvironmentStack(memoryApp(), { config }).node.findAll().find((c): c is ArchitectFlow => ArchitectFlow.isArchitectFlow(c) && c.flowName === flow.flowName)!;
    expect(again).not.toBe(flow);
    expect(toMermaid(flowGraph(again.model))).toBe(toMermaid(flowGraph(flow.model)));
    expect(toDot(flowGraph(again.model))).toBe(toDot(flowGraph(flow.model)));
  });
});

describe('a branch list that ends without an end', () => {
  it('goes on after its parent action, and a task whose actions run out ends in its built-in end', () => {
    const [first] = flowsOf(SEQUENTIAL).filter((f) => f.model.kind === 'workflow');
    const model: FlowModel = { ...first.model, tasks: first.model.tasks.map((t) => ({ ...t, actions: t.actions.filter((a) => a.kind !== 'endWorkflow') })) };
    const { nodes, edges } = readMermaid(toMermaid(flowGraph(model)));
    const end = [...nodes].find(([, l]) => l[0].startsWith('End of state: '))!;
    expect(end).toBeDefined();
    expect(edges.filter((e) => e.to === end[0]).map((e) => nodes.get(e.from)![0])).toEqual(['Set Conversation Data: Write the result']);
  });
});

/** Names that try to break out of every kind of quoting the two pictures use. */
const HOSTILE = [
  'say "hi" <script>alert(1)</script>',
  'back\\slash \\N \\G \\\\ \\" end\\',
  'two\nlines\r\nand\ta tab',
  'close ] bracket | pipe } brace {{x}} ) paren',
  '%%{init: {"theme": "dark"}}%% & #quot; #35; &amp; &#60;',
  ']]> --> <!-- "end" -->|x| n1',
  "it's `code` ; and \u0000 NUL",
];
/** What the pictures show for a name: control characters as their Unicode pictures (a newline as "␊"). */
// eslint-disable-next-line no-control-regex
const shown = (name: string) => name.replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));

describe('hostile names', () => {
  const [callFlow] = flowsOf(SEQUENTIAL).filter((f) => f.model.kind === 'inboundCall');
  let n = 0;
  const rename = (actions: readonly Action[]): Action[] =>
    actions.map((a) => {
      const name = `${HOSTILE[n++ % HOSTILE.length]} #${n}`;
      switch (a.kind) {
        case 'decision':
          return { ...a, name, yes: rename(a.yes), no: rename(a.no) };
        case 'callData':
          return { ...a, name, success: rename(a.success), failure: rename(a.failure), timeout: rename(a.timeout) };
        case 'collectInput':
          return { ...a, name, success: rename(a.success), failure: rename(a.failure) };
        case 'loop':
          return { ...a, name, body: rename(a.body) };
        default:
          return { ...a, name };
      }
    });
  const model: FlowModel = {
    ...callFlow.model,
    name: `flow ${HOSTILE.join(' ')}`,
    tasks: callFlow.model.tasks.map((t: Task, i) => ({ ...t, name: `task ${i} ${HOSTILE.join(' ')}`, actions: rename(t.actions) })),
  };
  const graph = flowGraph(model);
  const mermaid = toMermaid(graph);
  let svg = '';
  beforeAll(async () => {
    svg = await flowSvg(graph);
  });
  const expected = model.tasks.flatMap((t) => [...allActions(t.actions)]).map((a) => shown(actionTitle(a))).sort();

  it('are shown as they are in the SVG, which stays well formed', () => {
    const nodes = svgNodes(svg);
    expect(actionTitles(titles(nodes))).toEqual(expected);
    expect(titles(nodes)).toContain(`Start: ${shown(model.name)}`);
    const texts = elements(parseSvg(svg), 'text').map(textOf);
    expect(texts).toContain(`${shown(model.name)} (inbound call flow)`);
    expect(texts).toContain(`Task: ${shown(model.tasks[0].name)}`);
    expect(texts).toContain(`to ${shown(model.tasks[1].name)}`);
    // Nothing of a name became markup.
    expect(elements(parseSvg(svg), 'script')).toEqual([]);
  });

  it('are escaped in the Mermaid text: no raw quote, bracket, pipe or markup inside a label, and each decodes to the name', () => {
    const read = readMermaid(mermaid);
    // Lines are joined with <br/>: that tag is the only markup a label holds.
    for (const label of read.rawLabels) expect(label.split('<br/>').join('')).not.toMatch(/["<>[\]{}|`%\\\n]|#(?!(quot|amp|lt|gt|\d+);)/);
    expect(actionTitles(titles(read.nodes))).toEqual(expected);
    expect(titles(read.nodes)).toContain(`Start: ${shown(model.name)}`);
    // One statement per line: no name opened a new one.
    expect(mermaid.split('\n').filter((l) => l.trim() !== '').every((l) => /^(%% |flowchart TD$|\s+(n\d+|subgraph |direction TB$|end$|classDef |class ))/.test(l))).toBe(true);
    expect(mermaid).not.toMatch(/%%\{/);
  });

  it('are escaped in the DOT text: entities and doubled backslashes in labels; &amp;, \\" and \\\\ in strings', () => {
    const lines = toDot(graph).split('\n');
    const entity = { amp: '&', lt: '<', gt: '>', quot: '"' };
    const decode = (text: string) => text.replace(/\\\\/g, '\\').replace(/&(amp|lt|gt|quot);/g, (_m, e: keyof typeof entity) => entity[e]);
    for (const node of graph.nodes) {
      const line = lines.find((l) => l.startsWith(`  ${node.id} [`) || l.startsWith(`    ${node.id} [`))!;
      const [, html] = /^\s+n\d+ \[id=n\d+, label=<(.*)>, shape=[a-z]+, /.exec(line)!;
      const parts = html.split('<BR/>').map((part) => part.replace(/<\/?(FONT|I)\b[^<>]*>/g, ''));
      // Nothing but plain text, the four entities and pairs of backslashes (Graphviz reads \N, \G, \\ there too).
      for (const part of parts) expect(part).toMatch(/^(?:[^<>"&\\]|&(?:amp|lt|gt|quot);|\\\\)*$/);
      expect(decode(parts[0])).toBe(`${node.kind}: ${node.name}`);
    }
    // Edge, cluster and graph labels: double-quoted strings whose only escapes are \\ and \", with & as &amp; (Graphviz reads entities there too).
    const strings = lines.filter((l) => / -> /.test(l) || /^\s+graph \[label=/.test(l)).flatMap((l) => [...l.matchAll(/label=("(?:[^"\\]|\\.)*")/g)].map((m) => m[1]));
    expect(strings.length).toBeGreaterThan(graph.edges.length / 2);
    for (const str of strings) expect(str).toMatch(/^"(?:[^"\\&]|\\[\\"]|&amp;)*"$/);
    const unquote = (str: string) => str.slice(1, -1).replace(/\\(["\\])/g, '$1').replace(/&amp;/g, '&');
    expect(strings.map(unquote)).toContain(`Task: ${shown(model.tasks[0].name)}`);
  });
});

describe('the command line', () => {
  it.each([
    [['--bogus'], /unknown option "--bogus"/],
    [['--out'], /--out needs a directory, not nothing/],
    [['--out', '--bogus'], /--out needs a directory, not "--bogus"/],
    [['--out='], /--out needs a directory to write the pictures to, not ""/],
    [['--out', 'a', '--out', 'b'], /--out takes one value, not 2/],
  ])('refuses %j by name', (args, message) => {
    expect(() => parseDiagramsArgs(args)).toThrow(CommandLineError);
    expect(() => parseDiagramsArgs(args)).toThrow(message);
  });

  it('takes environment names and an out directory', () => {
    expect(parseDiagramsArgs(['stage-a', '--out', 'pics', 'stage-b', 'stage-a'])).toEqual({ environments: ['stage-a', 'stage-b'], out: 'pics' });
    expect(parseDiagramsArgs([])).toEqual({ environments: [], out: 'diagrams' });
  });

  it('refuses an environment the configuration does not list, by name, before writing anything', async () => {
    const out = tempDir('diagrams-');
    try {
      await expect(drawEnvironments([SEQUENTIAL, PARALLEL], { environments: ['dev', 'staging'], out })).rejects.toThrow(CommandLineError);
      await expect(drawEnvironments([SEQUENTIAL, PARALLEL], { environments: ['staging'], out })).rejects.toThrow(`unknown environment "staging": the configuration lists ${[SEQUENTIAL, PARALLEL].map((d) => `"${d.name}"`).join(', ')}`);
      const io = { stdout: { text: '', write(t: string) { this.text += t; } }, stderr: { text: '', write(t: string) { this.text += t; } } };
      expect(await diagramsCli(['staging', '--out', out], io, [SEQUENTIAL, PARALLEL])).toBe(1);
      expect(io.stderr.text).toMatch(/^diagrams: unknown environment "staging"/);
      expect(fs.readdirSync(out)).toEqual([]);
    } finally {
      rmTemp(out);
    }
  });

  it('writes an SVG and a Mermaid file for every flow of the named environment, and nothing for the others', async () => {
    const out = tempDir('diagrams-');
    try {
      const io = { stdout: { text: '', write(t: string) { this.text += t; } }, stderr: { text: '', write(t: string) { this.text += t; } } };
      expect(await diagramsCli(['dev', '--out', out], io, [SEQUENTIAL, PARALLEL])).toBe(0);
      expect(io.stderr.text).toBe('');
      const slugs = flowsOf(SEQUENTIAL).map((f) => flowSlug(f.flowName));
      expect(fs.readdirSync(out)).toEqual(['dev']);
      expect(fs.readdirSync(path.join(out, 'dev')).sort()).toEqual([...slugs.flatMap((s) => [`${s}.mmd`, `${s}.svg`]), 'index.json'].sort());
      expect(io.stdout.text).toContain(`dev: ${slugs.length} flows drawn in ${path.join(out, 'dev')}`);
      // The index names each flow's files, and reads back as it was written.
      const index = readPictureIndex(out, 'dev', 'test');
      expect(index.flows.map(({ name, svg, mermaid }) => ({ name, svg, mermaid }))).toEqual(
        flowsOf(SEQUENTIAL).map((f) => ({ name: f.flowName, svg: `${flowSlug(f.flowName)}.svg`, mermaid: `${flowSlug(f.flowName)}.mmd` })),
      );
      // Each action's node is in its Mermaid text, labelled with the last name of its path.
      for (const f of index.flows) {
        const text = fs.readFileSync(path.join(out, 'dev', f.mermaid), 'utf8');
        expect(f.actions.length).toBeGreaterThan(1);
        for (const a of f.actions) expect(text).toMatch(new RegExp(`^ +${a.node}\\W.*: ${escapeRegExp(mermaidText(a.path.at(-1)!))}`, 'm'));
      }
      for (const s of slugs) {
        expect(parseSvg(fs.readFileSync(path.join(out, 'dev', `${s}.svg`), 'utf8')).nodeName).toBe('svg');
        expect(fs.readFileSync(path.join(out, 'dev', `${s}.mmd`), 'utf8')).toMatch(/^%% .*\nflowchart TD\n/);
      }
      // Same model, same bytes: a second run writes the very same files.
      const first = slugs.map((s) => fs.readFileSync(path.join(out, 'dev', `${s}.svg`), 'utf8'));
      expect(await diagramsCli(['dev', '--out', out], io, [SEQUENTIAL, PARALLEL])).toBe(0);
      expect(slugs.map((s) => fs.readFileSync(path.join(out, 'dev', `${s}.svg`), 'utf8'))).toEqual(first);
    } finally {
      rmTemp(out);
    }
  });

  it('runs as `npm run diagrams` does, with no network or Terraform, and leaves the temp directory as it found it', () => {
    const tmp = tempDir('empty-tmp-');
    const out = tempDir('diagrams-out-');
    try {
      // PATH holds only Node's own directory: no Terraform to find.
      const run = runTs('tools/diagrams/cli.ts', ['dev', '--out', out], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp, PATH: path.dirname(process.execPath) } });
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(fs.readdirSync(path.join(out, 'dev')).filter((f) => f.endsWith('.svg')).length).toBeGreaterThanOrEqual(5);
      // tsx keeps one compile cache, tsx-<uid>, reused by every run: a cache, not litter.
      expect(fs.readdirSync(tmp).filter((f) => !/^tsx-\d+$/.test(f))).toEqual([]);
    } finally {
      rmTemp(tmp);
      rmTemp(out);
    }
  });
});

describe('the picture in docs/flows.md', () => {
  it('is what `npm run diagrams` draws for the sample 1 call flow of the dev environment', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'flows.md'), 'utf8');
    const block = /^## Pictures of the flows$[\s\S]*?^```mermaid\n([\s\S]*?)^```$/m.exec(doc);
    expect(block).not.toBeNull();
    const dev = DEFAULT_ENVIRONMENTS.find((d) => d.name === 'dev')!;
    const flow = stackOf(dev).aiIntent!.pattern.callFlow.flow;
    // When the flow changes: npm run diagrams -- dev, then paste diagrams/dev/dev-ai-intent-call-flow.mmd into the block.
    expect(block![1]).toBe(toMermaid(flowGraph(flow.model)));
  });
});
