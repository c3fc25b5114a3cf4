/**
 * go-plugin's side of the handshake, then gRPC: how Terraform talks to a
 * provider plugin. Terraform starts the executable with a magic cookie in its
 * environment, reads one line from its stdout
 * (`core-version|protocol-version|network|address|protocol`), connects, polls
 * the health service, and later asks the controller to shut the plugin down.
 */
import * as path from 'path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { StandInProvider } from './provider';

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
const CORE_PROTOCOL_VERSION = 1;
const PLUGIN_PROTOCOL_VERSION = 6;

const PROTO_DIR = path.resolve(__dirname, '..', 'proto');

function loadServices() {
  const definition = protoLoader.loadSync(
    ['tfplugin6.proto', 'health.proto', 'go-plugin-controller.proto'].map((f) => path.join(PROTO_DIR, f)),
    { keepCase: true, longs: Number, enums: Number, defaults: true, oneofs: true },
  );
  const pkg = grpc.loadPackageDefinition(definition) as any;
  return {
    provider: pkg.tfplugin6.Provider.service as grpc.ServiceDefinition,
    health: pkg.grpc.health.v1.Health.service as grpc.ServiceDefinition,
    controller: pkg.plugin.GRPCController.service as grpc.ServiceDefinition,
  };
}

/** Wraps each provider method as a unary gRPC handler; a thrown error becomes an error diagnostic. */
function providerHandlers(provider: StandInProvider, service: grpc.ServiceDefinition): grpc.UntypedServiceImplementation {
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const name of Object.keys(service)) {
    const method = (provider as unknown as Record<string, (req: unknown) => object>)[name];
    handlers[name] = (call: grpc.ServerUnaryCall<unknown, object>, callback: grpc.sendUnaryData<object>) => {
      try {
        callback(null, method.call(provider, call.request));
      } catch (err) {
        const detail = (err as Error).stack ?? String(err);
        process.stderr.write(`stand-in: ${name} failed: ${detail}\n`);
        callback(null, { diagnostics: [{ severity: 1, summary: `The offline stand-in failed in ${name}`, detail }] });
      }
    };
  }
  return handlers;
}

export interface ServeOptions {
  /** Where the handshake line goes. @default process.stdout */
  readonly out?: NodeJS.WritableStream;
  /** Called once the controller asked for shutdown and the server stopped. @default process.exit(0) */
  readonly onShutdown?: () => void;
}

/** Serves `provider` on a loopback port and writes go-plugin's handshake line. */
export function serve(provider: StandInProvider, options: ServeOptions = {}): Promise<{ server: grpc.Server; port: number }> {
  const services = loadServices();
  const server = new grpc.Server();
  const onShutdown = options.onShutdown ?? (() => process.exit(0));
  server.addService(services.provider, providerHandlers(provider, services.provider));
  server.addService(services.health, {
    Check: (_call: unknown, cb: grpc.sendUnaryData<object>) => cb(null, { status: 1 /* SERVING */ }),
  });
  server.addService(services.controller, {
    Shutdown: (_call: unknown, cb: grpc.sendUnaryData<object>) => {
      cb(null, {});
      setImmediate(() => server.tryShutdown(() => onShutdown()));
    },
  });
  return new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => {
      if (err) return reject(err);
      (options.out ?? process.stdout).write(`${CORE_PROTOCOL_VERSION}|${PLUGIN_PROTOCOL_VERSION}|tcp|127.0.0.1:${port}|grpc\n`);
      resolve({ server, port });
    });
  });
}

/**
 * Refuses to run outside Terraform, or with TLS that the stand-in does not
 * speak, with a message that says what to do. Returns an error text, or null.
 */
export function checkLaunch(env: NodeJS.ProcessEnv): string | null {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    return (
      'This is the offline stand-in for the genesyscloud Terraform provider, a plugin that Terraform starts itself.\n' +
      'Run it through `npm run validate` or `npm run plan:offline -- <env>`.'
    );
  }
  if (env.PLUGIN_CLIENT_CERT) {
    return 'The offline stand-in speaks plain gRPC on loopback only: run Terraform with TF_DISABLE_PLUGIN_TLS=1 (the npm scripts do).';
  }
  const versions = env.PLUGIN_PROTOCOL_VERSIONS;
  if (versions && !versions.split(',').map((v) => v.trim()).includes(String(PLUGIN_PROTOCOL_VERSION))) {
    return `This Terraform offers plugin protocol versions ${versions}; the stand-in speaks only version ${PLUGIN_PROTOCOL_VERSION} (Terraform 1.0 or later).`;
  }
  return null;
}
