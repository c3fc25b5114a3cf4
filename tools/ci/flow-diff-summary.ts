/**
 * npm run --silent flow-diff:summary -- <base checkout> [--summary <file>]
 *
 * What a pull request changes in the flows, in words and pictures, for the
 * job summary. Run in the pull request's checkout, with the base branch's
 * checked out and installed beside it (`npm ci`). The base is synthesized by
 * its own code (`npm run synth` there); this checkout's environments are
 * synthesized, drawn and compared in this process, by this code, so the
 * pictures show what would be published. The diff in words goes to stderr
 * (the job's log); the Markdown (docs/flow-diff.md) is appended to
 * `--summary`, else to `$GITHUB_STEP_SUMMARY`, else written to stdout. No
 * credentials, no network.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_ENVIRONMENTS } from '../../config';
import { ValidationError } from '../../constructs/validation';
import { synthEnvironments } from '../../stacks/app';
import { exitWith } from '../cli/main';
import { CommandLineError, parseCommandLine } from '../cli/args';
import { drawEnvironments } from '../diagrams/cli';
import { flowDiff, picturesIn } from '../flow-diff/cli';
import { formatMarkdown, formatWords } from '../flow-diff/format';

const USAGE = 'usage: npm run --silent flow-diff:summary -- <base checkout> [--summary <file>]';
const ROOT = path.resolve(__dirname, '..', '..');

export interface SummaryOptions {
  /** The base branch's checkout, installed. */
  readonly base: string;
  /** Where the Markdown is appended; undefined: stdout. */
  readonly summary?: string;
}

export function parseSummaryArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): SummaryOptions {
  const { values, positionals } = parseCommandLine(args, { usage: USAGE, allowPositionals: true, options: { summary: { type: 'string', needs: 'a file' } } });
  if (positionals.length !== 1 || positionals[0].trim() === '') throw new CommandLineError(`give one directory, the base branch's checkout; ${USAGE}`);
  const base = positionals[0];
  if (!fs.existsSync(path.join(base, 'package.json'))) throw new CommandLineError(`${JSON.stringify(base)} is no checkout: it has no package.json; ${USAGE}`);
  if (!fs.existsSync(path.join(base, 'node_modules'))) throw new CommandLineError(`${JSON.stringify(base)} is not installed: run npm ci there first; ${USAGE}`);
  const summary = values.summary ?? (env.GITHUB_STEP_SUMMARY || undefined);
  if (summary !== undefined && (summary.trim() === '' || (fs.existsSync(summary) && !fs.statSync(summary).isFile()))) {
    throw new CommandLineError(`--summary needs a file to append the Markdown to, not ${JSON.stringify(summary)}; ${USAGE}`);
  }
  return { base, summary };
}

export interface SummaryRun {
  /** The diff in words, for the log. */
  readonly words: readonly string[];
  readonly markdown: string;
}

/**
 * Synthesizes the base with its own `npm run synth`, then `definitions` (this
 * code's environments) into `headOut`, draws them into a temporary directory
 * (removed before returning) and compares. A base that does not synthesize is
 * a ValidationError with its output.
 */
export async function summarizeFlowChanges(base: string, headOut: string, definitions: readonly unknown[] = DEFAULT_ENVIRONMENTS): Promise<SummaryRun> {
  // The base writes where its own synth says (cdktf.out), whatever this process's environment holds.
  const env = { ...process.env };
  delete env.CDKTF_OUTDIR;
  const synth = spawnSync('npm', ['run', '--silent', 'synth'], { cwd: base, env, encoding: 'utf8' });
  if (synth.error) throw new ValidationError('the base', [`npm could not be started: ${synth.error.message}`]);
  if (synth.status !== 0) throw new ValidationError('the base', [`npm run synth failed in ${base} (exit ${synth.status}): ${`${synth.stderr}${synth.stdout}`.trim().slice(-2000)}`]);
  synthEnvironments(definitions, headOut);
  const pictures = fs.mkdtempSync(path.join(os.tmpdir(), 'flow-diff-pictures-'));
  try {
    await drawEnvironments(definitions, { environments: [], out: pictures });
    const report = flowDiff(path.join(base, 'cdktf.out'), headOut);
    return { words: formatWords(report), markdown: formatMarkdown(report, { picture: picturesIn(pictures) }) };
  } finally {
    fs.rmSync(pictures, { recursive: true, force: true });
  }
}

export interface SummaryIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** `npm run flow-diff:summary`: the exit code. A mistake (command line, a base that does not synthesize) is its message; a bug surfaces. */
export async function flowDiffSummaryCli(
  args: readonly string[],
  io: SummaryIo = { stdout: process.stdout, stderr: process.stderr },
  headOut = path.join(ROOT, 'cdktf.out'),
  /** @default summarizeFlowChanges: a test gives its own, to check what the command does with the result */
  summarize: (base: string, headOut: string) => Promise<SummaryRun> = summarizeFlowChanges,
): Promise<number> {
  try {
    const o = parseSummaryArgs(args);
    const run = await summarize(o.base, headOut);
    io.stderr.write(`${run.words.join('\n')}\n`);
    if (o.summary !== undefined) {
      fs.appendFileSync(o.summary, run.markdown);
      io.stderr.write(`flow-diff:summary: the Markdown was appended to ${o.summary}\n`);
    } else {
      io.stdout.write(run.markdown);
    }
    return 0;
  } catch (err) {
    if (!ValidationError.isValidationError(err)) throw err;
    io.stderr.write(`flow-diff:summary: ${(err as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) exitWith(flowDiffSummaryCli(process.argv.slice(2)));
