/**
 * npm run validate                         synthesize, then validate every stack
 * npm run validate -- <env>...             synthesize and validate those environments only
 * npm run validate -- --stack-dir <dir>    validate one synthesized stack directory
 *
 * Runs `terraform validate` against the offline stand-in provider and shows
 * Terraform's own diagnostics. Exits 1 on any error, and 1 where Terraform is absent.
 */
import * as path from 'path';
import { DEFAULT_ENVIRONMENTS } from '../../config';
import { Console, runSynth } from '../../stacks/app';
import { CommandLineError, parseCommandLine } from '../cli/args';
import { inWorkspace, isUserFacing, requireTerraform, StandInOptions } from './standin';

interface JsonDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  range?: { filename: string; start: { line: number; column: number } };
  snippet?: { code?: string; context?: string | null };
}

export interface ValidateResult {
  readonly stackDir: string;
  readonly valid: boolean;
  readonly diagnostics: readonly JsonDiagnostic[];
}

/** Validates each stack directory, in `options.workspace` or a workspace of its own. */
export function validateStacks(stackDirs: readonly string[], options: StandInOptions = {}): ValidateResult[] {
  return inWorkspace(options, (ws) =>
    stackDirs.map((stackDir) => {
      const copy = ws.copyStack(stackDir);
      const run = ws.terraform(['validate', '-json', '-no-color'], copy);
      let report: { valid: boolean; diagnostics?: JsonDiagnostic[] };
      try {
        report = JSON.parse(run.stdout);
      } catch {
        // Terraform failed before it could validate (it printed why on stderr).
        report = { valid: false, diagnostics: [{ severity: 'error', summary: 'terraform validate failed', detail: (run.stderr || run.stdout).trim() }] };
      }
      return { stackDir, valid: report.valid && run.status === 0, diagnostics: report.diagnostics ?? [] };
    }),
  );
}

/** Terraform's diagnostic, as Terraform words it, with where it points. */
export function formatDiagnostic(d: JsonDiagnostic): string {
  const head = `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}`;
  const where = d.range ? `\n  on ${d.range.filename} line ${d.range.start.line}${d.snippet?.context ? `, in ${d.snippet.context}` : ''}:` : '';
  const code = d.snippet?.code ? `\n  ${d.snippet.code.trim()}` : '';
  const detail = d.detail ? `\n\n${d.detail.replace(/^/gm, '  ')}` : '';
  return `${head}${where}${code}${detail}`;
}

const USAGE = 'usage: npm run validate [-- <env>... | --stack-dir <dir>...]';

/** The command line: stack directories, or environment names (none: every environment). Every mistake is named. */
export function parseValidateArgs(args: readonly string[]): { readonly dirs: readonly string[]; readonly names: readonly string[] } {
  const { values, positionals } = parseCommandLine(args, {
    usage: USAGE,
    allowPositionals: true,
    options: { 'stack-dir': { type: 'string', multiple: true, needs: 'a directory, e.g. --stack-dir cdktf.out/stacks/<env>' } },
  });
  const dirs = values['stack-dir'] ?? [];
  // As --stack-dir=<dir> too: a directory, never empty and never what could pass for an option.
  for (const dir of dirs) {
    if (dir.trim() === '' || dir.startsWith('-')) throw new CommandLineError(`--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not ${JSON.stringify(dir)}`);
  }
  const names = [...positionals];
  if (names.length > 0 && dirs.length > 0) throw new CommandLineError('name environments or give --stack-dir, not both');
  return { dirs, names };
}

function main(args: readonly string[], out: Console): number {
  requireTerraform();
  const parsed = parseValidateArgs(args);
  const dirs = [...parsed.dirs];
  const names = parsed.names;
  if (dirs.length === 0) {
    const outdir = 'cdktf.out';
    if (runSynth(DEFAULT_ENVIRONMENTS, outdir, out, names.length > 0 ? { only: names } : {}) !== 0) return 1;
    const listed = DEFAULT_ENVIRONMENTS.map((e) => e.name).filter((n) => names.length === 0 || names.includes(n));
    dirs.push(...listed.map((n) => path.join(outdir, 'stacks', n)));
  }
  let failed = 0;
  for (const r of validateStacks(dirs)) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    if (r.valid) {
      out.log(`valid: ${r.stackDir}${r.diagnostics.length ? ` (${r.diagnostics.length} warning(s))` : ''}`);
    } else {
      failed++;
      out.log(`INVALID: ${r.stackDir} (${errors} error(s))`);
    }
    for (const d of r.diagnostics) out.log(`${formatDiagnostic(d).replace(/^/gm, '  ')}\n`);
  }
  out.log(`${dirs.length - failed} valid, ${failed} invalid`);
  return failed > 0 ? 1 : 0;
}

/** `npm run validate`: the exit code; a mistake (arguments, configuration, no Terraform) is one line on stderr, a bug its stack trace. */
export function validateCli(args: readonly string[], out: Console = console): number {
  try {
    return main(args, out);
  } catch (err) {
    if (!isUserFacing(err)) throw err;
    out.error(`validate: ${err.message}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = validateCli(process.argv.slice(2));
