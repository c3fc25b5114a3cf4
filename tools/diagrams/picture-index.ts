/**
 * `<out>/<env>/index.json`, written by `npm run diagrams` next to the
 * pictures: which files draw which flow. A flow's file name is its slug, and
 * two names can make one slug (the later flow then gets a number), so a reader
 * such as `flow-diff --pictures` finds a flow's picture by name here, never by
 * guessing the slug.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ValidationError } from '../../constructs/validation';

export const PICTURE_INDEX_FILE = 'index.json';
/** Raised when a field changes meaning or goes. */
export const PICTURE_INDEX_FORMAT = 1;

/** An action's node in the pictures, and its path of names (task, parents, own name), as the flow diff names actions. */
export interface PictureAction {
  /** The node's id in the Mermaid text, e.g. `n7`. */
  readonly node: string;
  readonly path: readonly string[];
}

export interface PictureEntry {
  /** The flow's name, as its YAML has it. */
  readonly name: string;
  /** File names in the same directory. */
  readonly svg: string;
  readonly mermaid: string;
  /** Every action drawn, in the order of the model. */
  readonly actions: readonly PictureAction[];
}

export interface PictureIndex {
  readonly format: number;
  readonly environment: string;
  readonly flows: readonly PictureEntry[];
}

export function writePictureIndex(dir: string, index: PictureIndex): string {
  const file = path.join(dir, PICTURE_INDEX_FILE);
  fs.writeFileSync(file, `${JSON.stringify(index, null, 2)}\n`);
  return file;
}

/** A file name in the index's own directory: no separator, no `..`, the given extension. */
const plainFileName = (x: unknown, ext: string): x is string =>
  typeof x === 'string' && x.endsWith(ext) && x.length > ext.length && path.basename(x) === x && !x.includes('\\') && x !== '..' && !x.includes('\0');

/**
 * Reads and checks the index of one environment's pictures. `what` names the
 * input in errors (e.g. `--pictures "out/pics"`). Every mistake is a
 * ValidationError that names the file and the field.
 */
export function readPictureIndex(dir: string, environment: string, what: string): PictureIndex {
  const file = path.join(dir, environment, PICTURE_INDEX_FILE);
  const fail = (problem: string): never => {
    throw new ValidationError(what, [problem], `${what}: ${problem}`);
  };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return fail(`${path.join(environment, PICTURE_INDEX_FILE)} does not exist: draw the pictures of environment ${JSON.stringify(environment)} with \`npm run diagrams -- --out <dir>\` from the same code as the head output`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return fail(`${path.join(environment, PICTURE_INDEX_FILE)} is not JSON: ${(err as Error).message}`);
  }
  const where = path.join(environment, PICTURE_INDEX_FILE);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail(`${where} is not an object`);
  const d = data as Record<string, unknown>;
  if (d.format !== PICTURE_INDEX_FORMAT) return fail(`${where}: field "format" is ${JSON.stringify(d.format)}; this flow-diff reads format ${PICTURE_INDEX_FORMAT}`);
  if (d.environment !== environment) return fail(`${where}: field "environment" is ${JSON.stringify(d.environment)}, not ${JSON.stringify(environment)}`);
  if (!Array.isArray(d.flows)) return fail(`${where}: field "flows" is not a list`);
  const flows = d.flows.map((f: unknown, i: number): PictureEntry => {
    if (typeof f !== 'object' || f === null) return fail(`${where}: flows[${i}] is not an object`);
    const e = f as Record<string, unknown>;
    if (typeof e.name !== 'string' || e.name === '') return fail(`${where}: flows[${i}].name is not a flow name: ${JSON.stringify(e.name)}`);
    if (!plainFileName(e.svg, '.svg')) return fail(`${where}: flows[${i}].svg is not a file name ending in .svg in the same directory: ${JSON.stringify(e.svg)}`);
    if (!plainFileName(e.mermaid, '.mmd')) return fail(`${where}: flows[${i}].mermaid is not a file name ending in .mmd in the same directory: ${JSON.stringify(e.mermaid)}`);
    if (!Array.isArray(e.actions)) return fail(`${where}: flows[${i}].actions is not a list`);
    const actions = e.actions.map((a: unknown, j: number): PictureAction => {
      const x = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
      // A node id goes into Mermaid text as it is: only the writer's own form, n<number>.
      if (typeof x.node !== 'string' || !/^n[1-9]\d{0,6}$/.test(x.node)) return fail(`${where}: flows[${i}].actions[${j}].node is not a node id such as "n7": ${JSON.stringify(x.node)}`);
      if (!Array.isArray(x.path) || x.path.length === 0 || !x.path.every((n) => typeof n === 'string')) return fail(`${where}: flows[${i}].actions[${j}].path is not a list of names`);
      return { node: x.node, path: x.path as string[] };
    });
    return { name: e.name, svg: e.svg, mermaid: e.mermaid, actions };
  });
  const names = flows.map((f) => f.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) return fail(`${where}: flow ${JSON.stringify(twice)} is listed twice`);
  return { format: PICTURE_INDEX_FORMAT, environment, flows };
}
