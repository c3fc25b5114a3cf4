/**
 * `npm run flow-diff`: two real synthesized outputs compared, flow by flow.
 * The base is the sequential fixture; each head changes one thing in the
 * configuration (a message and the deadline, routes and a database, a sample
 * removed and an environment added, the naming prefix, the identification
 * mode), synthesized in-process once for the whole file. Two more heads are
 * edited copies of the base's synthesized JSON, for what no configuration
 * change does alone: an action moved to another logical id with the YAML
 * untouched, and an action contract changed in place.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EnvironmentDefinition } from '../config';
import { synthEnvironments } from '../stacks/app';
import { FlowDiff, FlowDiffReport } from '../tools/flow-diff/diff';
import { flowDiffCli, picturesIn } from '../tools/flow-diff/cli';
import { ValidationError } from '../constructs/validation';
import { fenced, formatMarkdown, markChanged, markdownText } from '../tools/flow-diff/format';
import { drawEnvironments } from '../tools/diagrams/cli';
import { PICTURE_INDEX_FILE, PictureAction } from '../tools/diagrams/picture-index';
import { flowGraph } from '../tools/diagrams/graph';
import { toMermaid } from '../tools/diagrams/mermaid';
import { ArchitectFlow } from '../constructs/flows/architect-flow';
import { EnvironmentStack } from '../stacks/environment-stack';
import { memoryApp } from '../stacks/memory-app';
import { loadEnvironments } from '../config';
import { queueLiterals } from '../tools/flow-diff/read';
import { PARALLEL, SEQUENTIAL } from './fixtures/environments';
import { rmTemp, tempDir } from './helpers/synth';

const ai = SEQUENTIAL.samples!.aiIntent!;
const ci = SEQUENTIAL.samples!.customerIdentification!;
const withSamples = (samples: EnvironmentDefinition['samples'], more: Partial<EnvironmentDefinition> = {}): EnvironmentDefinition => ({ ...SEQUENTIAL, ...more, samples });

const ANNOUNCEMENT = 'Next Sunday the office is closed for the charity run.';

/** One head per change; `synthEnvironments` writes each into its own directory. */
const VARIANTS: Record<string, readonly EnvironmentDefinition[]> = {
  base: [SEQUENTIAL],
  // A message (the first journey step) and the hold deadline of sample 1.
  message: [
    withSamples({
      ...SEQUENTIAL.samples,
      aiIntent: {
        ...ai,
        deadlineSeconds: 45,
        event: {
          announcement: ANNOUNCEMENT,
          hours: 'It runs from 9 in the morning to 5 in the afternoon, at our main office.',
          activities: 'There is a 5 kilometre fun run, a race for children, and a bake sale. Everyone is welcome.',
        },
      },
    }),
  ],
  // Alpha routed to another queue, and a fourth database.
  routes: [
    withSamples({
      ...SEQUENTIAL.samples,
      customerIdentification: {
        ...ci,
        databases: [...ci.databases, { source: 'Delta', url: 'https://delta.dev.example.com/find' }],
        routes: { Alpha: 'Premium', Beta: 'Beta Customers', Gamma: 'Gamma Customers', Delta: 'Delta Customers' },
      },
    }),
  ],
  // Sample 1 removed from dev, and a prod environment added.
  environments: [withSamples({ customerIdentification: ci }), PARALLEL],
  prefix: [{ ...SEQUENTIAL, naming: { prefix: 'qa-' } }],
  // Parallel identification: the status read's contract changes, which replaces the action.
  mode: [withSamples({ ...SEQUENTIAL.samples, customerIdentification: { ...ci, mode: 'parallel' } })],
};

let root: string;
const dirs: Record<string, string> = {};

beforeAll(() => {
  root = tempDir('flow-diff-');
  for (const [name, definitions] of Object.entries(VARIANTS)) {
    dirs[name] = path.join(root, name);
    synthEnvironments(definitions, dirs[name]);
  }
}, 120_000);

afterAll(() => rmTemp(root));

function run(...args: string[]) {
  const log: string[] = [];
  const error: string[] = [];
  const code = flowDiffCli(args, { log: (l) => log.push(l), error: (l) => error.push(l) });
  return { code, text: log.join('\n'), stderr: error.join('\n') };
}

function report(base: string, head: string): FlowDiffReport {
  const r = run(base, head, '--json');
  expect([r.code, r.stderr]).toEqual([0, '']);
  return JSON.parse(r.text) as FlowDiffReport;
}

function words(base: string, head: string): string {
  const r = run(base, head);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return r.text;
}

function flow(rep: FlowDiffReport, env: string, name: string): FlowDiff {
  const f = rep.environments.find((e) => e.name === env)?.flows.find((x) => x.name === name);
  if (!f) throw new Error(`no flow "${name}" in the diff of ${env}: ${JSON.stringify(rep.environments.map((e) => e.flows.map((x) => x.name)))}`);
  return f;
}

/** A copy of an output, to edit. */
function copyOf(name: string, as: string): string {
  const to = path.join(root, as);
  fs.cpSync(dirs[name], to, { recursive: true });
  return to;
}

const stackFile = (dir: string, env = 'dev') => path.join(dir, 'stacks', env, 'cdk.tf.json');
const readStack = (dir: string) => JSON.parse(fs.readFileSync(stackFile(dir), 'utf8'));
const writeStack = (dir: string, json: unknown) => fs.writeFileSync(stackFile(dir), JSON.stringify(json, null, 2));

/** The logical id of the integration action named `name` in an output's dev stack. */
function actionId(dir: string, name: string): string {
  const actions: Record<string, { name: string }> = readStack(dir).resource.genesyscloud_integration_action;
  const id = Object.keys(actions).find((k) => actions[k].name === name);
  if (!id) throw new Error(`no action "${name}"`);
  return id;
}

describe('flow-diff on identical outputs', () => {
  it('says there are no flow changes, exit 0, in words and in JSON', () => {
    const text = words(dirs.base, dirs.base);
    expect(text).toContain('no flow changes (1 environment, 5 flows compared)');
    const same = copyOf('base', 'same');
    const rep = report(dirs.base, same);
    expect(rep.changed).toBe(false);
    expect(rep.summary).toEqual({ environmentsAdded: 0, environmentsRemoved: 0, flowsAdded: 0, flowsRemoved: 0, flowsChanged: 0, flowsRepublished: 0 });
    expect(rep.environments).toEqual([{ name: 'dev', status: 'unchanged', baseFlowCount: 5, headFlowCount: 5, flows: [] }]);
  });
});

describe('flow-diff of a changed message and deadline', () => {
  it('reports the message, old and new, and the actions whose keys changed', () => {
    const rep = report(dirs.base, dirs.message);
    expect(rep.summary).toMatchObject({ flowsChanged: 1, flowsRepublished: 1, flowsAdded: 0, flowsRemoved: 0 });
    const f = flow(rep, 'dev', 'dev-AI Intent Call Flow');
    expect(f.messages).toEqual([
      {
        action: 'Main > Journey step 1',
        key: 'audio.tts',
        old: 'While we find the right person for you: next Saturday we hold our charity day for the local food bank.',
        new: ANNOUNCEMENT,
      },
    ]);
    expect(f.actions.added).toEqual([]);
    expect(f.actions.removed).toEqual([]);
    const changed = Object.fromEntries(f.actions.changed.map((c) => [c.path, c.changes]));
    expect(Object.keys(changed)).toEqual(['Main > Journey step 1', 'Main > Start the hold clock', 'Main > Keep checking until the deadline']);
    expect(changed['Main > Start the hold clock']).toEqual([
      { key: 'statements.0.integer.value.exp', old: expect.stringContaining('+ 30000'), new: expect.stringContaining('+ 45000') },
    ]);
    // The loop's own key changed; its children did not, so none of them is listed.
    expect(changed['Main > Keep checking until the deadline']).toEqual([{ key: 'loopCount.lit', old: 12, new: 17 }]);
    expect(f.republish).toEqual({ will: true, reasons: [expect.objectContaining({ kind: 'yaml-changed' })] });

    const text = words(dirs.base, dirs.message);
    expect(text).toContain('flow "dev-AI Intent Call Flow" (inboundCall, genesyscloud_flow.ai_intent_Pattern_CallFlow_3C6C40CC): changed');
    expect(text).toContain('Main > Journey step 1 (audio.tts): message changed');
    expect(text).toContain(`now: "${ANNOUNCEMENT}"`);
    expect(text).toContain('~ Main > Keep checking until the deadline (loop)');
    expect(text).toContain('loopCount.lit: 12 -> 17');
    expect(text).toMatch(/will be republished, because:\n\s+- the YAML changed/);
  });
});

describe('flow-diff of new routes and a new database', () => {
  it('reports queues now used and no longer used, with where', () => {
    const rep = report(dirs.base, dirs.routes);
    const f = flow(rep, 'dev', 'dev-Customer Identification Call Flow');
    expect(f.queues.nowUsed.map((q) => q.name)).toEqual(['dev-Delta Customers', 'dev-Premium']);
    expect(f.queues.noLongerUsed).toEqual([{ name: 'dev-Alpha Customers', where: ['Route > Job succeeded? > Find the queue for the result'] }]);
    // "Alpha", compared in the findQueue expression, is no queue.
    expect(f.queues.nowUsed.concat(f.queues.noLongerUsed).map((q) => q.name)).not.toContain('Alpha');
    const text = words(dirs.base, dirs.routes);
    expect(text).toMatch(/queues now used:\n\s+"dev-Delta Customers" \(by Route > Job succeeded\? > Find the queue for the result\)\n\s+"dev-Premium"/);
    expect(text).toMatch(/queues no longer used:\n\s+"dev-Alpha Customers"/);
  });

  it('reports the data action now used, the actions added, and the new action among the reasons to republish', () => {
    const rep = report(dirs.base, dirs.routes);
    const f = flow(rep, 'dev', 'dev-Customer Identification Workflow');
    const lookup = 'dev-Customer Identification Delta Database / dev-Customer Identification - Lookup Delta';
    expect(f.dataActions).toEqual({ nowUsed: [{ name: lookup, where: ['Run job > Still looking? (before Delta) > Look up in Delta'] }], noLongerUsed: [] });
    expect(f.actions.added.map((a) => a.path)).toEqual(
      expect.arrayContaining(['Run job > Still looking? (before Delta)', 'Run job > Still looking? (before Delta) > Look up in Delta']),
    );
    // Two actions of one name in two branches of one action: each named by the branch it is in.
    expect(f.actions.added.map((a) => a.path)).toEqual(
      expect.arrayContaining([
        'Run job > Still looking? (before Delta) [yes] > Look up in Delta [failure] > Note that Delta could not answer',
        'Run job > Still looking? (before Delta) [yes] > Look up in Delta [timeout] > Note that Delta could not answer',
      ]),
    );
    expect(f.republish.reasons.map((r) => r.kind)).toEqual(['yaml-changed', 'action-created']);
    expect(f.republish.reasons[1]).toMatchObject({ name: 'dev-Customer Identification - Lookup Delta', resource: expect.stringMatching(/^genesyscloud_integration_action\.customer_identification_LookupDelta_/) });
    const text = words(dirs.base, dirs.routes);
    expect(text).toContain(`data actions now used:\n      "${lookup}"`);
    expect(text).toContain('+ Run job > Still looking? (before Delta) > Look up in Delta (callData)');
  });
});

describe('flow-diff of a sample removed and an environment added', () => {
  it('reports the flows removed and the environment added', () => {
    const rep = report(dirs.base, dirs.environments);
    expect(rep.summary).toMatchObject({ environmentsAdded: 1, environmentsRemoved: 0, flowsRemoved: 3, flowsAdded: 7, flowsChanged: 0, flowsRepublished: 0 });
    const dev = rep.environments.find((e) => e.name === 'dev')!;
    expect(dev.flows.map((f) => [f.name, f.status])).toEqual([
      ['dev-AI Intent Capture', 'removed'],
      ['dev-AI Intent Call Flow', 'removed'],
      ['dev-AI Intent Workflow', 'removed'],
    ]);
    expect(flow(rep, 'dev', 'dev-AI Intent Workflow').dataActions.noLongerUsed.map((d) => d.name)).toEqual(['dev-AI Intent AI Service / dev-AI Intent - Recognize Intent']);
    const prod = rep.environments.find((e) => e.name === 'prod')!;
    expect([prod.status, prod.baseFlowCount, prod.headFlowCount, prod.flows.every((f) => f.status === 'added')]).toEqual(['added', 0, 7, true]);
    const text = words(dirs.base, dirs.environments);
    expect(text).toContain('flow "dev-AI Intent Call Flow" (inboundCall, genesyscloud_flow.ai_intent_Pattern_CallFlow_3C6C40CC): removed, 57 actions; Terraform deletes it');
    expect(text).toContain('environment "prod": added, with 7 flows');
    expect(text).toContain('flow "prod-Customer Identification Workflow gamma" (workflow, genesyscloud_flow.customer_identification_Pattern_Workflow_gamma_');
  });

  it('reports the environment removed the other way round', () => {
    const rep = report(dirs.environments, dirs.base);
    expect(rep.summary).toMatchObject({ environmentsAdded: 0, environmentsRemoved: 1, flowsAdded: 3, flowsRemoved: 7 });
    expect(words(dirs.environments, dirs.base)).toContain('environment "prod": removed, with 7 flows');
  });
});

describe('flow-diff of a new naming prefix', () => {
  it('reports every flow renamed under the same logical id, and no action replaced', () => {
    const rep = report(dirs.base, dirs.prefix);
    const dev = rep.environments.find((e) => e.name === 'dev')!;
    expect(dev.flows.map((f) => [f.renamedFrom, f.name, f.status])).toEqual([
      ['dev-AI Intent Capture', 'qa-AI Intent Capture', 'changed'],
      ['dev-AI Intent Call Flow', 'qa-AI Intent Call Flow', 'changed'],
      ['dev-AI Intent Workflow', 'qa-AI Intent Workflow', 'changed'],
      ['dev-Customer Identification Call Flow', 'qa-Customer Identification Call Flow', 'changed'],
      ['dev-Customer Identification Workflow', 'qa-Customer Identification Workflow', 'changed'],
    ]);
    // Name and category of an action are updated in place: the flows republish for their YAML only.
    expect(dev.flows.flatMap((f) => f.republish.reasons.map((r) => r.kind))).toEqual(Array(5).fill('yaml-changed'));
    const call = flow(rep, 'dev', 'qa-AI Intent Call Flow');
    expect(call.actions.changed.find((c) => c.path === 'Main > Ask the caller what they need')?.changes).toEqual([
      { key: 'botFlow (name)', old: 'dev-AI Intent Capture', new: 'qa-AI Intent Capture' },
    ]);
    expect(call.warnings[0]).toContain('published as a new flow, with a new id');
    const text = words(dirs.base, dirs.prefix);
    expect(text).toContain('renamed from "dev-AI Intent Call Flow" to "qa-AI Intent Call Flow"');
    expect(text).toContain('category (name): "dev-Async Workflow Platform" -> "qa-Async Workflow Platform"');
  });
});

describe('flow-diff of actions replaced', () => {
  it('a real configuration change (parallel identification) replaces the status read: its contract changes', () => {
    const rep = report(dirs.base, dirs.mode);
    const f = flow(rep, 'dev', 'dev-Customer Identification Call Flow');
    const replaced = f.republish.reasons.find((r) => r.kind === 'action-replaced');
    expect(replaced).toMatchObject({
      name: 'dev-Customer Identification - Read Job Status',
      resource: `genesyscloud_integration_action.${actionId(dirs.base, 'dev-Customer Identification - Read Job Status')}`,
      previousResource: null,
      details: ['contract_output'],
    });
    expect(words(dirs.base, dirs.mode)).toContain(
      `data action "dev-Customer Identification - Read Job Status" is replaced (${replaced!.resource}: contract_output changed), so it gets a new id`,
    );
  });

  // No configuration change moves an action to another logical id and leaves the YAML alone: the head is the
  // base's synthesized JSON, edited. The YAML assets are the base's, byte for byte.
  it('an action moved to another logical id (edited JSON): the flow republishes for it alone', () => {
    const moved = copyOf('base', 'moved');
    const id = actionId(moved, 'dev-AI Intent - Read Job Status');
    fs.writeFileSync(stackFile(moved), fs.readFileSync(stackFile(moved), 'utf8').split(id).join('ai_intent_Pattern_StatusRead_0123ABCD'));
    const rep = report(dirs.base, moved);
    expect(rep.summary).toMatchObject({ flowsChanged: 1, flowsRepublished: 1 });
    const f = flow(rep, 'dev', 'dev-AI Intent Call Flow');
    expect(f.actions).toEqual({ added: [], removed: [], changed: [] });
    expect(f.republish.reasons).toEqual([
      {
        kind: 'action-replaced',
        text: `data action "dev-AI Intent - Read Job Status" is replaced: it moves from genesyscloud_integration_action.${id} to genesyscloud_integration_action.ai_intent_Pattern_StatusRead_0123ABCD, so Terraform deletes the one and creates the other, with a new id`,
        resource: 'genesyscloud_integration_action.ai_intent_Pattern_StatusRead_0123ABCD',
        previousResource: `genesyscloud_integration_action.${id}`,
        name: 'dev-AI Intent - Read Job Status',
        details: [],
      },
    ]);
    expect(words(dirs.base, moved)).toMatch(/will be republished, because:\n\s+- data action "dev-AI Intent - Read Job Status" is replaced: it moves from/);
  });

  it('a contract changed in place (edited JSON) replaces the action; the same contract written otherwise does not', () => {
    const edited = copyOf('base', 'contract');
    const json = readStack(edited);
    const id = actionId(edited, 'dev-AI Intent - Recognize Intent');
    const action = json.resource.genesyscloud_integration_action[id];
    const output = JSON.parse(action.contract_output);
    action.contract_output = JSON.stringify({ ...output, properties: { ...output.properties, language: { type: 'string' } } });
    // Equivalent JSON, other spacing: the provider suppresses that diff.
    const launch = json.resource.genesyscloud_integration_action[actionId(edited, 'dev-AI Intent - Launch Workflow')];
    launch.contract_input = JSON.stringify(JSON.parse(launch.contract_input), null, 4);
    writeStack(edited, json);
    const rep = report(dirs.base, edited);
    expect(rep.environments[0].flows.map((f) => [f.name, f.republish.reasons.map((r) => [r.kind, r.details])])).toEqual([
      ['dev-AI Intent Workflow', [['action-replaced', ['contract_output']]]],
    ]);
  });

  it('substitutions changed (edited JSON): the flow republishes with its YAML unchanged', () => {
    const edited = copyOf('base', 'substitutions');
    const json = readStack(edited);
    const captureId = Object.keys(json.resource.genesyscloud_flow).find((k) => k.startsWith('ai_intent_Capture_'))!;
    json.resource.genesyscloud_flow[captureId].substitutions = { division: 'Sales' };
    writeStack(edited, json);
    const f = flow(report(dirs.base, edited), 'dev', 'dev-AI Intent Capture');
    expect(f.republish.reasons.map((r) => r.kind)).toEqual(['substitutions-changed']);
  });
});

describe('flow-diff --markdown, for a pull request\'s job summary', () => {
  // Pictures of the two heads, drawn as `npm run diagrams -- --out <dir>` draws them.
  const pics: Record<string, string> = {};
  beforeAll(async () => {
    for (const name of ['routes', 'environments']) {
      pics[name] = path.join(root, `pictures-${name}`);
      await drawEnvironments(VARIANTS[name], { environments: [], out: pics[name] });
    }
  }, 120_000);

  function markdown(...args: string[]): string {
    const r = run(...args, '--markdown');
    expect([r.code, r.stderr]).toEqual([0, '']);
    return r.text;
  }
  const entryOf = (variant: string, env: string, flowName: string) => {
    const index = JSON.parse(fs.readFileSync(path.join(pics[variant], env, PICTURE_INDEX_FILE), 'utf8')) as { flows: { name: string; mermaid: string; actions: PictureAction[] }[] };
    return index.flows.find((f) => f.name === flowName)!;
  };
  const mermaidOf = (variant: string, env: string, flowName: string) => fs.readFileSync(path.join(pics[variant], env, entryOf(variant, env, flowName).mermaid), 'utf8');
  const actionsOf = (variant: string, env: string, flowName: string) => entryOf(variant, env, flowName).actions;

  /** A flow's picture as `diagrams` makes it (picturesOf), from the flow model of a variant's stack, without drawing the SVG. */
  const modelPicture = (variant: string, env: string, flowName: string) => {
    const definition = VARIANTS[variant].find((d) => d.name === env)!;
    const [config] = loadEnvironments([definition]);
    const flow = new EnvironmentStack(memoryApp(), { config }).node.findAll().find((c): c is ArchitectFlow => ArchitectFlow.isArchitectFlow(c) && c.flowName === flowName)!;
    const graph = flowGraph(flow.model);
    return { mermaid: toMermaid(graph), actions: graph.nodes.flatMap((n) => (n.path ? [{ node: n.id, path: n.path }] : [])) };
  };

  it('draws the same picture from the model as `diagrams` writes', () => {
    const name = 'dev-Customer Identification Call Flow';
    expect(modelPicture('routes', 'dev', name)).toEqual({ mermaid: mermaidOf('routes', 'dev', name), actions: actionsOf('routes', 'dev', name) });
  });

  it.each(['message', 'routes', 'mode'])('finds every action the diff of %s adds or changes in the picture, by the same path of names', (variant) => {
    const rep = report(dirs.base, dirs[variant]);
    let checked = 0;
    for (const e of rep.environments) {
      for (const f of e.flows.filter((x) => x.status === 'changed')) {
        const touched = [...f.actions.added, ...f.actions.changed];
        const m = markChanged(modelPicture(variant, e.name, f.name), touched.map((a) => a.names));
        expect([f.name, m.missing]).toEqual([f.name, 0]);
        expect(m.marked).toBeGreaterThanOrEqual(new Set(touched.map((a) => a.names.join('\u0000'))).size);
        checked += touched.length;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says there are no flow changes', () => {
    const text = markdown(dirs.base, dirs.base, '--pictures', pics.routes);
    expect(text).toMatch(/^## Flow diff\n/);
    expect(text).toContain('No flow changes (1 environment, 5 flows compared).');
    expect(text).not.toContain('```mermaid');
  });

  it('gives each changed flow its words and its picture in head, as Mermaid', () => {
    const rep = report(dirs.base, dirs.routes);
    const text = markdown(dirs.base, dirs.routes, '--pictures', pics.routes);
    const changed = rep.environments[0].flows;
    expect(changed.length).toBeGreaterThan(0);
    expect(text.match(/```mermaid\n/g)).toHaveLength(changed.length);
    for (const f of changed) {
      const heading = `#### Flow **${markdownText(f.name)}** (${f.kind}): changed, it will be republished`;
      const at = text.indexOf(heading);
      expect(at).toBeGreaterThan(0);
      // The words of `formatWords`, then the picture, before the next flow.
      const section = text.slice(at, text.indexOf('#### Flow', at + 1) === -1 ? undefined : text.indexOf('#### Flow', at + 1));
      expect(section).toContain(`flow "${f.name}" (${f.kind}, genesyscloud_flow.${f.id}): changed\n  will be republished, because:`);
      expect(section).toContain(`\`\`\`mermaid\n${mermaidOf('routes', 'dev', f.name)}  %% Marked by flow-diff`);
    }
    // The changed route's node is outlined, and the caption counts it.
    const call = changed.find((f) => f.name === 'dev-Customer Identification Call Flow')!;
    const node = actionsOf('routes', 'dev', call.name).find((a) => a.path.join(' > ') === 'Route > Job succeeded? > Find the queue for the result')!.node;
    expect(text).toMatch(new RegExp(`classDef changedNode stroke:#f76707,stroke-width:5px\n  class (n\\d+,)*${node}(,n\\d+)* changedNode\n`));
    const touched = call.actions.added.length + call.actions.changed.length;
    expect(text).toContain(`The flow in head, as a picture: ${touched} ${touched === 1 ? 'action' : 'actions'} added or changed, outlined in orange</summary>`);
    expect(text).not.toContain('not found in the picture');
    expect(text).toContain('"dev-Premium" (by Route > Job succeeded? > Find the queue for the result)');
  });

  it('draws added flows, not removed ones, and names every environment', () => {
    const rep = report(dirs.base, dirs.environments);
    const text = markdown(dirs.base, dirs.environments, '--pictures', pics.environments);
    const added = rep.environments.flatMap((e) => e.flows.filter((f) => f.status === 'added'));
    const removed = rep.environments.flatMap((e) => e.flows.filter((f) => f.status === 'removed'));
    expect([added.length > 0, removed.length > 0]).toEqual([true, true]);
    expect(text.match(/```mermaid\n/g)).toHaveLength(added.length);
    for (const f of removed) expect(text).toContain(`#### Flow **${markdownText(f.name)}** (${f.kind}): removed, Terraform deletes it`);
    expect(text).toContain('### Environment **prod**: added, with 7 flows');
    expect(text).toContain('### Environment **dev**: flows 0 changed, 0 added, 3 removed (5 in base, 2 in head)');
  });

  it('leaves pictures out, saying so, where the summary would pass its size', () => {
    const rep = report(dirs.base, dirs.environments);
    const all = formatMarkdown(rep, { picture: () => ({ mermaid: 'flowchart TD\n  a --> b\n', actions: [] }) });
    const room = Buffer.byteLength(formatMarkdown(rep), 'utf8') + 300;
    const some = formatMarkdown(rep, { picture: () => ({ mermaid: `flowchart TD\n  a --> b\n%% ${'x'.repeat(100)}\n`, actions: [] }), maxBytes: room });
    expect(all.match(/```mermaid/g)!.length).toBeGreaterThan(2);
    expect(some.match(/```mermaid/g)).toHaveLength(1);
    expect(some).toContain('_The picture is left out: the summary would pass');
    expect(Buffer.byteLength(some, 'utf8')).toBeLessThan(room + 200 * all.match(/```mermaid/g)!.length);
  });

  it('keeps hostile names and texts from breaking out of a heading, a code block or a picture', () => {
    const rep = report(dirs.base, dirs.routes);
    const hostile = 'x` <img src=x onerror=alert(1)> ](javascript:alert(1)) **b**\n# heading ```';
    const edited: FlowDiffReport = {
      ...rep,
      environments: rep.environments.map((e) => ({ ...e, name: hostile, flows: e.flows.map((f) => ({ ...f, name: hostile, kind: '<b>k</b>' })) })),
    };
    const text = formatMarkdown(edited, { picture: () => ({ mermaid: 'flowchart TD\n  a["```"] --> b\n```\n# not a heading\n', actions: [] }) });
    // Outside code blocks, no raw tag, no link, one line per heading.
    const prose = text.replace(/(`{3,})[a-z]*\n[\s\S]*?\n\1(?=\n|$)/g, '');
    expect(prose).not.toMatch(/<img|<b>|\]\(javascript/);
    expect(prose).not.toMatch(/^# /m);
    for (const line of prose.split('\n').filter((l) => l.startsWith('#'))) expect(line).not.toMatch(/[^\\]`/);
    // Code blocks are fenced longer than any run of backticks inside them.
    expect(text).toContain('````mermaid\nflowchart TD\n  a["```"] --> b\n```\n# not a heading\n');
    expect(text).not.toMatch(/\n```mermaid/);
    expect(fenced('text', 'a ````` b')).toBe('``````text\na ````` b\n``````');
    expect(markdownText('<a href="x">[y](z)</a>\n_i_')).toBe('&lt;a href\\=\\"x\\"&gt;\\[y\\]\\(z\\)&lt;\\/a&gt; \\_i\\_');
  });

  it('refuses pictures that are not the head\'s, naming --pictures and the file', () => {
    const fails = (args: string[], message: string | RegExp) => {
      const r = run(...args);
      expect([r.code, r.text]).toEqual([1, '']);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    };
    fails([dirs.base, dirs.routes, '--pictures', pics.routes], '--pictures goes with --markdown');
    // With --json, even this error is one JSON document.
    const both = run(dirs.base, dirs.routes, '--markdown', '--json');
    expect([both.code, JSON.parse(both.text).error]).toEqual([1, expect.stringContaining('flow-diff: give --json or --markdown, not both')]);
    fails([dirs.base, dirs.routes, '--markdown', '--pictures', path.join(root, 'nowhere')], /--pictures needs the directory .* wrote, not ".*nowhere"/);
    fails([dirs.base, dirs.routes, '--markdown', '--pictures', ''], '--pictures needs the directory');
    // Pictures of other code: the environment's index is missing, or does not list the flow.
    fails([dirs.base, dirs.environments, '--markdown', '--pictures', pics.routes], /--pictures ".*pictures-routes": prod\/index.json does not exist: draw the pictures of environment "prod"/);
    const other = path.join(root, 'pictures-other');
    fs.cpSync(pics.routes, other, { recursive: true });
    const indexFile = path.join(other, 'dev', PICTURE_INDEX_FILE);
    const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
    const edit = (change: (i: any) => void) => {
      const copy = JSON.parse(JSON.stringify(index));
      change(copy);
      fs.writeFileSync(indexFile, JSON.stringify(copy));
    };
    edit((i) => (i.flows = i.flows.filter((f: { name: string }) => f.name !== 'dev-Customer Identification Call Flow')));
    fails([dirs.base, dirs.routes, '--markdown', '--pictures', other], /has no picture of flow "dev-Customer Identification Call Flow": draw them with `npm run diagrams` from the same code as <head-dir>/);
    // The index's own checks, through the lookup the CLI uses (each CLI run above also reads both outputs).
    const lookup = (message: string | RegExp) => {
      expect(() => picturesIn(other)('dev', 'dev-Customer Identification Call Flow')).toThrow(message);
      let err: unknown;
      try {
        picturesIn(other)('dev', 'dev-Customer Identification Call Flow');
      } catch (e) {
        err = e;
      }
      expect(ValidationError.isValidationError(err)).toBe(true);
      expect((err as Error).message).toMatch(/^--pictures ".*pictures-other": /);
    };
    for (const [change, message] of [
      [(i: any) => (i.flows[0].mermaid = '../../../etc/passwd.mmd'), 'flows[0].mermaid is not a file name ending in .mmd in the same directory: "../../../etc/passwd.mmd"'],
      [(i: any) => (i.flows[0].svg = 'x.png'), 'flows[0].svg is not a file name ending in .svg'],
      // A node id goes into the Mermaid text as it is: only n<number>.
      [(i: any) => (i.flows[0].actions[0].node = 'n1\n  click n1 "https://example.com"'), 'flows[0].actions[0].node is not a node id such as "n7"'],
      [(i: any) => (i.flows[0].actions[1].path = 'Main > x'), 'flows[0].actions[1].path is not a list of names'],
      [(i: any) => delete i.flows[0].actions, 'flows[0].actions is not a list'],
      [(i: any) => (i.flows[1].name = i.flows[0].name), 'is listed twice'],
      [(i: any) => (i.format = 2), 'field "format" is 2; this flow-diff reads format 1'],
      [(i: any) => (i.environment = 'prod'), 'field "environment" is "prod", not "dev"'],
      [(i: any) => (i.flows = {}), 'field "flows" is not a list'],
    ] as const) {
      edit(change);
      lookup(message);
    }
    fs.writeFileSync(indexFile, '{"format": ');
    lookup('dev/index.json is not JSON');
    edit(() => undefined);
    for (const f of index.flows) fs.rmSync(path.join(other, 'dev', f.mermaid));
    lookup(/dev\/dev-.*\.mmd, the picture of flow "dev-.*", cannot be read/);
  });
});

describe('flow-diff on bad input', () => {
  const noTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

  function expectFailure(args: string[], ...parts: (string | RegExp)[]) {
    const r = run(...args);
    expect(r.code).toBe(1);
    expect(r.text).toBe('');
    for (const p of parts) expect(r.stderr).toMatch(p);
    noTrace(r.stderr);
    const j = run(...args, '--json');
    expect(j.code).toBe(1);
    const doc = JSON.parse(j.text);
    for (const p of parts) expect(doc.error).toMatch(p);
    return r.stderr;
  }

  it('refuses a command line without two directories, or with an unknown option', () => {
    expectFailure([dirs.base], 'flow-diff: give two directories, <base-dir> and <head-dir> (got 1: "', 'usage: npm run flow-diff');
    expectFailure([dirs.base, dirs.base, '--yaml'], 'unknown option "--yaml"');
  });

  it('refuses a directory that does not exist, or that is no synthesized output', () => {
    expectFailure([path.join(root, 'nowhere'), dirs.base], /<base-dir> ".*nowhere": no such directory/);
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    expectFailure([dirs.base, empty], /<head-dir> ".*empty" is not a synthesized output: it has no manifest.json/);
    expectFailure([dirs.base, path.join(dirs.base, 'stacks', 'dev')], 'this looks like one stack directory; give the output directory above it');
  });

  it('refuses a stack file that is missing or not JSON, naming it', () => {
    const missing = copyOf('base', 'missing-stack');
    fs.rmSync(stackFile(missing));
    expectFailure([dirs.base, missing], /<head-dir> ".*missing-stack": manifest.json names the stack file stacks\/dev\/cdk.tf.json of "dev", which does not exist/);
    const broken = copyOf('base', 'broken-stack');
    fs.writeFileSync(stackFile(broken), '{"resource": ');
    expectFailure([broken, dirs.base], /<base-dir> ".*broken-stack": stacks\/dev\/cdk.tf.json is not JSON: /);
    const manifest = copyOf('base', 'broken-manifest');
    fs.writeFileSync(path.join(manifest, 'manifest.json'), 'stacks: dev');
    expectFailure([manifest, dirs.base], /<base-dir> ".*broken-manifest": manifest.json is not JSON: /);
  });

  it('refuses a flow whose YAML asset is missing, does not parse, or lies outside the stack', () => {
    const json = readStack(dirs.base);
    const callId = Object.keys(json.resource.genesyscloud_flow).find((k) => k.startsWith('ai_intent_Pattern_CallFlow_'))!;
    const asset: string = json.resource.genesyscloud_flow[callId].filepath;

    const missing = copyOf('base', 'missing-asset');
    fs.rmSync(path.join(missing, 'stacks', 'dev', asset));
    expectFailure([dirs.base, missing], `flow genesyscloud_flow.${callId} of stacks/dev/cdk.tf.json names its YAML asset stacks/dev/${asset}, which does not exist`);

    const broken = copyOf('base', 'broken-asset');
    fs.writeFileSync(path.join(broken, 'stacks', 'dev', asset), 'inboundCall:\n  name: [unclosed\n');
    expectFailure([dirs.base, broken], `stacks/dev/${asset} (the YAML of flow genesyscloud_flow.${callId} of stacks/dev/cdk.tf.json) does not parse: `);

    const notFlow = copyOf('base', 'not-a-flow');
    fs.writeFileSync(path.join(notFlow, 'stacks', 'dev', asset), '- just\n- a list\n');
    expectFailure([dirs.base, notFlow], 'is not an Archy flow: expected one top-level key, the flow type');

    const outside = copyOf('base', 'outside');
    const edited = readStack(outside);
    edited.resource.genesyscloud_flow[callId].filepath = '../../../../etc/passwd';
    writeStack(outside, edited);
    expectFailure([dirs.base, outside], `flow genesyscloud_flow.${callId} of stacks/dev/cdk.tf.json: filepath "../../../../etc/passwd" leaves the stack directory`);
  });
});

describe('queueLiterals', () => {
  it('keeps the values an expression can yield, not those it compares with', () => {
    expect(queueLiterals('If(Flow.x == "billing", "dev-Billing", If("sales" != Flow.x, "dev-General", "dev-Sales"))')).toEqual(['dev-Billing', 'dev-General', 'dev-Sales']);
  });
});
