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
import { runSynth } from '../../stacks/app';
import { OVERRIDE_WARNING, requireTerraform, StandInWorkspace } from './standin';

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

/** Validates each stack directory; the workspace is created and removed here. */
export function validateStacks(stackDirs: readonly string[], env: NodeJS.ProcessEnv = process.env): ValidateResult[] {
  const ws = new StandInWorkspace(env);
  try {
    return stackDirs.map((stackDir) => {
      const copy = ws.copyStack(stackDir);
      const run = ws.terraform(['validate', '-json', '-no-color'], copy);
      let report: { valid: boolean; diagnostics?: JsonDiagnostic[] };
      try {
        report = JSON.parse(run.stdout);
      } catch {
        // Terraform failed before it could validate (it printed why on stderr).
        report = { valid: false, diagnostics: [{ severity: 'error', summary: 'terraform validate failed', detail: (run.stderr || run.stdout).trim() }] };
      }
      const diagnostics = (report.diagnostics ?? []).filter((d) => d.summary !== OVERRIDE_WARNING);
      return { stackDir, valid: report.valid && run.status === 0, diagnostics };
    });
  } finally {
    ws.dispose();
  }
}

/** Terraform's diagnostic, as Terraform words it, with where it points. */
export function formatDiagnostic(d: JsonDiagnostic): string {
  const head = `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}`;
  const where = d.range ? `\n  on ${d.range.filename} line ${d.range.start.line}${d.snippet?.context ? `, in ${d.snippet.context}` : ''}:` : '';
  const code = d.snippet?.code ? `\n  ${d.snippet.code.trim()}` : '';
  const detail = d.detail ? `\n\n${d.detail.replace(/^/gm, '  ')}` : '';
  return `${head}${where}${code}${detail}`;
}

/** The command line: stack directories, or environment names (none: every environment). Every mistake is named. */
export function parseValidateArgs(args: readonly string[]): { readonly dirs: readonly string[]; readonly names: readonly string[] } {
  const dirs: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--stack-dir') {
      const dir = args[++i];
      if (!dir || dir.startsWith('-')) throw new Error(`--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not ${dir === undefined ? 'nothing' : JSON.stringify(dir)}`);
      dirs.push(dir);
    } else if (!args[i].startsWith('-')) {
      names.push(args[i]);
    } else {
      throw new Error(`unknown argument "${args[i]}"; name environments, use --stack-dir <dir>, or give nothing to synthesize and validate every stack`);
    }
  }
  if (names.length > 0 && dirs.length > 0) throw new Error('name environments or give --stack-dir, not both');
  return { dirs, names };
}

function main(args: string[]): number {
  requireTerraform();
  const parsed = parseValidateArgs(args);
  const dirs = [...parsed.dirs];
  const names = parsed.names;
  if (dirs.length === 0) {
    const outdir = 'cdktf.out';
    if (runSynth(DEFAULT_ENVIRONMENTS, outdir, console, names.length > 0 ? { only: names } : {}) !== 0) return 1;
    const listed = DEFAULT_ENVIRONMENTS.map((e) => e.name).filter((n) => names.length === 0 || names.includes(n));
    dirs.push(...listed.map((n) => path.join(outdir, 'stacks', n)));
  }
  let failed = 0;
  for (const r of validateStacks(dirs)) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    if (r.valid) {
      console.log(`valid: ${r.stackDir}${r.diagnostics.length ? ` (${r.diagnostics.length} warning(s))` : ''}`);
    } else {
      failed++;
      console.log(`INVALID: ${r.stackDir} (${errors} error(s))`);
    }
    for (const d of r.diagnostics) console.log(`${formatDiagnostic(d).replace(/^/gm, '  ')}\n`);
  }
  console.log(`${dirs.length - failed} valid, ${failed} invalid`);
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(`validate: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
