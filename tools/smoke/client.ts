/**
 * The Platform API as the smoke test uses it, through Genesys's official
 * JavaScript client (purecloud-platform-client-v2): client-credentials login,
 * a timeout per request, HTTP 429 retried after its Retry-After (capped),
 * and an overall deadline. Credentials are used for login and never kept in
 * a message or a result; server text is redacted before it is shown.
 */
import platformClient from 'purecloud-platform-client-v2';
import { GENESYS_REGIONS, GenesysRegion } from '../../config';

// The SDK starts watching ~/.genesyscloudjavascript/config as soon as it loads. Stopped here, at
// load, so that importing this module never leaves a watcher behind: the process must end,
// and settings come from this module only.
platformClient.ApiClient.instance.config.live_reload_config = false;

/** The SDK's API client as this module uses it. */
type SdkApiClient = typeof platformClient.ApiClient;
/**
 * What ApiClient has at run time that index.d.ts leaves out or types too narrowly: `timeout`
 * (ms, given to every request, login included), `authData` (set by the login), and
 * `setGateway(undefined)`, which clears a gateway set before (configuration.js).
 */
type ApiClientRuntime = SdkApiClient & {
  timeout: number;
  readonly authData?: { readonly accessToken?: unknown };
  setGateway(gateway: Parameters<SdkApiClient['setGateway']>[0] | undefined): void;
};

/** A successful answer: its status (2xx), its body as the SDK types it, and Genesys's correlation id. */
export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly correlationId?: string;
}

/**
 * A launch of a flow as sent. index.d.ts types `inputData`'s values as `object`, but a flow's
 * inputs are plain JSON values (strings here: `Flow.conversationId`, `Flow.phoneNumber`, ...);
 * the SDK sends the body as it is given.
 */
export type FlowLaunch = Omit<platformClient.Models.FlowExecutionLaunchRequest, 'inputData'> & {
  readonly inputData?: Readonly<Record<string, string | number | boolean>>;
};

/** A request that failed: its status (0 for no answer) and Genesys's correlation id, for support. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly correlationId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Where the client connects: an org's region, or (tests only) a local fake through the client's gateway setting. */
export type Target = { readonly region: GenesysRegion } | { readonly gateway: { readonly host: string; readonly port: number; readonly protocol: 'http' } };

export interface ClientOptions {
  readonly target: Target;
  readonly clientId: string;
  readonly clientSecret: string;
  /** @default 15000 */
  readonly timeoutMs?: number;
  /** @default 3 */
  readonly maxRetries?: number;
  /** The longest wait a 429's Retry-After may ask for; a longer one fails the request. @default 30000 */
  readonly maxWaitMs?: number;
  /** When (Date.now()) the whole run must be over: no request starts, and no wait runs, past it. @default - none */
  readonly deadline?: number;
  /** Sleeps between retries; tests shorten it. @default real time */
  readonly sleep?: (ms: number) => Promise<void>;
  /** What `Date.now()` is; tests move it. @default Date.now */
  readonly now?: () => number;
}

/**
 * Text that is safe to print: the client id and secret, their Basic form,
 * bearer tokens and long opaque strings are replaced by "***", and the text
 * is cut to a line. Servers echo what they were sent; a log must not.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  const known = secrets.filter((x) => x.length >= 4);
  if (known.length >= 2) known.push(Buffer.from(`${secrets[0]}:${secrets[1]}`).toString('base64'));
  for (const x of known) out = out.split(x).join('***');
  return out
    .replace(/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/gi, '$1 ***')
    .replace(/("?(?:access_token|refresh_token|id_token|client_secret|password|authorization)"?\s*[:=]\s*"?)[^"\s,}&]+/gi, '$1***')
    // Long opaque strings (tokens, keys); a UUID, with its hyphens, stays readable.
    .replace(/[A-Za-z0-9+/=_]{32,}/g, '***')
    .replace(/\s+/g, ' ')
    .slice(0, 300);
}

const header = (headers: Record<string, unknown> | undefined, name: string) => {
  const v = headers?.[name] ?? headers?.[name.toLowerCase()];
  return typeof v === 'string' ? v : undefined;
};

/**
 * How the SDK fails, with extended responses on (ApiClient.callApi, which every typed method
 * calls): an answer other than 2xx rejects with `{ status, statusText, headers, body, text,
 * error }`; no answer rejects with axios's error (a message, no response). The login
 * (loginClientCredentialsGrant) rejects with axios's error, the answer in `response`. A typed
 * method throws a plain string when a required argument is missing, before anything is sent.
 */
interface SdkFailure {
  readonly status?: number;
  readonly headers?: Record<string, unknown>;
  readonly body?: unknown;
  readonly message?: string;
  readonly response?: { readonly status?: number; readonly headers?: Record<string, unknown>; readonly data?: unknown };
}

/** The fields of an error body that are shown: Genesys's `message` and `contextId`, OAuth's `error_description` and `error`. */
type ErrorFields = { readonly message?: unknown; readonly error_description?: unknown; readonly error?: unknown; readonly contextId?: unknown };

function describe(err: unknown, secrets: readonly string[]): { status: number; message: string; correlationId?: string; retryAfter?: string } {
  if (typeof err === 'string') return { status: 0, message: redact(`not sent (${err})`, secrets) };
  const e = (typeof err === 'object' && err !== null ? err : {}) as SdkFailure;
  const status = e.status ?? e.response?.status ?? 0;
  const headers = e.headers ?? e.response?.headers;
  const raw = e.body ?? e.response?.data;
  const body: ErrorFields | undefined = typeof raw === 'object' && raw !== null ? raw : undefined;
  const detail = body ? (body.message ?? body.error_description ?? body.error) : undefined;
  const contextId = typeof body?.contextId === 'string' ? body.contextId : undefined;
  return {
    status,
    message: redact(status ? `HTTP ${status}${detail ? `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}` : `no answer (${e.message ?? String(err)})`, secrets),
    correlationId: header(headers, 'inin-correlation-id') ?? contextId,
    retryAfter: header(headers, 'retry-after'),
  };
}

/**
 * What every typed method of the SDK resolves with here. With `setReturnExtendedResponses(true)`
 * (set below, so that a failure keeps its status and headers: without it the SDK rejects with
 * the body alone), ApiClient.callApi resolves with `{ status, statusText, headers, body, text,
 * error }`, not the body (the SDK's README, "Extended Responses"), though index.d.ts types each
 * method as resolving with its body. `send` checks this shape before it reads it.
 */
interface ExtendedResponse {
  readonly status: number;
  readonly headers?: Record<string, unknown>;
  readonly body: unknown;
}

function isExtendedResponse(x: unknown): x is ExtendedResponse {
  return typeof x === 'object' && x !== null && typeof (x as { status?: unknown }).status === 'number' && 'body' in x && 'headers' in x;
}

export class GenesysClient {
  private readonly api: ApiClientRuntime;
  private readonly architect: platformClient.ArchitectApi;
  private readonly integrations: platformClient.IntegrationsApi;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly deadline: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly secrets: readonly string[];

  private constructor(options: ClientOptions) {
    this.api = platformClient.ApiClient.instance as ApiClientRuntime;
    this.api.setReturnExtendedResponses(true);
    this.api.timeout = options.timeoutMs ?? 15000;
    if ('gateway' in options.target) {
      this.api.setGateway({ ...options.target.gateway, path_params_login: 'login', path_params_api: 'api' });
    } else {
      this.api.setGateway(undefined);
      this.api.setEnvironment(GENESYS_REGIONS[options.target.region].replace(/^api\./, ''));
    }
    this.architect = new platformClient.ArchitectApi(this.api);
    this.integrations = new platformClient.IntegrationsApi(this.api);
    this.timeoutMs = options.timeoutMs ?? 15000;
    this.maxRetries = options.maxRetries ?? 3;
    this.maxWaitMs = options.maxWaitMs ?? 30000;
    this.deadline = options.deadline ?? Infinity;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = options.now ?? Date.now;
    this.secrets = [options.clientId, options.clientSecret];
  }

  /** Logs in with client credentials. @throws ApiError (401 for bad credentials, 0 for an answer that is no token) */
  static async login(options: ClientOptions): Promise<GenesysClient> {
    const client = new GenesysClient(options);
    await client.withRetries(() => client.api.loginClientCredentialsGrant(options.clientId, options.clientSecret));
    // An HTML page or an empty body can come back with 200: that is no login.
    const token = client.api.authData?.accessToken;
    if (typeof token !== 'string' || token.trim() === '') throw new ApiError(0, 'the login answer held no access token (is the region or gateway right?)');
    return client;
  }

  private async withRetries<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const left = this.deadline - this.now();
      if (left <= 0) throw new ApiError(0, 'not sent: the run\'s deadline has passed');
      const limit = Math.min(this.timeoutMs, left);
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new ApiError(0, `no answer within ${limit / 1000} s`)), limit);
        });
        return await Promise.race([call(), timeout]);
      } catch (err) {
        if (err instanceof ApiError) throw err;
        const d = describe(err, this.secrets);
        if (d.status === 429 && attempt < this.maxRetries) {
          const seconds = Number(d.retryAfter);
          const wait = (Number.isFinite(seconds) && seconds >= 0 ? seconds : 2 ** attempt) * 1000;
          // A server may ask for an hour: waits are capped, and never run past the run's deadline.
          if (wait > this.maxWaitMs) throw new ApiError(429, `${d.message}; Retry-After ${seconds} s is longer than the longest wait allowed (${this.maxWaitMs / 1000} s)`, d.correlationId);
          if (this.now() + wait > this.deadline) throw new ApiError(429, `${d.message}; waiting ${wait / 1000} s would pass the run's deadline`, d.correlationId);
          await this.sleep(wait);
          continue;
        }
        throw new ApiError(d.status, d.message, d.correlationId);
      } finally {
        if (timer) clearTimeout(timer);
      }
    }
  }

  /**
   * One call of a typed method: retried, timed out, and its answer checked. The SDK's axios
   * resolves only a 2xx answer, so `status` is 2xx; a body that is no JSON object (an HTML page,
   * nothing) is no answer of the Platform API and fails here, rather than be read as one.
   */
  private async send<T extends object>(call: () => Promise<T>): Promise<ApiResponse<T>> {
    const answer: unknown = await this.withRetries(call);
    if (!isExtendedResponse(answer)) throw new ApiError(0, 'the SDK answered without its extended response (status, headers, body)');
    const correlationId = header(answer.headers, 'inin-correlation-id');
    if (typeof answer.body !== 'object' || answer.body === null) throw new ApiError(answer.status, `HTTP ${answer.status} with no JSON object in its body`, correlationId);
    // The JSON object the typed method names; every field of the SDK's Models is read as possibly absent.
    return { status: answer.status, body: answer.body as T, correlationId };
  }

  /** `GET /api/v2/flows` (ArchitectApi.getFlows). */
  getFlows(opts: platformClient.ArchitectApi.getFlowsOptions): Promise<ApiResponse<platformClient.Models.FlowEntityListing>> {
    return this.send(() => this.architect.getFlows(opts));
  }

  /** `POST /api/v2/flows/executions` (ArchitectApi.postFlowsExecutions): launches a flow. */
  postFlowsExecutions(launch: FlowLaunch): Promise<ApiResponse<platformClient.Models.FlowExecutionLaunchResponse>> {
    // The inputs' values are typed `object` in index.d.ts, too narrow for a flow's inputs (see FlowLaunch).
    const request = { ...launch, inputData: launch.inputData as unknown as platformClient.Models.FlowExecutionLaunchRequest['inputData'] };
    return this.send(() => this.architect.postFlowsExecutions(request));
  }

  /** `GET /api/v2/flows/executions/{flowExecutionId}` (ArchitectApi.getFlowsExecution). */
  getFlowsExecution(flowExecutionId: string): Promise<ApiResponse<platformClient.Models.FlowRuntimeExecution>> {
    return this.send(() => this.architect.getFlowsExecution(flowExecutionId));
  }

  /** `GET /api/v2/integrations` (IntegrationsApi.getIntegrations). */
  getIntegrations(opts: platformClient.IntegrationsApi.getIntegrationsOptions): Promise<ApiResponse<platformClient.Models.IntegrationEntityListing>> {
    return this.send(() => this.integrations.getIntegrations(opts));
  }

  /** `GET /api/v2/integrations/actions` (IntegrationsApi.getIntegrationsActions). */
  getIntegrationsActions(opts: platformClient.IntegrationsApi.getIntegrationsActionsOptions): Promise<ApiResponse<platformClient.Models.ActionEntityListing>> {
    return this.send(() => this.integrations.getIntegrationsActions(opts));
  }

  /** `POST /api/v2/integrations/actions/{actionId}/test` (IntegrationsApi.postIntegrationsActionTest): runs an action with these inputs. */
  postIntegrationsActionTest(actionId: string, input: Readonly<Record<string, unknown>>): Promise<ApiResponse<platformClient.Models.TestExecutionResult>> {
    return this.send(() => this.integrations.postIntegrationsActionTest(actionId, input));
  }
}
