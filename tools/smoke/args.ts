/**
 * The smoke test's command line, apart from the client so that checking it
 * loads no Genesys SDK.
 */
/** The command line: an environment, flags, and two limits in seconds. Every mistake is named. */
export function parseSmokeArgs(args: readonly string[]): { env: string; deep: boolean; json: boolean; deadlineMs?: number; maxWaitMs?: number } {
  const out: { env?: string; deep: boolean; json: boolean; deadlineMs?: number; maxWaitMs?: number } = { deep: false, json: false };
  const seconds = (flag: string, v: string | undefined, max: number) => {
    const n = Number(v);
    if (v === undefined || v.trim() === '' || !Number.isFinite(n) || n <= 0 || n > max) {
      throw new Error(`${flag} needs a number of seconds above 0 and at most ${max}, not ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
    }
    return n * 1000;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--deep') out.deep = true;
    else if (a === '--json') out.json = true;
    else if (a === '--deadline') out.deadlineMs = seconds(a, args[++i], 3600);
    else if (a === '--max-wait') out.maxWaitMs = seconds(a, args[++i], 300);
    else if (a.startsWith('-')) throw new Error(`unknown option ${JSON.stringify(a)}; use --deep, --json, --deadline <seconds>, --max-wait <seconds>`);
    else if (out.env !== undefined) throw new Error(`name one environment, not ${JSON.stringify(out.env)} and ${JSON.stringify(a)}`);
    else out.env = a;
  }
  if (!out.env) throw new Error('name an environment: npm run smoke -- <env> [--deep] [--json] [--deadline <seconds>] [--max-wait <seconds>]');
  return out as ReturnType<typeof parseSmokeArgs>;
}

