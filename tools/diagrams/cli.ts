/**
 * npm run diagrams [-- <env>...] [--out <dir>]
 *
 * Draws every flow each environment deploys (every environment the
 * configuration lists, or the named ones), from the flow model its YAML is
 * written from: `<out>/<env>/<flow slug>.svg`, laid out by Graphviz, and
 * `<flow slug>.mmd`, the same graph as Mermaid text, and `index.json`, which
 * file draws which flow (picture-index.ts). The default out is `diagrams/`.
 * No network, no Terraform, no credentials; the stacks are built
 * in memory and nothing is left in the temp directory. Files of flows no
 * longer deployed are not removed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EnvironmentConfig, DEFAULT_ENVIRONMENTS, loadEnvironments } from '../../config';
import { ArchitectFlow, flowSlug } from '../../constructs/flows/architect-flow';
import { ValidationError } from '../../constructs/validation';
import { EnvironmentStack } from '../../stacks/environment-stack';
import { memoryApp } from '../../stacks/memory-app';
import { exitWith } from '../cli/main';
import { CommandLineError, parseCommandLine } from '../cli/args';
import { flowSvg, toDot } from './dot';
import { flowGraph } from './graph';
import { toMermaid } from './mermaid';
import { PICTURE_INDEX_FORMAT, PictureAction, writePictureIndex } from './picture-index';

const USAGE = 'usage: npm run diagrams [-- <environment>...] [--out <dir>]';
export const DEFAULT_OUT = 'diagrams';

export interface DiagramsOptions {
  /** Environment names; empty: every environment. */
  readonly environments: readonly string[];
  readonly out: string;
}

/** The command line, every mistake named. Environment names are checked against the configuration in `drawEnvironments`. */
export function parseDiagramsArgs(args: readonly string[]): DiagramsOptions {
  const { values, positionals } = parseCommandLine(args, {
    usage: USAGE,
    allowPositionals: true,
    options: { out: { type: 'string', needs: 'a directory' } },
  });
  const out = values.out ?? DEFAULT_OUT;
  if (out.trim() === '' || (fs.existsSync(out) && !fs.statSync(out).isDirectory())) {
    throw new CommandLineError(`--out needs a directory to write the pictures to, not ${JSON.stringify(out)}; ${USAGE}`);
  }
  return { environments: [...new Set(positionals)], out };
}

/** The pictures of one flow. */
export interface FlowPictures {
  readonly flowName: string;
  /** The file name without its extension. */
  readonly slug: string;
  readonly dot: string;
  readonly svg: string;
  readonly mermaid: string;
  /** Each action's node and its path of names (picture-index.ts). */
  readonly actions: readonly PictureAction[];
}

/** The pictures of every flow of one environment's stack, in the order of the construct tree. */
export async function picturesOf(stack: EnvironmentStack): Promise<FlowPictures[]> {
  const flows = stack.node.findAll().filter((c): c is ArchitectFlow => ArchitectFlow.isArchitectFlow(c));
  const taken = new Set<string>();
  const pictures: FlowPictures[] = [];
  for (const flow of flows) {
    // Two names can make one slug ("A b", "a-b"): the later flow gets a number, so neither file overwrites the other.
    const base = flowSlug(flow.flowName);
    let slug = base;
    for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
    taken.add(slug);
    const graph = flowGraph(flow.model);
    const actions = graph.nodes.flatMap((n) => (n.path ? [{ node: n.id, path: n.path }] : []));
    pictures.push({ flowName: flow.flowName, slug, dot: toDot(graph), svg: await flowSvg(graph), mermaid: toMermaid(graph), actions });
  }
  return pictures;
}

/** The configurations of the named environments (all when none is named); an unknown name is refused by name. */
export function chosenEnvironments(definitions: readonly unknown[], names: readonly string[]): EnvironmentConfig[] {
  const nameOf = (d: unknown) => (typeof d === 'object' && d !== null ? (d as { name?: unknown }).name : undefined);
  const listed = definitions.map(nameOf).filter((n): n is string => typeof n === 'string');
  const unknown = names.filter((n) => !listed.includes(n));
  if (unknown.length > 0) {
    const which = unknown.map((n) => JSON.stringify(n)).join(', ');
    throw new CommandLineError(`unknown environment ${which}: the configuration lists ${listed.map((n) => JSON.stringify(n)).join(', ')}; ${USAGE}`);
  }
  return loadEnvironments(names.length === 0 ? definitions : definitions.filter((d) => names.includes(nameOf(d) as string)));
}

export interface DrawnEnvironment {
  readonly environment: string;
  /** The files written, SVG then Mermaid for each flow. */
  readonly files: readonly string[];
  /** The index of those files (`index.json`). */
  readonly index: string;
}

/** Builds each chosen environment's stack in memory and writes its pictures under `out/<env>/`. */
export async function drawEnvironments(definitions: readonly unknown[], options: DiagramsOptions): Promise<DrawnEnvironment[]> {
  const configs = chosenEnvironments(definitions, options.environments);
  const drawn: DrawnEnvironment[] = [];
  for (const config of configs) {
    const pictures = await picturesOf(new EnvironmentStack(memoryApp(), { config }));
    const dir = path.join(options.out, config.name);
    fs.mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const p of pictures) {
      for (const [file, text] of [
        [path.join(dir, `${p.slug}.svg`), p.svg],
        [path.join(dir, `${p.slug}.mmd`), p.mermaid],
      ]) {
        fs.writeFileSync(file, text);
        files.push(file);
      }
    }
    const index = writePictureIndex(dir, {
      format: PICTURE_INDEX_FORMAT,
      environment: config.name,
      flows: pictures.map((p) => ({ name: p.flowName, svg: `${p.slug}.svg`, mermaid: `${p.slug}.mmd`, actions: p.actions })),
    });
    drawn.push({ environment: config.name, files, index });
  }
  return drawn;
}

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** `npm run diagrams`: the exit code. A user's mistake (command line, configuration) is its message and 1; a bug surfaces. */
export async function diagramsCli(args: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }, definitions: readonly unknown[] = DEFAULT_ENVIRONMENTS): Promise<number> {
  try {
    const options = parseDiagramsArgs(args);
    for (const d of await drawEnvironments(definitions, options)) {
      io.stdout.write(`${d.environment}: ${d.files.length / 2} flows drawn in ${path.join(options.out, d.environment)}${path.sep}\n`);
      for (const f of [...d.files, d.index]) io.stdout.write(`  ${path.basename(f)}\n`);
    }
    return 0;
  } catch (err) {
    if (!ValidationError.isValidationError(err)) throw err;
    io.stderr.write(`diagrams: ${(err as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) exitWith(diagramsCli(process.argv.slice(2)));
