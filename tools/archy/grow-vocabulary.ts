/**
 * npx tsx tools/archy/grow-vocabulary.ts <manifest.json> [--check]
 *
 * Grows `constructs/flows/archy/vocabulary.json` from Archy exports collected
 * on disk (no network), with the walk that checks flows (`vocabularyPairs`),
 * so the list holds exactly the forms that check accepts. The list only
 * grows: a pair no export shows any more is kept. Adds the exports used to
 * `vocabulary-sources.json` (repo, path, commit: facts, no contents), which
 * grows the same way: a manifest of new exports keeps the earlier sources.
 * --check writes nothing, prints the pairs missing and exits 1 if any are.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isCollection, parseDocument, visit } from 'yaml';
import { vocabularyPairs } from '../../constructs/flows/archy/vocabulary';

interface Entry {
  repo: string;
  path: string;
  commit: string;
  historical?: boolean;
  exportLike?: boolean;
  local?: string;
}
type Source = Pick<Entry, 'repo' | 'path' | 'commit'>;

const ARCHY = path.join(__dirname, '../../constructs/flows/archy');
const LIST = path.join(ARCHY, 'vocabulary.json');
const SOURCES = path.join(ARCHY, 'vocabulary-sources.json');
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Where the collector stored an entry: `<owner>__<repo>/[_history/<commit8>__]<path, / as __>`. */
function localFile(dir: string, e: Entry): string {
  const [owner, repo] = e.repo.split('/');
  const name = (e.historical ? `_history/${e.commit.slice(0, 8)}__` : '') + e.path.replace(/\//g, '__');
  return path.join(dir, e.local ?? `${owner}__${repo}/${name}`);
}

/** YAML 1.1, as the exports were written; undefined if the text is not YAML. */
function read(text: string): unknown {
  const doc = parseDocument(text, { version: '1.1' });
  if (doc.errors.length > 0) return undefined;
  // A `{{x}}` template placeholder reads as a flow mapping used as a key: structure no export has.
  let placeholderKey = false;
  visit(doc, { Pair: (_, pair) => void (placeholderKey ||= isCollection(pair.key)) });
  return placeholderKey ? undefined : doc.toJS();
}

/** The document of an export; `{{x}}` placeholders become plain names only where they break the YAML (an error, or a mapping key). */
function parseExport(text: string): unknown {
  return read(text) ?? (text.includes('{{') ? read(text.replace(PLACEHOLDER, (_, x: string) => x.trim().replace(/\W+/g, '_'))) : undefined);
}

const key = (s: Source) => [s.repo, s.path, s.commit].join('\0');
const compareSources = (a: Source, b: Source) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function main(argv: string[]): number {
  const manifest = argv.find((a) => !a.startsWith('--'));
  const check = argv.includes('--check');
  if (!manifest) {
    console.error('usage: grow-vocabulary.ts <manifest.json> [--check]');
    return 2;
  }
  const dir = path.dirname(path.resolve(manifest));
  const entries = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as Entry[]).filter((e) => e.exportLike !== false); // hand-written files teach nothing about exports
  const seen = new Set<string>();
  const used: Source[] = [];
  for (const e of entries) {
    const doc = parseExport(fs.readFileSync(localFile(dir, e), 'utf8'));
    if (doc === undefined) {
      console.warn(`skipped (not YAML): ${e.repo}:${e.path}@${e.commit.slice(0, 8)}`);
      continue;
    }
    vocabularyPairs(doc).forEach(({ pair }) => seen.add(pair));
    used.push({ repo: e.repo, path: e.path, commit: e.commit });
  }

  const before = JSON.parse(fs.readFileSync(LIST, 'utf8')) as string[];
  const after = [...new Set([...before, ...seen])].sort();
  const added = after.filter((p) => !before.includes(p));
  const earlier = fs.existsSync(SOURCES) ? (JSON.parse(fs.readFileSync(SOURCES, 'utf8')) as Source[]) : [];
  const byKey = new Map([...earlier, ...used].map((s) => [key(s), { repo: s.repo, path: s.path, commit: s.commit }]));
  const sources = json([...byKey.values()].sort(compareSources));
  console.log(`${used.length} of ${entries.length} exports read; pairs before ${before.length}, after ${after.length}, added ${added.length}`);
  if (check) {
    added.forEach((p) => console.log(`missing: ${p}`));
    if (!fs.existsSync(SOURCES) || fs.readFileSync(SOURCES, 'utf8') !== sources) console.log(`would rewrite ${path.relative(process.cwd(), SOURCES)}`);
    return added.length > 0 ? 1 : 0;
  }
  fs.writeFileSync(LIST, json(after));
  fs.writeFileSync(SOURCES, sources);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
