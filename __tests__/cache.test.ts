import * as fs from 'fs';
import * as path from 'path';
import { CACHE_VARIABLE, cacheKey, cacheRoot, DEFAULT_CACHE_ROOT, DiskCache } from '../constructs/cache';
import { cachedDocumentYaml, documentYaml } from '../constructs/flows/archy/yaml-writer';
import { inputReferences } from '../constructs/data-actions/velocity';
import { rmTemp, tempDir } from './helpers/synth';

describe('the disk cache', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir('cache-')));
  afterEach(() => rmTemp(dir));

  it('lives in node_modules/.cache unless GENESYS_ASYNC_WORKFLOW_CACHE says otherwise, and "off" turns it off', () => {
    expect(DEFAULT_CACHE_ROOT).toBe(path.resolve(__dirname, '..', 'node_modules', '.cache', 'genesys-async-workflow'));
    expect(cacheRoot({})).toBe(DEFAULT_CACHE_ROOT);
    expect(cacheRoot({ [CACHE_VARIABLE]: '  ' })).toBe(DEFAULT_CACHE_ROOT);
    expect(cacheRoot({ [CACHE_VARIABLE]: 'OFF' })).toBe(false);
    expect(cacheRoot({ [CACHE_VARIABLE]: ' off ' })).toBe(false);
    expect(cacheRoot({ [CACHE_VARIABLE]: 'rel/dir' })).toBe(path.resolve('rel/dir'));
  });

  it('names an entry by every part, each kept apart from the next', () => {
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(cacheKey('a', 'b')).toBe(cacheKey('a', Buffer.from('b')));
    expect(cacheKey('a')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('computes once, then reads; recomputes an entry its check refuses', () => {
    const cache = new DiskCache('things', dir);
    let computed = 0;
    const compute = () => `value ${++computed}`;
    expect(cache.getOrCompute('k', compute)).toBe('value 1');
    expect(cache.getOrCompute('k', compute)).toBe('value 1');
    expect(computed).toBe(1);
    expect(fs.readdirSync(path.join(dir, 'things'))).toEqual(['k']);
    expect(cache.getOrCompute('k', compute, (t) => t !== 'value 1')).toBe('value 2');
    expect(cache.read('k')).toBe('value 2');
  });

  it('turned off, or unwritable, it computes every time and fails nothing', () => {
    let computed = 0;
    const off = new DiskCache('things', false);
    off.getOrCompute('k', () => String(++computed));
    off.getOrCompute('k', () => String(++computed));
    expect([computed, off.read('k')]).toEqual([2, undefined]);
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    const stuck = new DiskCache('things', file);
    expect(stuck.getOrCompute('k', () => 'v')).toBe('v');
    expect(stuck.read('k')).toBeUndefined();
  });

  it.each(['', 'Flows', '../up', 'a/b', '-x'])('refuses the kind %j, which would not be one directory of the cache', (kind) => {
    expect(() => new DiskCache(kind, dir)).toThrow(/cache kind .* must be lower-case letters, digits or "-"/);
  });
});

describe('flow YAML, kept in the cache', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir('cache-yaml-')));
  afterEach(() => rmTemp(dir));
  const doc = { inboundCall: { name: 'x', description: 'yes', tasks: [{ task: { name: 'Main', refId: 'Main_10', actions: [{ disconnect: { name: 'Bye' } }] } }] } };

  it('is the text the writer writes, read back by the next synth', () => {
    const cache = new DiskCache('flows', dir);
    const written = cachedDocumentYaml(doc, cache);
    expect(written).toBe(documentYaml(doc));
    const [entry] = fs.readdirSync(path.join(dir, 'flows'));
    fs.writeFileSync(path.join(dir, 'flows', entry), 'what the cache holds');
    expect(cachedDocumentYaml(doc, cache)).toBe('what the cache holds');
    // Another document is another entry.
    expect(cachedDocumentYaml({ ...doc, other: 1 }, cache)).toBe(documentYaml({ ...doc, other: 1 }));
    expect(fs.readdirSync(path.join(dir, 'flows'))).toHaveLength(2);
  });

  it('writes again an empty entry', () => {
    const cache = new DiskCache('flows', dir);
    cachedDocumentYaml(doc, cache);
    const [entry] = fs.readdirSync(path.join(dir, 'flows'));
    fs.writeFileSync(path.join(dir, 'flows', entry), '');
    expect(cachedDocumentYaml(doc, cache)).toBe(documentYaml(doc));
  });
});

describe('parsed Velocity templates, kept in the cache', () => {
  let dir: string;
  let saved: string | undefined;
  beforeEach(() => {
    dir = tempDir('cache-velocity-');
    saved = process.env[CACHE_VARIABLE];
    process.env[CACHE_VARIABLE] = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[CACHE_VARIABLE];
    else process.env[CACHE_VARIABLE] = saved;
    rmTemp(dir);
  });
  const entries = () => (fs.existsSync(path.join(dir, 'velocity')) ? fs.readdirSync(path.join(dir, 'velocity')) : []);
  // Each test reads templates no other reads: the process also keeps what it parsed.
  const unique = () => `{"id": "$input.id${Math.random().toString(36).slice(2)}"}`;

  it('reads back the tree it kept, the same as parsing', () => {
    const template = unique();
    expect(inputReferences(template, 'body')).toEqual([expect.stringMatching(/^id/)]);
    expect(entries()).toHaveLength(1);
    const tree = JSON.parse(fs.readFileSync(path.join(dir, 'velocity', entries()[0]), 'utf8'));
    expect(Array.isArray(tree)).toBe(true);
    expect(JSON.stringify(tree)).toContain('"input"');
  });

  it('keeps nothing for a template that does not parse, and says why every time', () => {
    const bad = `#if($input.x${Math.random().toString(36).slice(2)}`;
    expect(() => inputReferences(bad, 'request.bodyTemplate')).toThrow(/request.bodyTemplate is not valid Velocity/);
    expect(entries()).toEqual([]);
    expect(() => inputReferences(bad, 'request.bodyTemplate')).toThrow(/request.bodyTemplate is not valid Velocity/);
  });

  it('parses again when an entry is not a tree', () => {
    // Two templates that differ only in a cdktf token read as the same text: one disk entry, two reads of it.
    const text = unique();
    const [first, second] = ['${TfToken[TOKEN.1]}', '${TfToken[TOKEN.2]}'].map((token) => `${text} ${token}`);
    inputReferences(first, 'body');
    const [entry] = entries();
    fs.writeFileSync(path.join(dir, 'velocity', entry), '{"not": "a tree"}');
    expect(inputReferences(second, 'body')).toEqual([expect.stringMatching(/^id/)]);
    expect(Array.isArray(JSON.parse(fs.readFileSync(path.join(dir, 'velocity', entry), 'utf8')))).toBe(true);
  });
});
