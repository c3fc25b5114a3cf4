import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

let root: string | undefined;

/**
 * A private directory (mode 0700, a name no one can guess) for this process's
 * scratch files, under one root per process that is removed when the process
 * exits. Building a stack writes here (flow YAML before cdktf copies it into
 * the output, the directory an in-memory cdktf App insists on), so a run of
 * synth, the simulator or the smoke test leaves the temp directory as it was.
 */
export function scratchDirectory(name: string): string {
  if (!root || !fs.existsSync(root)) {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-async-workflow-'));
    fs.chmodSync(made, 0o700);
    process.once('exit', () => fs.rmSync(made, { recursive: true, force: true }));
    root = made;
  }
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
