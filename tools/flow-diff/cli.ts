/**
 * npm run flow-diff -- <base-dir> <head-dir> [--json]
 *
 * Compares two synthesized outputs (cdktf.out directories) and says, per
 * environment and flow, what changed: flows added, removed or renamed;
 * actions added, removed or changed; messages; data actions and queues now
 * used or no longer used; which flows will be republished, and why
 * (docs/flow-diff.md). --json prints the same as one JSON document, an error
 * included (`{"error": "..."}`). Exit code 0 whenever the comparison ran, a
 * difference or not; 1 for a mistake on the command line or in the input.
 */
import { ValidationError } from '../../constructs/validation';
import { CommandLineError, parseCommandLine } from '../cli/args';
import { diffOutputs, FlowDiffReport } from './diff';
import { formatJson, formatWords } from './format';
import { readOutput } from './read';

export const USAGE = 'usage: npm run flow-diff -- <base-dir> <head-dir> [--json]';

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export interface FlowDiffOptions {
  readonly base: string;
  readonly head: string;
  readonly json: boolean;
}

/** The command line, every mistake named. */
export function parseFlowDiffArgs(args: readonly string[]): FlowDiffOptions {
  const { values, positionals } = parseCommandLine(args, { usage: USAGE, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (positionals.length !== 2) {
    const got = positionals.length === 0 ? 'none' : `${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(', ')}`;
    throw new CommandLineError(`give two directories, <base-dir> and <head-dir> (got ${got}); ${USAGE}`);
  }
  const [base, head] = positionals;
  for (const [name, value] of [['<base-dir>', base], ['<head-dir>', head]] as const) {
    if (value.trim() === '') throw new CommandLineError(`${name} is empty: give a directory; ${USAGE}`);
  }
  return { base, head, json: values.json ?? false };
}

/** Reads both outputs and compares them. */
export function flowDiff(base: string, head: string): FlowDiffReport {
  return diffOutputs(readOutput(base, '<base-dir>'), readOutput(head, '<head-dir>'));
}

/** `npm run flow-diff`: the exit code; with --json, the output is one JSON document whatever happens, the error too. */
export function flowDiffCli(args: readonly string[], out: Output = console): number {
  const json = args.includes('--json');
  try {
    const o = parseFlowDiffArgs(args);
    const report = flowDiff(o.base, o.head);
    if (o.json) out.log(formatJson(report));
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
