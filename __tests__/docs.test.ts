/**
 * The docs stay readable and true to the repository: every markdown table
 * row has as many cells as its header (a row spliced into another once went
 * unnoticed in the README), every npm script a user runs is in the README's
 * command table, every relative link leads to a file that exists, and every
 * Genesys permission they name is one the Platform API asks for (docs/ci.md
 * once listed names that do not exist).
 */
import * as fs from 'fs';
import * as path from 'path';
import { isKnownPermission, PERMISSION_CATALOG } from '../constructs/auth/permission-catalog';

const ROOT = path.resolve(__dirname, '..');
const DOCS = ['README.md', 'BENCHMARKS.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The lines of a markdown file outside fenced code blocks, with their numbers. */
function proseLines(text: string): { line: string; n: number }[] {
  const out: { line: string; n: number }[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (m) {
      if (fence === null) fence = m[1];
      else if (m[1].startsWith(fence)) fence = null;
      return;
    }
    if (fence === null) out.push({ line, n: i + 1 });
  });
  return out;
}

/** The cells of a table row: split on pipes that are neither escaped nor inside backticks. */
function cells(row: string): string[] {
  const body = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const result: string[] = [];
  let cell = '';
  let code = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) {
      cell += c + body[++i];
    } else if (c === '`') {
      code = !code;
      cell += c;
    } else if (c === '|' && !code) {
      result.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  result.push(cell);
  return result;
}

/** Each table's rows whose cell count differs from its header's. */
function tableProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = proseLines(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i];
    const rule = lines[i + 1];
    if (!header.line.trim().startsWith('|') || !/^\s*\|?\s*:?-{3,}/.test(rule.line) || rule.n !== header.n + 1) continue;
    const width = cells(header.line).length;
    for (let j = i + 2; j < lines.length && lines[j].line.trim().startsWith('|') && lines[j].n === lines[j - 1].n + 1; j++) {
      const got = cells(lines[j].line).length;
      if (got !== width) problems.push(`line ${lines[j].n}: ${got} cells, the header has ${width}`);
    }
  }
  return problems;
}

describe('markdown tables', () => {
  it.each(DOCS)('%s: every row has as many cells as its header', (file) => {
    expect(tableProblems(fs.readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('finds a row spliced into another, and a row with a cell missing', () => {
    const table = '| a | b |\n|---|---|\n| `x` | y |\n| `z` | w | `npm run q` | v |\n| only |\n';
    expect(tableProblems(table)).toEqual(['line 4: 4 cells, the header has 2', 'line 5: 1 cells, the header has 2']);
  });

  it('counts neither an escaped pipe nor a pipe inside backticks, nor a table inside a code block', () => {
    expect(tableProblems('| a | b |\n|---|---|\n| `x \\| y` | `p|q` |\n')).toEqual([]);
    expect(tableProblems('```\n| a | b |\n|---|---|\n| 1 |\n```\n')).toEqual([]);
  });
});

describe('README commands', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
  // Scripts npm runs itself, or that only other scripts run.
  const internal = new Set(['prepare', 'typecheck', 'lint', 'build:standin', 'synth:bare']);

  it.each(scripts.filter((s) => !internal.has(s)))('npm run %s is in the command table', (script) => {
    const rows = script === 'test' ? ['| `npm test`'] : [`| \`npm run ${script}`, `| \`npm run --silent ${script}`];
    expect(readme.split('\n').filter((l) => rows.some((row) => l.startsWith(row))).length).toBeGreaterThan(0);
  });
});

describe('relative links', () => {
  it.each(DOCS)('%s: every relative link leads to a file that exists', (file) => {
    const dir = path.dirname(path.join(ROOT, file));
    const broken: string[] = [];
    for (const { line, n } of proseLines(fs.readFileSync(path.join(ROOT, file), 'utf8'))) {
      for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1].split('#')[0];
        if (target === '' || /^[a-z]+:/i.test(target)) continue;
        if (!fs.existsSync(path.join(dir, target))) broken.push(`line ${n}: ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** A permission of the catalog; `domain:entity:*` where some action of that domain and entity is. */
const known = (p: string) => (p.endsWith(':*') ? PERMISSION_CATALOG.permissions.some((c) => c.startsWith(p.slice(0, -1))) : isKnownPermission(p));

describe('Genesys permissions named in the docs', () => {
  it.each(DOCS)('%s: each is one the Platform API asks for (constructs/auth/permission-catalog.json)', (file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    // domain:entity:action in backticks; `domain:entity:action` itself is the form, not a permission.
    const named = [...text.matchAll(/`([a-z][a-zA-Z0-9]*:[a-zA-Z0-9]+:(?:[a-z][a-zA-Z0-9]*|\*))`/g)].map((m) => m[1]).filter((p) => p !== 'domain:entity:action');
    expect(named.filter((p) => !known(p))).toEqual([]);
  });

  it('a wildcard counts only where its domain and entity exist', () => {
    expect([known('routing:queue:*'), known('routing:queue:view'), known('architect:ivrConfig:*'), known('integrations:credential:view')]).toEqual([true, true, false, false]);
  });
});
