/**
 * npm run permissions:generate -- <platform-client-sdk-cli> [--check]
 *
 * Writes `constructs/auth/permission-catalog.json`: every permission a
 * Platform API operation asks for, as Genesys's own CLI
 * (MyPureCloud/platform-client-sdk-cli, generated from the API's definition)
 * states it for each operation (`utils.FormatPermissions([]string{...})` in
 * its Go source). Give it a clone or a bare mirror of that repository: this
 * reads its HEAD with git and needs no network. `--check` writes nothing and
 * exits 1 when the committed catalog differs. Only facts are kept: names, and
 * the repository and commit they came from.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ValidationError } from '../../constructs/validation';
import { CATALOG_FILE, PermissionCatalog } from '../../constructs/auth/permission-catalog';
import { PERMISSION } from '../../constructs/auth/permissions';
import { CommandLineError, parseCommandLine } from '../cli/args';

const USAGE = 'usage: npm run permissions:generate -- <platform-client-sdk-cli clone or mirror> [--check]';
const SOURCE_REPO = 'MyPureCloud/platform-client-sdk-cli';
const OPERATION = /utils\.FormatPermissions\(\[\]string\{([^}]*)\}\)/g;

export function parsePermissionArgs(args: readonly string[]): { readonly repo: string; readonly check: boolean } {
  const { values, positionals } = parseCommandLine(args, { usage: USAGE, allowPositionals: true, options: { check: { type: 'boolean' } } });
  if (positionals.length !== 1 || positionals[0].trim() === '') throw new CommandLineError(`give one directory, a clone or mirror of ${SOURCE_REPO}; ${USAGE}`);
  return { repo: positionals[0], check: values.check ?? false };
}

const git = (repo: string, ...args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** The catalog of the repository's HEAD. */
export function catalogOf(repo: string): PermissionCatalog {
  if (!fs.existsSync(repo) || !fs.statSync(repo).isDirectory()) throw new CommandLineError(`${JSON.stringify(repo)} is no directory; ${USAGE}`);
  const head = git(repo, 'rev-parse', 'HEAD');
  if (head.error) throw new CommandLineError(`git could not be started: ${head.error.message}`);
  if (head.status !== 0) throw new CommandLineError(`${JSON.stringify(repo)} is not a git repository with a commit: ${head.stderr.trim()}`);
  const grep = git(repo, 'grep', '-h', '-o', '-E', 'utils\\.FormatPermissions\\(\\[\\]string\\{[^}]*\\}\\)', 'HEAD', '--', '*.go');
  const names = new Set<string>();
  // Only domain:entity:action names: the source's comments among the lists ("admin", a sentence) are not permissions.
  for (const m of grep.stdout.matchAll(OPERATION)) for (const q of m[1].matchAll(/"([^"]+)"/g)) if (PERMISSION.test(q[1])) names.add(q[1]);
  if (names.size === 0) throw new ValidationError(repo, [`no operation of ${JSON.stringify(repo)} states its permissions: is it a clone of ${SOURCE_REPO}?`]);
  return { source: { repo: SOURCE_REPO, commit: head.stdout.trim() }, permissions: [...names].sort() };
}

export const catalogText = (c: PermissionCatalog) => `${JSON.stringify(c, null, 2)}\n`;

export function permissionCatalogCli(args: readonly string[], out: { log(l: string): void; error(l: string): void } = console): number {
  try {
    const o = parsePermissionArgs(args);
    const text = catalogText(catalogOf(o.repo));
    if (o.check) {
      const same = fs.existsSync(CATALOG_FILE) && fs.readFileSync(CATALOG_FILE, 'utf8') === text;
      out.log(same ? `${path.relative(process.cwd(), CATALOG_FILE)} is what ${o.repo} gives` : `${path.relative(process.cwd(), CATALOG_FILE)} differs from what ${o.repo} gives: run without --check`);
      return same ? 0 : 1;
    }
    fs.writeFileSync(CATALOG_FILE, text);
    out.log(`wrote ${path.relative(process.cwd(), CATALOG_FILE)}: ${JSON.parse(text).permissions.length} permissions`);
    return 0;
  } catch (err) {
    if (!ValidationError.isValidationError(err)) throw err;
    out.error(`permissions:generate: ${(err as Error).message}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = permissionCatalogCli(process.argv.slice(2));
