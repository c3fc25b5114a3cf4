/**
 * Nothing left behind: synth and the simulator leave the temp directory as
 * they found it (cdktf's Testing.app() alone left a cdktf.outdir.* folder per
 * call), and the suite runs in a temp directory of its own.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scratchDirectory } from '../constructs/scratch';
import { rmTemp, tempDir } from './helpers/synth';
import { runTs } from './helpers/run-ts';

const ROOT = path.resolve(__dirname, '..');

describe('the temp directory', () => {
  it('of the suite is its own, which the run removes at its end', () => {
    expect(process.env.GAW_TEST_TMPDIR).toBeTruthy();
    expect(os.tmpdir()).toBe(process.env.GAW_TEST_TMPDIR);
  });

  it('holds one private scratch root per process, with a directory per use', () => {
    const flows = scratchDirectory('flows');
    const app = scratchDirectory('cdktf-app');
    expect(path.dirname(flows)).toBe(path.dirname(app));
    expect(path.dirname(path.dirname(flows))).toBe(os.tmpdir());
    expect(fs.statSync(path.dirname(flows)).mode & 0o777).toBe(0o700);
    expect(scratchDirectory('flows')).toBe(flows);
  });

  it.each([
    ['npm run synth', ['main.ts']],
    ['npm run simulate', ['simulator/cli.ts', '--scenario', 'customer-identification', '--calls', '20', '--json']],
  ])('is as %s found it', (_what, args) => {
    const tmp = tempDir('empty-tmp-');
    const out = tempDir('synth-out-');
    try {
      const [file, ...rest] = args;
      const run = runTs(file, rest, { cwd: ROOT, env: { ...process.env, TMPDIR: tmp, CDKTF_OUTDIR: path.join(out, 'cdktf.out') } });
      expect([run.status, run.stderr]).toEqual([0, '']);
      // tsx keeps one compile cache, tsx-<uid>, reused by every run: a cache, not litter.
      expect(fs.readdirSync(tmp).filter((f) => !/^tsx-\d+$/.test(f))).toEqual([]);
    } finally {
      rmTemp(tmp);
      rmTemp(out);
    }
  });
});
