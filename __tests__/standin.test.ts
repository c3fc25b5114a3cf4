import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as path from 'path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import {
  checkLaunch,
  decodeValue,
  encodeValue,
  fillComputed,
  loadSchemas,
  MAGIC_COOKIE_KEY,
  MAGIC_COOKIE_VALUE,
  MAIN_SCRIPT,
  markComputedUnknown,
  StandInProvider,
  stateFromJson,
  UNKNOWN,
} from 'terraform-provider-genesyscloud-standin';

const schemas = loadSchemas();
const provider = new StandInProvider(schemas);
const action = schemas.resources.genesyscloud_integration_action;

describe('cty values', () => {
  it('round-trips unknown values as msgpack extension 0, as cty writes them', () => {
    const bytes = encodeValue({ id: UNKNOWN, name: 'x', n: [1, 2.5], m: { k: true } });
    expect(Buffer.from(bytes).includes(Buffer.from([0xd4, 0x00, 0x00]))).toBe(true);
    expect(decodeValue(bytes)).toEqual({ id: UNKNOWN, name: 'x', n: [1, 2.5], m: { k: true } });
  });

  it('reads an unknown with refinements (extension 12) as unknown', () => {
    // fixext1 is too small for a refinement map; ext8 with a 1-byte empty map payload.
    expect(decodeValue(Uint8Array.from([0xc7, 0x01, 0x0c, 0x80]))).toBe(UNKNOWN);
  });
});

describe('the plan of a new resource', () => {
  const proposed = {
    id: null,
    name: 'Launch',
    category: 'cat',
    integration_id: 'i',
    contract_input: '{}',
    contract_output: '{}',
    config_timeout_seconds: null,
    secure: null,
    config_request: [{ request_type: 'POST', request_template: null, request_url_template: '/x', headers: null }],
    config_response: [],
    function_config: [],
  };

  it('marks unset computed attributes unknown, in nested blocks too', () => {
    const planned = markComputedUnknown(action.block, proposed) as any;
    expect(planned.id).toBe(UNKNOWN);
    expect(planned.config_request[0].request_template).toBe(UNKNOWN);
    expect(planned.config_request[0].request_url_template).toBe('/x');
  });

  it('keeps what the configuration set, and leaves unset non-computed attributes null', () => {
    const planned = markComputedUnknown(action.block, proposed) as any;
    expect(planned.name).toBe('Launch');
    expect(planned.config_timeout_seconds).toBeNull();
    expect(planned.secure).toBeNull();
  });

  it('plans a create through the protocol method, and an update as proposed', () => {
    const create = provider.PlanResourceChange({
      type_name: 'genesyscloud_integration_action',
      proposed_new_state: { msgpack: encodeValue(proposed) },
    }) as any;
    expect((decodeValue(create.planned_state.msgpack) as any).id).toBe(UNKNOWN);
    const prior = { ...proposed, id: 'abc' };
    const update = provider.PlanResourceChange({
      type_name: 'genesyscloud_integration_action',
      prior_state: { msgpack: encodeValue(prior) },
      proposed_new_state: { msgpack: encodeValue(prior) },
    }) as any;
    expect((decodeValue(update.planned_state.msgpack) as any).id).toBe('abc');
  });

  it('reports an unknown resource type as an error diagnostic', () => {
    const res = provider.PlanResourceChange({ type_name: 'genesyscloud_nope' }) as any;
    expect(res.diagnostics[0]).toMatchObject({ severity: 1, summary: 'Unknown resource type' });
  });
});

describe('data sources', () => {
  const block = schemas.dataSources.genesyscloud_auth_division.block;

  it('get deterministic placeholders for computed attributes, and keep the configuration', () => {
    const a = fillComputed('genesyscloud_auth_division', block, { id: null, name: 'Support' }) as any;
    const b = fillComputed('genesyscloud_auth_division', block, { id: null, name: 'Support' }) as any;
    const c = fillComputed('genesyscloud_auth_division', block, { id: null, name: 'Other' }) as any;
    expect(a).toEqual(b);
    expect(a.name).toBe('Support');
    expect(a.id).toMatch(/^standin-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    expect(c.id).not.toBe(a.id);
  });

  // The provider's Go source has these Optional + Computed; the corrected schema says so, and the plan shows placeholders, not null.
  it.each([
    ['genesyscloud_auth_division_home', ['description', 'id', 'name']],
    ['genesyscloud_organizations_me', ['default_country_code', 'default_language', 'default_site_id', 'domain', 'id', 'name', 'product_platform', 'support_uri', 'third_party_org_name', 'voicemail_enabled']],
  ])('%s: every attribute is optional and computed, and read unset it gets a placeholder', (type, names) => {
    const b = schemas.dataSources[type].block;
    expect(Object.entries<any>(b.attributes ?? {}).map(([n, a]) => [n, a.optional === true, a.computed === true])).toEqual(names.map((n) => [n, true, true]));
    const read = fillComputed(type, b, Object.fromEntries(names.map((n) => [n, null]))) as any;
    for (const n of names) expect([n, read[n]]).toEqual([n, expect.anything()]);
    expect(read.name).toBe('standin-name');
  });
});

describe('state upgrades', () => {
  it('turn stored JSON into a value with every attribute of the schema', () => {
    const v = stateFromJson(action.block, { id: 'a', name: 'n', config_request: [{ request_type: 'GET' }] }) as any;
    expect(v.id).toBe('a');
    expect(v.secure).toBeNull();
    expect(v.config_request[0]).toMatchObject({ request_type: 'GET', headers: null });
    expect(v.function_config).toEqual([]);
  });
});

describe('the schema it serves', () => {
  const res = provider.GetProviderSchema() as any;

  it('has every resource and data source of the committed schema', () => {
    expect(Object.keys(res.resource_schemas)).toHaveLength(143);
    expect(Object.keys(res.data_source_schemas)).toHaveLength(114);
  });

  it('encodes types as cty JSON and nesting modes as protocol numbers', () => {
    const block = res.resource_schemas.genesyscloud_integration_action.block;
    const headers = block.block_types.find((b: any) => b.type_name === 'config_request').block.attributes.find((a: any) => a.name === 'headers');
    expect(JSON.parse(headers.type.toString())).toEqual(['map', 'string']);
    const configRequest = block.block_types.find((b: any) => b.type_name === 'config_request');
    expect(configRequest).toMatchObject({ nesting: 2, max_items: 1 });
    const secret = res.provider.block.attributes.find((a: any) => a.name === 'oauthclient_secret');
    expect(secret).toMatchObject({ optional: true, sensitive: true });
  });
});

describe('launch checks', () => {
  it('refuses to run without the magic cookie, and says how it is meant to run', () => {
    expect(checkLaunch({})).toContain('npm run validate');
    const run = spawnSync(process.execPath, [MAIN_SCRIPT], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('a plugin that Terraform starts itself');
  });

  it('refuses TLS, which it does not speak, naming the setting that turns it off', () => {
    expect(checkLaunch({ [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_CLIENT_CERT: 'x' })).toContain('TF_DISABLE_PLUGIN_TLS=1');
  });

  it('refuses a Terraform that offers only older protocols', () => {
    expect(checkLaunch({ [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '4,5' })).toContain('only version 6');
    expect(checkLaunch({ [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '5,6' })).toBeNull();
  });
});

describe('a plugin session over gRPC, as go-plugin runs it', () => {
  let child: ChildProcess;
  let address: string;
  let pkg: any;
  const client = (service: any) => new service(address, grpc.credentials.createInsecure());
  const call = (c: any, method: string, req: object) =>
    new Promise<any>((resolve, reject) => c[method](req, (err: Error | null, res: any) => (err ? reject(err) : resolve(res))));

  beforeAll(async () => {
    const protoDir = path.join(path.dirname(require.resolve('terraform-provider-genesyscloud-standin/package.json')), 'proto');
    pkg = grpc.loadPackageDefinition(
      protoLoader.loadSync(['tfplugin6.proto', 'health.proto', 'go-plugin-controller.proto'].map((f) => path.join(protoDir, f)), {
        keepCase: true,
        longs: Number,
        enums: Number,
        defaults: true,
      }),
    );
    child = spawn(process.execPath, [MAIN_SCRIPT], { env: { PATH: process.env.PATH, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE } });
    const line = await new Promise<string>((resolve) => child.stdout!.once('data', (d) => resolve(String(d).trim())));
    const [core, proto, net, addr, kind] = line.split('|');
    if ([core, proto, net, kind].join('|') !== '1|6|tcp|grpc') throw new Error(`unexpected handshake line ${line}`);
    address = addr;
  });

  afterAll(() => child.kill());

  it('answers the health check with SERVING', async () => {
    expect(await call(client(pkg.grpc.health.v1.Health), 'Check', { service: 'plugin' })).toEqual({ status: 1 });
  });

  it('serves the schema and reads a data source', async () => {
    const p = client(pkg.tfplugin6.Provider);
    const schema = await call(p, 'GetProviderSchema', {});
    expect(Object.keys(schema.resource_schemas)).toContain('genesyscloud_flow');
    const read = await call(p, 'ReadDataSource', {
      type_name: 'genesyscloud_auth_division_home',
      config: { msgpack: encodeValue({ id: null, name: null, description: null }) },
    });
    expect(read.diagnostics).toEqual([]);
    expect((decodeValue(read.state.msgpack) as any).id).toMatch(/^standin-/);
  });

  it('refuses to apply, with a diagnostic that says why', async () => {
    const res = await call(client(pkg.tfplugin6.Provider), 'ApplyResourceChange', { type_name: 'genesyscloud_flow' });
    expect(res.diagnostics[0].summary).toBe('The offline stand-in cannot apply');
  });

  it('exits when the controller asks it to shut down', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await call(client(pkg.plugin.GRPCController), 'Shutdown', {});
    expect(await exited).toBe(0);
  });
});
