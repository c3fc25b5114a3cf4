/** tools/cli/parallel.mjs, which `npm test` runs the type check, the lint and the stand-in build with. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { rmTemp, tempDir } from './helpers/synth';

const TOOL = path.resolve(__dirname, '..', 'tools', 'cli', 'parallel.mjs');

describe('npm scripts side by side', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('parallel-');
    const scripts = {
      slow: `node -e "setTimeout(() => console.log('slow done'), 100)"`,
      fast: `node -e "console.log('fast done')"`,
      broken: `node -e "console.error('broken says why'); process.exit(3)"`,
    };
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'p', private: true, scripts }));
  });
  afterAll(() => rmTemp(dir));
  const run = (...args: string[]) => spawnSync(process.execPath, [TOOL, ...args], { cwd: dir, encoding: 'utf8' });

  it('prints each output whole, in the order given, and exits 0 when all pass', () => {
    const r = run('slow', 'fast');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('slow done\nfast done\n');
  });

  it('exits 1 naming what failed, with its output', () => {
    const r = run('fast', 'broken');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('fast done');
    expect(r.stdout).toContain('broken says why');
    expect(r.stderr).toContain('failed: broken');
  });

  it.each([[[]], [['--all']], [['fast; rm -rf /']], [['']]])('refuses %j with its usage', (args) => {
    const r = run(...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('usage: node tools/cli/parallel.mjs <npm script>...');
  });
});
