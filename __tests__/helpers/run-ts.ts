import { spawnSync, SpawnSyncOptions } from 'child_process';

/**
 * Runs a TypeScript entry point in a process of its own, as `npm run` does:
 * `node --require tsx/cjs <file> <args>`. For what only a process shows
 * (its exit code, what reaches stdout and stderr, what it leaves behind);
 * everything else runs in-process.
 */
export function runTs(file: string, args: readonly string[], options: SpawnSyncOptions & { cwd: string }) {
  return spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), file, ...args], { encoding: 'utf8', ...options }) as ReturnType<typeof spawnSync> & {
    stdout: string;
    stderr: string;
  };
}
