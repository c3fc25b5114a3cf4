/**
 * The benchmark's baseline: a bare cdktf app with as many stacks as the real
 * one (BENCH_STACKS), one output each, run the same way (`npm run synth:bare`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';

const stacks = Number(process.env.BENCH_STACKS ?? '2');
const app = new App({ outdir: path.join(os.tmpdir(), `gaw-bare-app-${process.pid}`) });
for (let i = 0; i < stacks; i++) {
  const stack = new TerraformStack(app, `stack${i}`);
  new TerraformOutput(stack, 'name', { value: `stack${i}` });
}
app.synth();
fs.rmSync(app.outdir, { recursive: true, force: true });
