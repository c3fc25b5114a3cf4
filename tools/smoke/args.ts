/**
 * The smoke test's command line, apart from the client so that checking it
 * loads no Genesys SDK.
 */
import { CommandLineError, parseCommandLine } from '../cli/args';

const USAGE = 'usage: npm run smoke -- <env> [--deep] [--json] [--deadline <seconds>] [--max-wait <seconds>]';

/** The command line: an environment, flags, and two limits in seconds. Every mistake is named. */
export function parseSmokeArgs(args: readonly string[]): { env: string; deep: boolean; json: boolean; deadlineMs?: number; maxWaitMs?: number } {
  const { values, positionals } = parseCommandLine(args, {
    usage: USAGE,
    allowPositionals: true,
    options: {
      deep: { type: 'boolean' },
      json: { type: 'boolean' },
      deadline: { type: 'string', needs: 'a number of seconds' },
      'max-wait': { type: 'string', needs: 'a number of seconds' },
    },
  });
  const seconds = (flag: string, v: string | undefined, max: number) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n <= 0 || n > max) {
      throw new CommandLineError(`${flag} needs a number of seconds above 0 and at most ${max}, not ${JSON.stringify(v)}`);
    }
    return n * 1000;
  };
  const deadlineMs = seconds('--deadline', values.deadline, 3600);
  const maxWaitMs = seconds('--max-wait', values['max-wait'], 300);
  if (positionals.length > 1) throw new CommandLineError(`name one environment, not ${positionals.map((p) => JSON.stringify(p)).join(' and ')}`);
  const env = positionals[0];
  if (!env) throw new CommandLineError(`name an environment: ${USAGE.replace(/^usage: /, '')}`);
  const out: ReturnType<typeof parseSmokeArgs> = { env, deep: values.deep ?? false, json: values.json ?? false };
  if (deadlineMs !== undefined) out.deadlineMs = deadlineMs;
  if (maxWaitMs !== undefined) out.maxWaitMs = maxWaitMs;
  return out;
}
