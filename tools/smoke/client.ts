/**
 * The Platform API as the smoke test uses it, through Genesys's official
 * JavaScript client (purecloud-platform-client-v2): client-credentials login,
 * a timeout per request, and HTTP 429 retried after its Retry-After.
 * Credentials are used for login and never kept in a message or a result.
 */
import platformClient from 'purecloud-platform-client-v2';
import { GENESYS_REGIONS, GenesysRegion } from '../../config';

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
  /** Sleeps between retries; tests shorten it. @default real time */
  readonly sleep?: (ms: number) => Promise<void>;
}

const header = (headers: Record<string, unknown> | undefined, name: string) => {
  const v = headers?.[name] ?? headers?.[name.toLowerCase()];
  return typeof v === 'string' ? v : undefined;
};

function describe(err: unknown): { status: number; message: string; correlationId?: string; retryAfter?: string } {
  const e = err as { status?: number; response?: { status?: number; headers?: Record<string, unknown>; data?: any }; headers?: Record<string, unknown>; body?: any; message?: string };
  const status = e.status ?? e.response?.status ?? 0;
  const headers = e.headers ?? e.response?.headers;
  const body = e.body ?? e.response?.data;
  const detail = typeof body === 'object' && body ? (body.message ?? body.error_description ?? body.error) : undefined;
  return {
    status,
    message: status ? `HTTP ${status}${detail ? `: ${detail}` : ''}` : `no answer (${(e.message ?? String(err)).replace(/Basic [A-Za-z0-9+/=]+/g, 'Basic ***')})`,
    correlationId: header(headers, 'inin-correlation-id') ?? (typeof body === 'object' ? body?.contextId : undefined),
    retryAfter: header(headers, 'retry-after'),
  };
}

export class GenesysClient {
  private readonly api: any;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly sleep: (ms: number) => Promise<void>;

  private constructor(options: ClientOptions) {
    this.api = platformClient.ApiClient.instance;
    // No watching of ~/.genesyscloudjavascript/config: the process must end, and settings come from here only.
    this.api.config.live_reload_config = false;
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
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Logs in with client credentials. @throws ApiError (401 for bad credentials) */
  static async login(options: ClientOptions): Promise<GenesysClient> {
    const client = new GenesysClient(options);
    await client.withRetries(() => client.api.loginClientCredentialsGrant(options.clientId, options.clientSecret));
    return client;
  }

  private async withRetries<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new ApiError(0, `no answer within ${this.timeoutMs / 1000} s`)), this.timeoutMs);
        });
        return await Promise.race([call(), timeout]);
      } catch (err) {
        if (err instanceof ApiError) throw err;
        const d = describe(err);
        if (d.status === 429 && attempt < this.maxRetries) {
          const seconds = Number(d.retryAfter);
          await this.sleep((Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 60) : 2 ** attempt) * 1000);
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
