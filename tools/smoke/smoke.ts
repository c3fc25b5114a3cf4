/**
 * npm run smoke -- <env> [--deep] [--json] [--deadline <seconds>] [--max-wait <seconds>]
 *
 * After an apply: proves in the environment's org that the pattern works.
 * Flows are published at the version the code builds; integrations are
 * enabled; each data action passes Genesys Cloud's action test with the
 * sample inputs defined beside it. --deep (never for a production
 * environment) also launches each workflow and follows it to its end.
 * One line per check, then "N passed, N failed"; exit 1 on any failure.
 */
import type platformClient from 'purecloud-platform-client-v2';
import { ValidationError } from '../../constructs/validation';
import { ApiError, ClientOptions, GenesysClient, redact, Target } from './client';
import { parseSmokeArgs } from './args';
import { ActionCheck, SmokePlan, smokePlan } from './checks';
import { EnvironmentDefinition } from '../../config';

export { parseSmokeArgs };

export interface CheckResult {
  readonly check: string;
  readonly passed: boolean;
  readonly seconds: number;
  readonly detail?: string;
  readonly correlationId?: string;
}

export interface SmokeReport {
  readonly environment: string;
  readonly results: readonly CheckResult[];
  readonly passed: number;
  readonly failed: number;
}

export interface SmokeOptions {
  readonly deep?: boolean;
  /** @default the environment's region; tests give a local fake's address */
  readonly target?: Target;
  readonly credentials: { readonly clientId: string; readonly clientSecret: string };
  readonly timeoutMs?: number;
  /** The longest wait a Retry-After may ask for. @default 30000 */
  readonly maxWaitMs?: number;
  /** How long the whole run may take; checks not started by then fail. @default 600000 */
  readonly deadlineMs?: number;
  readonly sleep?: ClientOptions['sleep'];
  readonly now?: ClientOptions['now'];
  /** How long --deep follows a workflow. @default 120000 */
  readonly deepTimeoutMs?: number;
  /** Called as each check ends. */
  readonly onResult?: (r: CheckResult) => void;
  /** The definitions the environment is found in. @default DEFAULT_ENVIRONMENTS */
  readonly environments?: readonly EnvironmentDefinition[];
  /** The checks, already worked out for this environment. @default - built from `environments` */
  readonly plan?: SmokePlan;
}

const FINISHED = ['COMPLETED', 'FAILED', 'TERMINATED', 'CANCELLED'];

/** Runs one check; whatever it reports is redacted, since servers echo what they were sent. */
async function timedCheck(check: string, run: () => Promise<string | undefined>, secrets: readonly string[]): Promise<CheckResult> {
  const start = Date.now();
  try {
    const detail = await run();
    return { check, passed: true, seconds: (Date.now() - start) / 1000, detail: detail === undefined ? undefined : redact(detail, secrets) };
  } catch (err) {
    const e = err as ApiError;
    return { check, passed: false, seconds: (Date.now() - start) / 1000, detail: redact(String(e.message ?? err), secrets), correlationId: e.correlationId };
  }
}

/** Fails a check with a message; the caller turns it into a failed line. */
class CheckFailed extends ApiError {
  constructor(message: string, correlationId?: string) {
    super(0, message, correlationId);
  }
}

/** A test's `finalResult`: typed `object` in the SDK's Models, it holds the action's output contract, field by field. */
function expectOutput(test: ActionCheck['test'], finalResult: object | undefined): string | undefined {
  const output = (finalResult ?? {}) as Readonly<Record<string, unknown>>;
  for (const [k, want] of Object.entries(test.output ?? {})) {
    const got = output[k];
    if (want === true ? got === undefined || got === null || got === '' || got === false : got !== want) {
      return `output ${k} is ${JSON.stringify(got)}, expected ${want === true ? 'a value' : JSON.stringify(want)}`;
    }
  }
  return undefined;
}

export async function runSmoke(environmentName: string, options: SmokeOptions): Promise<SmokeReport> {
  const plan: SmokePlan = options.plan ?? smokePlan(environmentName, options.environments);
  if (options.deep && plan.environment.production) {
    const problem = `--deep launches workflows with test data; "${environmentName}" is marked production, so it is refused there. Run it against an environment that is not.`;
    throw new ValidationError('the command line', [problem], problem);
  }
  const results: CheckResult[] = [];
  const secrets = [options.credentials.clientId, options.credentials.clientSecret];
  const timed = (check: string, run: () => Promise<string | undefined>) => timedCheck(check, run, secrets);
  const deadline = (options.now ?? Date.now)() + (options.deadlineMs ?? 600000);
  const record = (r: CheckResult) => {
    results.push(r);
    options.onResult?.(r);
  };

  let client: GenesysClient;
  const login = await timed('log in with client credentials', async () => {
    client = await GenesysClient.login({
      target: options.target ?? { region: plan.environment.region },
      clientId: options.credentials.clientId,
      clientSecret: options.credentials.clientSecret,
      timeoutMs: options.timeoutMs,
      maxWaitMs: options.maxWaitMs,
      deadline,
      sleep: options.sleep,
      now: options.now,
    });
    return undefined;
  });
  record(login);
  if (!login.passed) return finish(environmentName, results);

  const flowIds = new Map<string, string>();
  for (const f of plan.flows) {
    const what = f.orgOwned ? `bot flow of the org published: ${f.name}` : f.buildHash ? `flow published at this build: ${f.name}` : `flow published: ${f.name}`;
    record(
      await timed(what, async () => {
        const r = await client.getFlows({ name: f.name, type: [f.type], pageSize: 25 });
        const flow = (r.body.entities ?? []).find((e) => e.name === f.name);
        const fix = f.orgOwned ? `: ${f.orgOwned}` : '';
        if (!flow) throw new CheckFailed(`no ${f.type} flow named "${f.name}"${fix}`, r.correlationId);
        if (!flow.publishedVersion) throw new CheckFailed(`the flow has never been published${fix}`, r.correlationId);
        if (f.buildHash && !String(flow.description ?? '').includes(`[build ${f.buildHash}]`)) {
          throw new CheckFailed(`the published flow is not this build (expected [build ${f.buildHash}] in its description)`, r.correlationId);
        }
        if (flow.id) flowIds.set(f.name, flow.id);
        return `version ${flow.publishedVersion.id}`;
      }),
    );
  }

  let integrations: platformClient.Models.Integration[] | undefined;
  for (const name of plan.integrations) {
    record(
      await timed(`integration enabled: ${name}`, async () => {
        integrations ??= (await client.getIntegrations({ pageSize: 100 })).body.entities ?? [];
        const i = integrations.find((e) => e.name === name);
        if (!i) throw new CheckFailed(`no integration named "${name}"`);
        if (i.intendedState !== 'ENABLED') throw new CheckFailed(`its state is ${i.intendedState}`);
        return undefined;
      }),
    );
  }

  const actionIds = new Map<string, string>();
  for (const a of plan.actions) {
    record(
      await timed(`data action ${a.name}: ${a.test.name}`, async () => {
        let id = actionIds.get(a.name);
        if (!id) {
          const r = await client.getIntegrationsActions({ name: a.name, pageSize: 25 });
          id = (r.body.entities ?? []).find((e) => e.name === a.name && e.category === a.category)?.id;
          if (!id) throw new CheckFailed(`no data action "${a.name}" in category "${a.category}"`, r.correlationId);
          actionIds.set(a.name, id);
        }
        const t = await client.postIntegrationsActionTest(id, a.test.input);
        const ok = t.body.success === true;
        if (a.test.expect === 'failure') {
          if (ok) throw new CheckFailed('it succeeded where it must fail', t.correlationId);
          return 'failed cleanly, as expected';
        }
        if (!ok) throw new CheckFailed(`the test failed: ${t.body.error?.message ?? 'no reason given'}`, t.body.error?.contextId ?? t.correlationId);
        const wrong = expectOutput(a.test, t.body.finalResult);
        if (wrong) throw new CheckFailed(wrong, t.correlationId);
        return undefined;
      }),
    );
  }

  if (options.deep) {
    for (const w of plan.workflows) {
      record(
        await timed(`workflow runs to its end: ${w.flowName}`, async () => {
          const flowId = flowIds.get(w.flowName);
          if (!flowId) throw new CheckFailed('the workflow was not found above');
          const inputData = { 'Flow.conversationId': `smoke-test-${Date.now()}`, ...Object.fromEntries(Object.entries(w.inputs).map(([k, v]) => [`Flow.${k}`, v])) };
          const launched = await client.postFlowsExecutions({ flowId, inputData, name: 'smoke test' });
          const id = launched.body.id;
          if (!id) throw new CheckFailed('the launch answer held no execution id', launched.correlationId);
          const deadline = Date.now() + (options.deepTimeoutMs ?? 120000);
          for (;;) {
            const r = await client.getFlowsExecution(id);
            // Typed as always there; an answer without it is read as UNKNOWN, and followed until the deep timeout.
            const status = String(r.body.status ?? 'UNKNOWN');
            if (FINISHED.includes(status)) {
              if (status !== 'COMPLETED') throw new CheckFailed(`it ended ${status}: ${r.body.flowErrorInfo?.message ?? 'no reason given'}`, r.correlationId);
              return 'completed';
            }
            if (Date.now() > deadline) throw new CheckFailed(`still ${status} after ${(options.deepTimeoutMs ?? 120000) / 1000} s`);
            await (options.sleep ?? ((ms) => new Promise((res) => setTimeout(res, ms))))(1000);
          }
        }),
      );
    }
  }
  return finish(environmentName, results);
}

function finish(environment: string, results: CheckResult[]): SmokeReport {
  const passed = results.filter((r) => r.passed).length;
  return { environment, results, passed, failed: results.length - passed };
}

export function formatResult(r: CheckResult): string {
  const tail = [r.detail, r.correlationId ? `correlation id ${r.correlationId}` : undefined].filter(Boolean).join('; ');
  return `${r.passed ? 'PASS' : 'FAIL'}  ${r.check} (${r.seconds.toFixed(2)} s)${tail ? `: ${tail}` : ''}`;
}

export interface SmokeCliIo {
  log(line: string): void;
  error(line: string): void;
}

/** `npm run smoke`: the exit code; with --json, one JSON document on stdout, errors included. */
export async function smokeCli(args: readonly string[], io: SmokeCliIo = console, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const json = args.includes('--json');
  try {
    const o = parseSmokeArgs(args);
    // The environment is checked (and its checks worked out, once) before the credentials: a typo needs no secret to be found.
    const plan = smokePlan(o.env);
    const clientId = env.GENESYSCLOUD_OAUTHCLIENT_ID;
    const clientSecret = env.GENESYSCLOUD_OAUTHCLIENT_SECRET;
    if (!clientId || !clientSecret) {
      const problem = 'set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET to a client-credentials OAuth client of the org (docs/smoke.md lists its permissions)';
      throw new ValidationError('the environment variables', [problem], problem);
    }
    const report = await runSmoke(o.env, {
      plan,
      deep: o.deep,
      credentials: { clientId, clientSecret },
      deadlineMs: o.deadlineMs,
      maxWaitMs: o.maxWaitMs,
      onResult: json ? undefined : (r) => io.log(formatResult(r)),
    });
    if (json) io.log(JSON.stringify(report, null, 2));
    else io.log(`${report.passed} passed, ${report.failed} failed`);
    return report.failed > 0 ? 1 : 0;
  } catch (err) {
    // A user's mistake is its message; anything else is a bug, and surfaces with its stack trace.
    if (!ValidationError.isValidationError(err)) throw err;
    // One JSON document on stdout with --json, errors included.
    if (json) io.log(JSON.stringify({ error: (err as Error).message }, null, 2));
    else io.error(`smoke: ${(err as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  smokeCli(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
