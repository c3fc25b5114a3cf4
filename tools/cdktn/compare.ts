/**
 * Compares two synthesized outputs (cdktf.out) file by file, ignoring only
 * what names the runtime that wrote them: `version` in manifest.json and
 * `//.metadata.version` in each stack's cdk.tf.json. Every other byte counts:
 * the set of files (the assets' directories carry content hashes), the
 * assets' bytes, and the JSON files' content, key order and layout.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface Comparison {
  /** Files in the first output. */
  readonly files: number;
  /** Each ignored value, `file field: a -> b`. */
  readonly ignored: readonly string[];
  /** Each difference, one sentence. Empty when the outputs are the same but for the ignored values. */
  readonly differences: readonly string[];
}

function filesOf(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Where a file keeps the runtime's version, or undefined for a file compared byte for byte. */
function versionPath(file: string): readonly string[] | undefined {
  if (file === 'manifest.json') return ['version'];
  if (/^stacks\/[^/]+\/cdk\.tf\.json$/.test(file)) return ['//', 'metadata', 'version'];
  return undefined;
}

/** Removes the value at `at` and returns it (undefined when absent). */
function take(json: unknown, at: readonly string[]): unknown {
  const parent = at.slice(0, -1).reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), json);
  if (parent === null || typeof parent !== 'object') return undefined;
  const key = at[at.length - 1];
  const value = (parent as Record<string, unknown>)[key];
  delete (parent as Record<string, unknown>)[key];
  return value;
}

/** The first line where two texts differ, for the message. */
function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && la[i] === lb[i]) i++;
  return `line ${i + 1}: ${JSON.stringify(la[i] ?? '(end)')} / ${JSON.stringify(lb[i] ?? '(end)')}`;
}

export function compareOutputs(a: string, b: string): Comparison {
  const ignored: string[] = [];
  const differences: string[] = [];
  const fa = filesOf(a);
  const fb = filesOf(b);
  for (const f of fa) if (!fb.includes(f)) differences.push(`${f}: only in ${a}`);
  for (const f of fb) if (!fa.includes(f)) differences.push(`${f}: only in ${b}`);
  for (const f of fa.filter((x) => fb.includes(x))) {
    const ta = fs.readFileSync(path.join(a, f), 'utf8');
    const tb = fs.readFileSync(path.join(b, f), 'utf8');
    const at = versionPath(f);
    if (!at) {
      if (ta !== tb) differences.push(`${f}: the content differs (${firstDifference(ta, tb)})`);
      continue;
    }
    let ja: unknown;
    let jb: unknown;
    try {
      ja = JSON.parse(ta);
      jb = JSON.parse(tb);
    } catch (err) {
      differences.push(`${f}: is not JSON on both sides (${(err as Error).message})`);
      continue;
    }
    const [va, vb] = [take(ja, at), take(jb, at)];
    ignored.push(`${f} ${at.join('.')}: ${JSON.stringify(va)} -> ${JSON.stringify(vb)}`);
    if (JSON.stringify(ja) !== JSON.stringify(jb)) {
      differences.push(`${f}: the content or the key order differs (${firstDifference(JSON.stringify(ja, null, 1), JSON.stringify(jb, null, 1))})`);
      continue;
    }
    // The same content: the text must be the same too, but for the version where the runtime writes it.
    const mask = (text: string, v: unknown) => text.replace(`"${at[at.length - 1]}": ${JSON.stringify(v)}`, '"version": "<ignored>"');
    const [ma, mb] = [mask(ta, va), mask(tb, vb)];
    if (ma !== mb) differences.push(`${f}: the same content, written differently (${firstDifference(ma, mb)})`);
  }
  return { files: fa.length, ignored, differences };
}
