import { Construct } from 'constructs';
import { DataAction, IDataActionIntegration } from '../data-action';
import { ValidationError } from '../../validation';
import { defaultFor, DEFAULT_TIMEOUTS, firstMatchValue, SAFE_NAME } from './common';

export interface CustomerLookupActionProps {
  /** A Web Services Data Actions integration of this database. */
  readonly integration: IDataActionIntegration;
  readonly name: string;
  /** The database's name as the agent sees it, e.g. "Alpha". */
  readonly source: string;
  /** The lookup endpoint, absolute https:// (Velocity allowed). */
  readonly url: string;
  /**
   * GET sends the number as a query parameter; POST sends `{"<phoneField>": "<number>"}`.
   * @default "GET"
   */
  readonly method?: 'GET' | 'POST';
  /** Query parameter or body field for the number. @default "phone" */
  readonly phoneField?: string;
  /** Extra headers, e.g. `{ Authorization: 'Bearer $credentials.apiKey' }`. @default - none */
  readonly headers?: Readonly<Record<string, string>>;
  /** JSONPath of the customer id (a string) in a found response. @default "$.id" */
  readonly customerIdPath?: string;
  /** JSONPath of the customer's name. @default "$.name" */
  readonly namePath?: string;
  /** @default 10 */
  readonly timeoutSeconds?: number;
  /**
   * An HTTP status with which the database answers "no such customer", e.g.
   * 404. Genesys Cloud takes any non-2xx answer as the action failing; a
   * workflow that asks this database reads the status from the failure path
   * and counts this one as a miss.
   * @default - none: a miss must be a 2xx answer without a customer id
   */
  readonly notFoundStatus?: number;
  /**
   * Numbers for `npm run smoke`: one the database knows and one it does not.
   * @default - no smoke test for this database
   */
  readonly testNumbers?: { readonly known: string; readonly unknown: string };
}

const SOURCE = /^[A-Za-z][A-Za-z0-9 _-]{0,39}$/;

/**
 * Looks a calling number up in one customer database. A miss is a normal
 * result, not an error: when the service answers 2xx without a customer id,
 * the output says found = false. (The service must answer a miss with 2xx:
 * Genesys Cloud takes any other status as the action failing.)
 */
export class CustomerLookupAction extends DataAction {
  /** The database's name, e.g. "Alpha". */
  readonly source: string;
  /** The HTTP status that means "no such customer", if the database has one. */
  readonly notFoundStatus?: number;
  /** The query parameter (GET) or body field (POST) that carries the number. */
  readonly phoneField: string;

  constructor(scope: Construct, id: string, props: CustomerLookupActionProps) {
    const problems: string[] = [];
    const phone = props.phoneField ?? 'phone';
    if (!SAFE_NAME.test(phone)) problems.push(`phoneField ${JSON.stringify(phone)} must be letters, digits or "_", starting with a letter`);
    const nf = props.notFoundStatus;
    if (nf !== undefined && !(Number.isInteger(nf) && nf >= 400 && nf <= 499)) {
      problems.push(`notFoundStatus ${JSON.stringify(nf)} must be an HTTP client error status from 400 to 499, e.g. 404`);
    }
    if (!SOURCE.test(props.source ?? '')) {
      problems.push(`source ${JSON.stringify(props.source)} must be a name of up to 40 letters, digits, spaces, "_" or "-", e.g. "Alpha"`);
    }
    ValidationError.throwIf(`${scope.node.path}/${id}`, problems);
    const method = props.method ?? 'GET';
    const idPath = props.customerIdPath ?? '$.id';
    const namePath = props.namePath ?? '$.name';
    const separator = props.url.includes('?') ? '&' : '?';
    const notFound = `{"found": false, "customerId": "", "name": "", "source": "${props.source}"}`;
    super(scope, id, {
      integration: props.integration,
      name: props.name,
      input: { type: 'object', required: ['phoneNumber'], properties: { phoneNumber: { type: 'string' } } },
      output: {
        type: 'object',
        properties: {
          found: { type: 'boolean' },
          customerId: { type: 'string' },
          name: { type: 'string' },
          source: { type: 'string' },
        },
      },
      request:
        method === 'GET'
          ? { method, urlTemplate: `${props.url}${separator}${phone}=$esc.url($input.phoneNumber)`, headers: props.headers }
          : {
              method,
              urlTemplate: props.url,
              headers: { 'Content-Type': 'application/json', ...props.headers },
              bodyTemplate: `{"${phone}": "$esc.jsonString($input.phoneNumber)"}`,
            },
      response: {
        translationMap: { customerId: idPath, name: namePath },
        translationMapDefaults: { customerId: defaultFor(idPath, '""'), name: defaultFor(namePath, '""') },
        successTemplate: [
          `#set($idJson = ${firstMatchValue('customerId', idPath, '""')})`,
          `#set($nameJson = ${firstMatchValue('name', namePath, '""')})`,
          `#if($idJson == '""' || $idJson == 'null')${notFound}#{else}{"found": true, "customerId": $idJson, "name": #if($nameJson == 'null')""#{else}$nameJson#end, "source": "${props.source}"}#end`,
        ].join('\n'),
      },
      timeoutSeconds: props.timeoutSeconds ?? DEFAULT_TIMEOUTS.lookup,
      smokeTests: props.testNumbers
        ? [
            { name: 'a known test number is found', input: { phoneNumber: props.testNumbers.known }, expect: 'success', output: { found: true, source: props.source } },
            props.notFoundStatus === undefined
              ? { name: 'an unknown number is not found', input: { phoneNumber: props.testNumbers.unknown }, expect: 'success', output: { found: false } }
              : { name: `an unknown number is answered with HTTP ${props.notFoundStatus} (a miss)`, input: { phoneNumber: props.testNumbers.unknown }, expect: 'failure' },
          ]
        : [],
    });
    this.source = props.source;
    this.notFoundStatus = props.notFoundStatus;
    this.phoneField = phone;
  }
}
