/**
 * Runs data actions the way Genesys Cloud does, without Genesys Cloud: the
 * request is rendered with a real Velocity engine and Genesys's tools, the
 * raw response goes through the translation map (JSONPath) and the success
 * template, and the result is checked against the output contract. It reads
 * actions from the constructs or from the synthesized JSON, so a test can run
 * exactly what is deployed.
 */
import Ajv, { ValidateFunction } from 'ajv-draft-04';
import { JSONPath } from 'jsonpath-plus';
import { render } from 'velocityjs';
import { CONTRACT_SCHEMA_DIALECT, InputContract, JsonSchema, OutputContract } from './contract';
import { DataActionDefinition, DEFAULT_BODY_TEMPLATE, DEFAULT_SUCCESS_TEMPLATE, HttpMethod } from './data-action';
import { isDefinitePath } from './jsonpath';
import { evaluateTerraformString, replaceTokens } from './terraform-escape';
import { genesysTools } from './velocity';

export { isDefinitePath };

export interface RenderedRequest {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Empty for GET and DELETE, which send no body. */
  readonly body: string;
}

export interface RawResponse {
  readonly status: number;
  /** The body as the service sent it: text, or a value that is sent as JSON. */
  readonly body: unknown;
}

export type FailureKind = 'input' | 'http' | 'translation' | 'template' | 'contract';

/**
 * The outcome a flow sees: the success path with the output, or the failure
 * path. An output that came back null is left out: the flow sees NOT_SET.
 * A failure carries the status a workflow can read from the `status`
 * failure output: the service's HTTP status, or Genesys Cloud's own (400 for
 * inputs, 500 for the response processing).
 */
export type ActionResult =
  | { readonly ok: true; readonly output: Record<string, unknown> }
  | { readonly ok: false; readonly kind: FailureKind; readonly message: string; readonly status: number };

/** Inputs as Genesys Cloud takes them: null values are dropped first (developer forum, "Data Actions will ignore null input values", 2024). */
export function droppingNulls(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}

/** An output with its null values left out, as a flow receives it (NOT_SET). */
function withoutNulls(output: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(output).filter(([, v]) => v !== null));
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new WeakMap<object, ValidateFunction>();
function validatorFor(contract: JsonSchema): ValidateFunction {
  let v = validators.get(contract);
  if (!v) {
    v = ajv.compile({ ...contract, $schema: CONTRACT_SCHEMA_DIALECT });
    validators.set(contract, v);
  }
  return v;
}

export class DataActionEmulator {
  /**
   * @param definition the action, from `DataAction.definition` or `definitionsFromStackJson`
   * @param reference what a Terraform reference in a template (e.g. a flow id) stands for
   */
  constructor(
    readonly definition: DataActionDefinition,
    private readonly reference: (token: string) => string = () => 'terraform-reference',
  ) {}

  private renderTemplate(template: string, context: Record<string, unknown>): string {
    return render(replaceTokens(template, this.reference), { ...genesysTools(), ...context });
  }

  /**
   * Checks the inputs against the input contract, as Genesys Cloud does
   * before it runs the action: null (NOT_SET) inputs are dropped first, so a
   * required one that is NOT_SET fails the action.
   */
  inputProblem(input: Record<string, unknown>): string | null {
    const kept = droppingNulls(input);
    const validate = validatorFor(this.definition.input as InputContract);
    if (validate(kept)) return null;
    const dropped = (this.definition.input.required ?? []).filter((r) => r in input && !(r in kept));
    const why = dropped.length ? ` (${dropped.map((d) => `"${d}"`).join(', ')} NOT_SET, so dropped)` : '';
    return `inputs do not match the input contract${why}: ${ajv.errorsText(validate.errors)}`;
  }

  renderRequest(input: Record<string, unknown>): RenderedRequest {
    // Velocity prints a null formal reference as its own text; an absent input is the same here.
    const inputs = droppingNulls(input);
    const context = { input: { ...inputs, rawRequest: JSON.stringify(inputs) } };
    const { method, urlTemplate, bodyTemplate, headers } = this.definition.request;
    return {
      method,
      url: this.renderTemplate(urlTemplate, context),
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, this.renderTemplate(v, context)])),
      body: method === 'GET' || method === 'DELETE' ? '' : this.renderTemplate(bodyTemplate, context),
    };
  }

  /** Turns a raw response into what the flow sees. */
  processResponse(response: RawResponse): ActionResult {
    if (response.status < 200 || response.status > 299) {
      return { ok: false, kind: 'http', message: `the service answered HTTP ${response.status}`, status: response.status };
    }
    // An empty 2xx body is read as an empty object. Assumed, not verified
    // against Genesys Cloud: see docs/data-actions.md.
    // Genesys Cloud's JSON parser refuses very deep nesting (Jackson's default limit is 1,000 levels); so does this one, before recursing.
    const tooDeep: ActionResult = { ok: false, kind: 'translation', message: `the response nests deeper than ${MAX_NESTING} levels`, status: 500 };
    let rawText: string;
    try {
      rawText = response.body === undefined || response.body === '' ? '{}' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    } catch {
      // Only a value too deep (or cyclic) to write out gets here.
      return tooDeep;
    }
    if (nestingDepth(rawText) > MAX_NESTING) return tooDeep;
    let raw: unknown;
    try {
      raw = JSON.parse(rawText);
    } catch {
      return { ok: false, kind: 'translation', message: 'the response is not JSON', status: 500 };
    }
    const { translationMap, translationMapDefaults, successTemplate } = this.definition.response;
    const variables: Record<string, string> = {};
    for (const [name, path] of Object.entries(translationMap)) {
      // A JSONPath finds nothing in a body that is not an object or a list (e.g. `null`).
      const matches = raw !== null && typeof raw === 'object' ? (JSONPath({ path, json: raw as object, wrap: true }) as unknown[]) : [];
      const found = isDefinitePath(path) ? (matches.length > 0 ? { value: matches[0] } : null) : matches.length > 0 ? { value: matches } : null;
      if (found) variables[name] = JSON.stringify(found.value);
      else if (name in translationMapDefaults) variables[name] = translationMapDefaults[name];
      else return { ok: false, kind: 'translation', message: `translation map entry "${name}" (${path}) found nothing and has no default`, status: 500 };
    }
    const text = this.renderTemplate(successTemplate, { ...variables, rawResult: rawText });
    let output: unknown;
    try {
      output = JSON.parse(text);
    } catch {
      return { ok: false, kind: 'template', message: `the success template did not produce JSON: ${text.slice(0, 200)}`, status: 500 };
    }
    const validate = validatorFor(this.definition.output as OutputContract);
    if (typeof output !== 'object' || output === null || Array.isArray(output)) {
      return { ok: false, kind: 'contract', message: 'the success template did not produce a JSON object', status: 500 };
    }
    const kept = withoutNulls(output as Record<string, unknown>);
    if (!validate(kept)) {
      return { ok: false, kind: 'contract', message: `the output does not match the output contract: ${ajv.errorsText(validate.errors)}`, status: 500 };
    }
    return { ok: true, output: kept };
  }

  /** The whole round: check inputs, render the request, let `respond` answer it, translate. */
  execute(input: Record<string, unknown>, respond: (request: RenderedRequest) => RawResponse): ActionResult {
    const problem = this.inputProblem(input);
    if (problem) return { ok: false, kind: 'input', message: problem, status: 400 };
    return this.processResponse(respond(this.renderRequest(input)));
  }
}

const single = <T>(block: T | T[] | undefined): T | undefined => (Array.isArray(block) ? block[0] : block);

const MAX_NESTING = 1000;

/** How deep the objects and lists of a JSON text nest, counted without parsing (strings skipped). */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return max;
}

/**
 * Reads every data action of a synthesized stack (cdk.tf.json, parsed) back
 * into definitions, evaluating each string as Terraform would: escapes are
 * undone and references are replaced by `reference(expression)`.
 */
export function definitionsFromStackJson(
  stack: any,
  reference: (expression: string) => string = (e) => `<${e}>`,
): Record<string, DataActionDefinition> {
  const tf = (s: string | undefined) => (s === undefined ? undefined : evaluateTerraformString(s, reference));
  const tfMap = (m: Record<string, string> | undefined) => Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, tf(v)!]));
  const contract = (s: string) => {
    const { $schema: _dialect, ...rest } = JSON.parse(tf(s)!);
    return rest;
  };
  const out: Record<string, DataActionDefinition> = {};
  for (const [logicalId, r] of Object.entries<any>(stack.resource?.genesyscloud_integration_action ?? {})) {
    const request = single(r.config_request) ?? {};
    const response = single(r.config_response) ?? {};
    const url = tf(request.request_url_template) ?? '';
    out[logicalId] = {
      name: tf(r.name)!,
      category: tf(r.category)!,
      kind: url.startsWith('/') ? 'genesys-cloud' : 'web-services',
      input: contract(r.contract_input),
      output: contract(r.contract_output),
      request: {
        method: request.request_type,
        urlTemplate: url,
        bodyTemplate: tf(request.request_template) ?? DEFAULT_BODY_TEMPLATE,
        headers: tfMap(request.headers),
      },
      response: {
        translationMap: tfMap(response.translation_map),
        translationMapDefaults: tfMap(response.translation_map_defaults),
        successTemplate: tf(response.success_template) ?? DEFAULT_SUCCESS_TEMPLATE,
      },
      timeoutSeconds: r.config_timeout_seconds,
    };
  }
  return out;
}
