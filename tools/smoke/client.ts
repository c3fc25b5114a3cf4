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

export interface ApiResponse {
  readonly status: number;
  readonly body: any;
  readonly correlationId?: string;
}

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

function describe(err: unknown, secrets: readonly string[]): { status: number; message: string; correlationId?: string; retryAfter?: string } {
  const e = err as { status?: number; response?: { status?: number; headers?: Record<string, unknown>; data?: any }; headers?: Record<string, unknown>; body?: any; message?: string };
  const status = e.status ?? e.response?.status ?? 0;
  const headers = e.headers ?? e.response?.headers;
  const body = e.body ?? e.response?.data;
  const detail = typeof body === 'object' && body ? (body.message ?? body.error_description ?? body.error) : undefined;
  return {
    status,
    message: redact(status ? `HTTP ${status}${detail ? `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}` : `no answer (${e.message ?? String(err)})`, secrets),
    correlationId: header(headers, 'inin-correlation-id') ?? (typeof body === 'object' ? body?.contextId : undefined),
    retryAfter: header(headers, 'retry-after'),
  };
}

export class GenesysClient {
  private readonly api: any;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly deadline: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly secrets: readonly string[];

  private constructor(options: ClientOptions) {
    this.api = platformClient.ApiClient.instance;
    this.api.setReturnExtendedResponses(true);
    this.api.timeout = options.timeoutMs ?? 15000;
    if ('gateway' in options.target) {
      this.api.setGateway({ ...options.target.gateway, path_params_login: 'login', path_params_api: 'api' });
    } else {
      this.api.setGateway(undefined);
      this.api.setEnvironment(GENESYS_REGIONS[options.target.region].replace(/^api\./, ''));
    }
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

  /** One Platform API request, e.g. `request('GET', '/api/v2/flows', { name: 'x' })`. */
  async request(method: 'GET' | 'POST', path: string, query: Record<string, unknown> = {}, body?: unknown): Promise<ApiResponse> {
    const r = await this.withRetries<{ status: number; body: any; headers?: Record<string, unknown> }>(() =>
      this.api.callApi(path, method, {}, query, {}, {}, body ?? null, ['PureCloud OAuth'], ['application/json'], ['application/json']),
    );
    return { status: r.status, body: r.body, correlationId: header(r.headers, 'inin-correlation-id') };
  }
}
