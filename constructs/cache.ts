/**
 * A cache on disk for results that are pure functions of their inputs and
 * cost synth time: the flows' YAML and the capacity measurement. An entry is
 * named by a hash of everything its result depends on, so an entry is either
 * right or never found; a miss computes the result and keeps it. This is how
 * Jest, ESLint and Babel keep theirs, and where: `node_modules/.cache/`.
 *
 * GENESYS_ASYNC_WORKFLOW_CACHE moves it to another directory, or turns it off
 * with "off". A directory that cannot be read or written costs time, never a
 * failure.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

/** The variable that moves the cache (a directory) or turns it off ("off"). */
export const CACHE_VARIABLE = 'GENESYS_ASYNC_WORKFLOW_CACHE';

/** Where entries are kept when nothing says otherwise. */
export const DEFAULT_CACHE_ROOT = path.join(ROOT, 'node_modules', '.cache', 'genesys-async-workflow');

/** The cache root from the environment: a directory, or false for no cache. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string | false {
  const value = env[CACHE_VARIABLE];
  if (value === undefined || value.trim() === '') return DEFAULT_CACHE_ROOT;
  if (value.trim().toLowerCase() === 'off') return false;
  return path.resolve(value);
}

/**
 * The installed version of a package, for a key: read from its package.json,
 * found from where the package resolves (not all packages export that file).
 */
export function installedVersion(pkg: string): string {
  let version = versions.get(pkg);
  if (version === undefined) {
    version = readInstalledVersion(pkg);
    versions.set(pkg, version);
  }
  return version;
}

const versions = new Map<string, string>();

function readInstalledVersion(pkg: string): string {
  for (let dir = path.dirname(require.resolve(pkg)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (json.name === pkg && json.version) return json.version;
  }
  throw new Error(`the installed version of ${pkg} cannot be read`);
}

/** A hash of the parts, each kept apart from the next, as an entry's name. */
export function cacheKey(...parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(`${p.length}:`).update(p).update('\0');
  return hash.digest('hex');
}

export class DiskCache {
  /** The directory of this kind of entry, or false when caching is off. */
  readonly dir: string | false;

  /**
   * @param kind a directory name for this kind of entry, e.g. "flows"
   * @param root where the kinds live; false for no cache
   * @default root - `cacheRoot()` (node_modules/.cache/genesys-async-workflow)
   */
  constructor(kind: string, root: string | false = cacheRoot()) {
    if (!/^[a-z][a-z0-9-]*$/.test(kind)) throw new Error(`cache kind ${JSON.stringify(kind)} must be lower-case letters, digits or "-"`);
    this.dir = root === false ? false : path.join(root, kind);
  }

  /** The entry's text, or undefined when there is none (or it cannot be read). */
  read(key: string): string | undefined {
    if (this.dir === false) return undefined;
    try {
      return fs.readFileSync(path.join(this.dir, key), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Keeps an entry, replacing what was there; written whole or not at all. */
  write(key: string, text: string): void {
    if (this.dir === false) return;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const file = path.join(this.dir, key);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, file);
    } catch {
      // The cache only saves time.
    }
  }

  /** The entry for `key`, computed by `compute` and kept when there is none, or when `valid` refuses it. */
  getOrCompute(key: string, compute: () => string, valid: (text: string) => boolean = () => true): string {
    const cached = this.read(key);
    if (cached !== undefined && valid(cached)) return cached;
    const text = compute();
    this.write(key, text);
    return text;
  }
}
