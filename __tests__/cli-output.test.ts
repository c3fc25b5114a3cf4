/**
 * Machine-readable output: every --json command prints one JSON document on
 * stdout under `npm run --silent`, its errors included; long commands report
 * progress on stderr only.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { counter, stepper } from '../tools/cli/progress';
import { parseBenchArgs } from '../tools/bench/bench';
import { DEFAULT_ENVIRONMENTS } from '../config';
import { simulateCli } from '../simulator/cli';
import { smokeCli } from '../tools/smoke/smoke';

const ROOT = path.resolve(__dirname, '..');
const npmSilent = (...args: string[]) => {
  const env = { ...process.env, GENESYSCLOUD_OAUTHCLIENT_ID: '', GENESYSCLOUD_OAUTHCLIENT_SECRET: '' };
  return spawnSync('npm', ['run', '--silent', ...args], { cwd: ROOT, env, encoding: 'utf8' });
};

describe('--json under npm run --silent', () => {
  // Two runs through npm itself prove that --silent leaves stdout to the command; the cases below run in-process.
  it('simulate of many calls: stdout is one JSON document, the progress is on stderr', () => {
    const run = npmSilent('simulate', '--', '--json', '--calls', '2000');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ scenario: 'ai-intent', calls: 2000 });
    expect(run.stderr).toContain('simulate ai-intent calls: 2000/2000');
  });

  it('smoke of an unknown environment: stdout is one JSON document, the error', () => {
    const run = npmSilent('smoke', '--', 'no-such-environment', '--json');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).error).toContain('there is no environment "no-such-environment"');
  });
});

describe('--json errors are JSON too', () => {
  const simulate = (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = simulateCli(args, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
    return { code, doc: JSON.parse(out.join('')), stderr: err.join('') };
  };
  const smoke = async (...args: string[]) => {
    const out: string[] = [];
    const code = await smokeCli(args, { log: (l) => out.push(l), error: (l) => out.push(`stderr: ${l}`) }, {});
    return { code, doc: JSON.parse(out.join('\n')) };
  };

  it.each([
    [['--json', '--calls', 'many'], 'simulate: --calls needs a whole number from 1 to 100,000, not "many"'],
    [['--json', '--scenario', 'nope'], 'there is no scenario "nope"'],
    [['--json', '--scenario', 'a', '--scenario', 'b'], '--json prints one object: give one --scenario'],
  ])('simulate %j', (args, message) => {
    const r = simulate(...args);
    expect(r.code).toBe(1);
    expect(r.doc.error).toContain(message);
    expect(r.stderr).toBe('');
  });

  it('simulate: a result, as one document', () => {
    const r = simulate('--json', '--calls', '20');
    expect([r.code, r.doc.calls]).toEqual([0, 20]);
  });

  it.each([
    [[DEFAULT_ENVIRONMENTS[0].name, '--json'], 'set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET'],
    [['--json', '--deadline', 'soon'], '--deadline needs a number of seconds'],
    [['no-such-environment', '--json'], 'there is no environment "no-such-environment"'],
  ])('smoke %j', async (args, message) => {
    const r = await smoke(...args);
    expect(r.code).toBe(1);
    expect(r.doc.error).toContain(message);
  });
});

describe('progress on stderr', () => {
  const sink = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, stream: { isTTY, write: (t: string) => out.push(t) } };
  };

  it('prints a line at each tenth in a log', () => {
    const { out, stream } = sink(false);
    const tick = counter('x', 1000, stream);
    for (let i = 1; i <= 1000; i++) tick(i);
    // The first call says it started; then 100, 200, ..., 1000.
    expect(out).toEqual(['x: 1/1000\n', ...Array.from({ length: 10 }, (_, i) => `x: ${(i + 1) * 100}/1000\n`)]);
  });

  it('redraws one line on a terminal and ends it when done', () => {
    const { out, stream } = sink(true);
    const tick = counter('x', 4, stream);
    [1, 2, 3, 4].forEach(tick);
    expect(out.filter((t) => t.startsWith('\r'))).toHaveLength(4);
    expect(out[out.length - 1]).toBe('\n');
  });

  it('times each step from the start', () => {
    const { out, stream } = sink(false);
    let t = 0;
    const step = stepper('bench', stream, () => t);
    step('one');
    t = 75_000;
    step('two');
    expect(out).toEqual(['bench [00:00] one\n', 'bench [01:15] two\n']);
  });
});

describe('npm run bench: the command line', () => {
  it('takes runs, --full and a baseline', () => {
    expect(parseBenchArgs([])).toEqual({ runs: 7, full: false, baseline: expect.any(String) });
    expect(parseBenchArgs(['--runs', '9', '--full', '--baseline', 'v1.2'])).toEqual({ runs: 9, full: true, baseline: 'v1.2' });
  });

  it.each([
    [['--runs', '4'], '--runs needs a whole number from 5 to 100, not "4"'],
    [['--runs', '7.5'], 'not "7.5"'],
    [['--runs'], '--runs needs a value, not nothing'],
    [['--baseline', '--full'], '--baseline needs a value, not "--full"'],
    // A value that starts with "-" reaches the ref check only as --baseline=-c (util.parseArgs refuses it alone).
    [['--baseline=-c'], '--baseline needs a git commit, tag or branch, not "-c"'],
    [['--baseline', '-c'], '--baseline needs a value, not "-c"'],
    [['--baseline', 'a..b'], 'not "a..b"'],
    [['--ful'], 'unknown option "--ful"'],
  ])('refuses %j, naming the option', (args, message) => {
    expect(() => parseBenchArgs(args)).toThrow(message);
  });
});
