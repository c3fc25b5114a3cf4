/**
 * npm run flow-diff -- <base-dir> <head-dir> [--json | --markdown [--pictures <dir>]]
 *
 * Compares two synthesized outputs (cdktf.out directories) and says, per
 * environment and flow, what changed: flows added, removed or renamed;
 * actions added, removed or changed; messages; data actions and queues now
 * used or no longer used; which flows will be republished, and why
 * (docs/flow-diff.md). --json prints the same as one JSON document, an error
 * included (`{"error": "..."}`). --markdown prints it for a pull request's job
 * summary, with `--pictures` (what `npm run diagrams --out <dir>` wrote for the
 * head's code) each changed or added flow's picture as Mermaid. Exit code 0 whenever the comparison ran, a
 * difference or not; 1 for a mistake on the command line or in the input.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ValidationError } from '../../constructs/validation';
import { PictureIndex, readPictureIndex } from '../diagrams/picture-index';
import { CommandLineError, parseCommandLine } from '../cli/args';
import { diffOutputs, FlowDiffReport } from './diff';
import { formatJson, formatMarkdown, formatWords, PictureLookup } from './format';
import { readOutput } from './read';

export const USAGE = 'usage: npm run flow-diff -- <base-dir> <head-dir> [--json | --markdown [--pictures <dir>]]';

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export interface FlowDiffOptions {
  readonly base: string;
  readonly head: string;
  readonly json: boolean;
  readonly markdown: boolean;
  /** The pictures' directory, for --markdown. */
  readonly pictures: string | null;
}

/** The command line, every mistake named. */
export function parseFlowDiffArgs(args: readonly string[]): FlowDiffOptions {
  const { values, positionals } = parseCommandLine(args, {
    usage: USAGE,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, markdown: { type: 'boolean' }, pictures: { type: 'string', needs: 'a directory' } },
  });
  if (positionals.length !== 2) {
    const got = positionals.length === 0 ? 'none' : `${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(', ')}`;
    throw new CommandLineError(`give two directories, <base-dir> and <head-dir> (got ${got}); ${USAGE}`);
  }
  const [base, head] = positionals;
  for (const [name, value] of [['<base-dir>', base], ['<head-dir>', head]] as const) {
    if (value.trim() === '') throw new CommandLineError(`${name} is empty: give a directory; ${USAGE}`);
  }
  const json = values.json ?? false;
  const markdown = values.markdown ?? false;
  if (json && markdown) throw new CommandLineError(`give --json or --markdown, not both; ${USAGE}`);
  const pictures = values.pictures ?? null;
  if (pictures !== null) {
    if (!markdown) throw new CommandLineError(`--pictures goes with --markdown, which draws them; ${USAGE}`);
    if (pictures.trim() === '' || !fs.existsSync(pictures) || !fs.statSync(pictures).isDirectory()) {
      throw new CommandLineError(`--pictures needs the directory \`npm run diagrams -- --out <dir>\` wrote, not ${JSON.stringify(pictures)}; ${USAGE}`);
    }
  }
  return { base, head, json, markdown, pictures };
}

/** Reads both outputs and compares them. */
export function flowDiff(base: string, head: string): FlowDiffReport {
  return diffOutputs(readOutput(base, '<base-dir>'), readOutput(head, '<head-dir>'));
}

/**
 * The Mermaid text of head's flows, from the pictures `npm run diagrams` wrote
 * under `dir`: found by name in each environment's index, read on demand.
 * Every mistake (no index, a flow it does not list, a file gone) is a
 * ValidationError naming --pictures: pictures of other code than head's would
 * mislead a reviewer.
 */
export function picturesIn(dir: string): PictureLookup {
  const what = `--pictures ${JSON.stringify(dir)}`;
  const indexes = new Map<string, PictureIndex>();
  return (environment, flowName) => {
    let index = indexes.get(environment);
    if (!index) {
      index = readPictureIndex(dir, environment, what);
      indexes.set(environment, index);
    }
    const entry = index.flows.find((f) => f.name === flowName);
    const fail = (problem: string): never => {
      throw new ValidationError(what, [problem], `${what}: ${problem}`);
    };
    if (!entry) return fail(`environment ${JSON.stringify(environment)} has no picture of flow ${JSON.stringify(flowName)}: draw them with \`npm run diagrams\` from the same code as <head-dir>`);
    const file = path.join(dir, environment, entry.mermaid);
    try {
      return { mermaid: fs.readFileSync(file, 'utf8'), actions: entry.actions };
    } catch {
      return fail(`${path.join(environment, entry.mermaid)}, the picture of flow ${JSON.stringify(flowName)}, cannot be read`);
    }
  };
}

/** `npm run flow-diff`: the exit code; with --json, the output is one JSON document whatever happens, the error too. */
export function flowDiffCli(args: readonly string[], out: Output = console): number {
  const json = args.includes('--json');
  try {
    const o = parseFlowDiffArgs(args);
    const report = flowDiff(o.base, o.head);
    if (o.json) out.log(formatJson(report));
    else if (o.markdown) out.log(formatMarkdown(report, o.pictures === null ? {} : { picture: picturesIn(o.pictures) }).trimEnd());
    else for (const line of formatWords(report)) out.log(line);
    return 0;
  } catch (err) {
    // A user's mistake (command line, input) is its message; anything else is a bug, and surfaces with its stack trace.
    if (!ValidationError.isValidationError(err)) throw err;
    if (json) out.log(JSON.stringify({ error: `flow-diff: ${(err as Error).message}` }, null, 2));
    else out.error(`flow-diff: ${(err as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = flowDiffCli(process.argv.slice(2));
}
