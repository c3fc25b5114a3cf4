import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { IntegrationAction } from '@cdktf/provider-genesyscloud/lib/integration-action';
import { permissionProblem } from '../auth/permissions';
import { ValidationError } from '../validation';
import { contractProblems, InputContract, OutputContract, serializeContract } from './contract';
import { escapeForTerraform } from './terraform-escape';
import { inputReferences, TemplateSyntaxError, variableReferences } from './velocity';

/** What a data action needs to know of the integration it belongs to. */
export interface IDataActionIntegration {
  /** The integration's id (a Terraform reference until apply). */
  readonly integrationId: string;
  /** Its name, which is the category of its actions: flows find an action by category and name. */
  readonly integrationName: string;
  /** `genesys-cloud` calls the Platform API with relative URLs; `web-services` calls outside services. */
  readonly kind: 'genesys-cloud' | 'web-services';
  /** Widens the integration's role to the permissions an action needs, where it owns its role. */
  grantPermissions(action: Construct, permissions: readonly string[]): void;
}

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];

export interface DataActionRequest {
  readonly method: HttpMethod;
  /** Velocity. Relative (`/api/v2/...`) for Genesys Cloud, absolute `https://` for web services. */
  readonly urlTemplate: string;
  /**
   * Velocity producing the request body.
   * @default "${input.rawRequest}" (the inputs as JSON, Genesys Cloud's own default)
   */
  readonly bodyTemplate?: string;
  /** Header name to Velocity value. @default - none */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface DataActionResponse {
  /** Name to JSONPath into the raw response; the success template reads each name as JSON text. @default - none */
  readonly translationMap?: Readonly<Record<string, string>>;
  /** Name to JSON text used when the JSONPath finds nothing, e.g. `'""'`. @default - none */
  readonly translationMapDefaults?: Readonly<Record<string, string>>;
  /** Velocity producing the output JSON. @default "${rawResult}" */
  readonly successTemplate?: string;
}

/**
 * A check `npm run smoke` runs against the deployed action through Genesys
 * Cloud's action test endpoint: sample inputs and what must come back.
 */
export interface SmokeTest {
  /** What it proves, e.g. "a known number is found". */
  readonly name: string;
  readonly input: Readonly<Record<string, string | number | boolean>>;
  /** Whether the action must succeed or fail cleanly. */
  readonly expect: 'success' | 'failure';
  /** For a success: the output fields that must have these values; `true` means any non-empty value. */
  readonly output?: Readonly<Record<string, string | number | boolean>>;
}

export interface DataActionProps {
  readonly integration: IDataActionIntegration;
  /** The action's name within its integration: flows call it by this name. */
  readonly name: string;
  readonly input: InputContract;
  readonly output: OutputContract;
  readonly request: DataActionRequest;
  /** @default - the raw result as the output */
  readonly response?: DataActionResponse;
  /** How long Genesys Cloud waits for the service, 1 to 60 seconds. Required: no silent default. */
  readonly timeoutSeconds: number;
  /**
   * Secure actions keep their inputs and outputs out of logs and traces.
   * @default false
   */
  readonly secure?: boolean;
  /**
   * Permissions the call needs, granted to the integration's role
   * (Genesys Cloud integrations only).
   * @default - none
   */
  readonly requiredPermissions?: readonly string[];
  /**
   * Checks `npm run smoke` runs against the deployed action.
   * @default - none: the action is not tested after deploy
   */
  readonly smokeTests?: readonly SmokeTest[];
}

/** A data action as it runs: templates unescaped, contracts as objects. The emulator runs these. */
export interface DataActionDefinition {
  readonly name: string;
  readonly category: string;
  readonly kind: IDataActionIntegration['kind'];
  readonly input: InputContract;
  readonly output: OutputContract;
  readonly request: Required<Pick<DataActionRequest, 'method' | 'urlTemplate' | 'bodyTemplate'>> & { readonly headers: Readonly<Record<string, string>> };
  readonly response: Required<DataActionResponse>;
  readonly timeoutSeconds: number;
}

export const DEFAULT_BODY_TEMPLATE = '${input.rawRequest}';
export const DEFAULT_SUCCESS_TEMPLATE = '${rawResult}';

/**
 * A Genesys Cloud data action (`genesyscloud_integration_action`). Contracts,
 * templates and timeout are checked when it is constructed; its templates are
 * escaped for Terraform here, once.
 */
export class DataAction extends Construct {
  readonly integration: IDataActionIntegration;
  readonly definition: DataActionDefinition;
  readonly requiredPermissions: readonly string[];
  readonly smokeTests: readonly SmokeTest[];
  private readonly resource: IntegrationAction;

  constructor(scope: Construct, id: string, props: DataActionProps) {
    super(scope, id);
    this.integration = props.integration;
    const definition: DataActionDefinition = {
      name: props.name,
      category: props.integration.integrationName,
      kind: props.integration.kind,
      input: props.input,
      output: props.output,
      request: {
        method: props.request?.method,
        urlTemplate: props.request?.urlTemplate,
        bodyTemplate: props.request?.bodyTemplate ?? DEFAULT_BODY_TEMPLATE,
        headers: props.request?.headers ?? {},
      },
      response: {
        translationMap: props.response?.translationMap ?? {},
        translationMapDefaults: props.response?.translationMapDefaults ?? {},
        successTemplate: props.response?.successTemplate ?? DEFAULT_SUCCESS_TEMPLATE,
      },
      timeoutSeconds: props.timeoutSeconds,
    };
    this.requiredPermissions = [...(props.requiredPermissions ?? [])];
    this.smokeTests = [...(props.smokeTests ?? [])];
    const problems = definitionProblems(definition, this.requiredPermissions);
    for (const t of this.smokeTests) {
      for (const k of Object.keys(t.input)) {
        if (!(k in (definition.input?.properties ?? {}))) problems.push(`smoke test "${t.name}" gives input "${k}", which the input contract does not declare`);
      }
      for (const k of Object.keys(t.output ?? {})) {
        if (!(k in (definition.output?.properties ?? {}))) problems.push(`smoke test "${t.name}" expects output "${k}", which the output contract does not declare`);
      }
    }
    ValidationError.throwIf(this, problems);
    this.definition = definition;

    const { request, response } = definition;
    this.resource = new IntegrationAction(this, 'Default', {
      name: definition.name,
      category: definition.category,
      integrationId: props.integration.integrationId,
      secure: props.secure ?? false,
      configTimeoutSeconds: definition.timeoutSeconds,
      contractInput: serializeContract(definition.input),
      contractOutput: serializeContract(definition.output),
      configRequest: {
        requestType: request.method,
        requestUrlTemplate: escapeForTerraform(request.urlTemplate),
        requestTemplate: escapeForTerraform(request.bodyTemplate),
        headers: Object.keys(request.headers).length
          ? Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, escapeForTerraform(v)]))
          : undefined,
      },
      configResponse: {
        successTemplate: escapeForTerraform(response.successTemplate),
        translationMap: Object.keys(response.translationMap).length ? escapeValues(response.translationMap) : undefined,
        translationMapDefaults: Object.keys(response.translationMapDefaults).length ? escapeValues(response.translationMapDefaults) : undefined,
      },
    });
    if (this.requiredPermissions.length > 0) props.integration.grantPermissions(this, this.requiredPermissions);
  }

  /** The action's id in the org (a Terraform reference until apply). */
  get actionId(): string {
    return this.resource.id;
  }

  get actionName(): string {
    return this.definition.name;
  }

  /** The category flows name the action by: its integration's name. */
  get category(): string {
    return this.definition.category;
  }

  /** The Terraform resource, for dependencies (`dependsOn`). */
  get terraformResource(): IntegrationAction {
    return this.resource;
  }
}

function escapeValues(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, escapeForTerraform(v)]));
}

/** Everything wrong with a definition, as sentences that say what to change. */
export function definitionProblems(d: DataActionDefinition, permissions: readonly string[] = []): string[] {
  const problems: string[] = [];
  if (typeof d.name !== 'string' || d.name.trim() === '' || d.name !== d.name.trim()) {
    problems.push(`name ${JSON.stringify(d.name)} must be a non-empty string without leading or trailing spaces`);
  }
  if (d.timeoutSeconds === undefined || d.timeoutSeconds === null) {
    problems.push('timeoutSeconds is missing: set how long Genesys Cloud may wait for the service, 1 to 60 seconds');
  } else if (!Number.isInteger(d.timeoutSeconds) || d.timeoutSeconds < 1 || d.timeoutSeconds > 60) {
    problems.push(`timeoutSeconds ${JSON.stringify(d.timeoutSeconds)} is out of range: use a whole number from 1 to 60`);
  }
  problems.push(...contractProblems('input', d.input), ...contractProblems('output', d.output));

  const { method, urlTemplate } = d.request;
  if (!HTTP_METHODS.includes(method)) problems.push(`request.method ${JSON.stringify(method)} is not one of ${HTTP_METHODS.join(', ')}`);
  if (typeof urlTemplate !== 'string' || urlTemplate === '') {
    problems.push('request.urlTemplate is missing');
  } else if (!Token.isUnresolved(urlTemplate)) {
    if (d.kind === 'genesys-cloud' && !urlTemplate.startsWith('/api/v2/')) {
      problems.push(`request.urlTemplate ${JSON.stringify(urlTemplate)} must be relative, starting with /api/v2/, for a Genesys Cloud integration`);
    }
    if (d.kind === 'web-services' && !/^https:\/\/[^/\s]+/.test(urlTemplate)) {
      problems.push(`request.urlTemplate ${JSON.stringify(urlTemplate)} must be an absolute https:// URL for a web services integration`);
    }
  }

  // Templates: valid Velocity, and reading only inputs the contract declares.
  const declared = new Set([...Object.keys(d.input?.properties ?? {}), 'rawRequest']);
  const templates: [string, string][] = [
    ['request.urlTemplate', urlTemplate ?? ''],
    ['request.bodyTemplate', d.request.bodyTemplate],
    ...Object.entries(d.request.headers).map(([k, v]): [string, string] => [`request.headers["${k}"]`, v]),
  ];
  for (const [what, template] of templates) {
    try {
      for (const name of inputReferences(template, what)) {
        if (!declared.has(name)) problems.push(`${what} reads input.${name}, which the input contract does not declare`);
      }
    } catch (err) {
      if (err instanceof TemplateSyntaxError) problems.push(err.message);
      else throw err;
    }
  }
  const mapped = new Set(Object.keys(d.response.translationMap));
  try {
    for (const name of variableReferences(d.response.successTemplate, 'response.successTemplate')) {
      if (!mapped.has(name)) problems.push(`response.successTemplate reads $${name}, which is not in response.translationMap`);
    }
  } catch (err) {
    if (err instanceof TemplateSyntaxError) problems.push(err.message);
    else throw err;
  }
  for (const [name, path] of Object.entries(d.response.translationMap)) {
    if (!/^\$/.test(path)) problems.push(`response.translationMap["${name}"] ${JSON.stringify(path)} must be a JSONPath starting with "$"`);
  }
  for (const [name, text] of Object.entries(d.response.translationMapDefaults)) {
    if (!mapped.has(name)) problems.push(`response.translationMapDefaults["${name}"] has no entry in response.translationMap`);
    try {
      JSON.parse(text);
    } catch {
      problems.push(`response.translationMapDefaults["${name}"] ${JSON.stringify(text)} must be JSON text, e.g. '""' for an empty string`);
    }
  }
  for (const p of permissions) {
    const problem = permissionProblem(p);
    if (problem) problems.push(`requiredPermissions: ${problem}`);
  }
  if (permissions.length > 0 && d.kind !== 'genesys-cloud') {
    problems.push('requiredPermissions only apply to Genesys Cloud integrations; a web services action authenticates with its credential');
  }
  return problems;
}
