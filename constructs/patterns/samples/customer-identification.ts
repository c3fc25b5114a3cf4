import { Construct } from 'constructs';
import { CustomerLookupAction, CustomerLookupActionProps } from '../../data-actions/catalog/customer-lookup';
import { IDataActionIntegration } from '../../data-actions/data-action';
import { IDivision } from '../../division/division';
import { Call, e164, isNotSetOrEmpty, not, toPhoneNumber } from '../../flows/archy/expressions';
import { SequentialLookupJob } from './customer-lookup-job';
import { WebServicesCredential, WebServicesIntegration } from '../../integrations/web-services-integration';
import { StatusProtocol } from '../../protocol/status-protocol';
import { IQueue } from '../../routing/queue';
import { ValidationError } from '../../validation';
import { AsyncJobDefinition, AsyncWorkflow } from '../async-workflow';

/** One customer database. */
export interface CustomerDatabase
  extends Pick<
    CustomerLookupActionProps,
    'url' | 'method' | 'phoneField' | 'customerIdPath' | 'namePath' | 'headers' | 'timeoutSeconds' | 'testNumbers' | 'notFoundStatus'
  > {
  /** Its name as the agent sees it, e.g. "Alpha". */
  readonly source: string;
  /** @default - no credential */
  readonly credential?: WebServicesCredential;
}

export type IdentificationMode = 'sequential' | 'parallel';

export interface CustomerIdentificationSampleProps {
  /** Start of every object's name, e.g. "dev-Customer Identification". */
  readonly name: string;
  /** @default - the home division */
  readonly division?: IDivision;
  /** @default - a new integration of its own */
  readonly platform?: IDataActionIntegration;
  /** The databases, in the order a sequential lookup asks them. */
  readonly databases: readonly CustomerDatabase[];
  /**
   * sequential: one workflow asks each database in turn until one knows the
   * number. parallel: one workflow per database, all at once; the first hit
   * wins, so identification takes as long as the fastest hit.
   * @default "sequential"
   */
  readonly mode?: IdentificationMode;
  /** Source database to queue, for identified callers. */
  readonly routes: Readonly<Record<string, IQueue>>;
  readonly fallback: IQueue;
  /** @default a welcome message */
  readonly welcome?: string;
  /**
   * Keypad questions the caller answers while the databases are asked, each
   * kept in `Task.<into>` and checked after. @default DEFAULT_QUESTIONS: the reason for the call, and whether it is the first time
   */
  readonly questions?: readonly { readonly ask: string; readonly into: string }[];
  /** How long after the launch a database can first have answered. @default 4 */
  readonly firstCheckAfterSeconds?: number;
  /** @default 0.5 */
  readonly pollIntervalSeconds?: number;
  /** @default 20 */
  readonly deadlineSeconds?: number;
  /** @default - none */
  readonly dnis?: readonly string[];
}

/** The seed's journey: the reason for the call, then whether the issue is new, so identification ends while the caller talks. */
export const DEFAULT_QUESTIONS: readonly { readonly ask: string; readonly into: string }[] = [
  { ask: 'What is your call about? For an order, press 1. For billing, press 2. For anything else, press 3.', into: 'reason' },
  { ask: 'Is this the first time you call us about it? Press 1 for yes, or 2 for no.', into: 'firstTime' },
];

/**
 * The calling number in E.164 form, as real exports normalise it
 * (`ToPhoneNumber(Call.Ani).e164`, GenesysCloudBlueprints dr-fallback-ivr and
 * ani-blacklist): `Call.Ani` is a URI such as `tel:+13175550116`.
 */
export const CALLER_NUMBER = e164(toPhoneNumber(Call.ani));

/**
 * When identification can start: a calling number that is there and has an
 * E.164 form. A withheld, anonymous or SIP caller has none, and skips it. The
 * first test keeps NOT_SET away from `ToPhoneNumber`, which does not allow it.
 */
export const HAS_CALLER_NUMBER = [not(isNotSetOrEmpty(Call.ani)), not(isNotSetOrEmpty(CALLER_NUMBER))] as const;

/**
 * Sample 2: several external calls. The caller is identified by the calling
 * number in the customer databases; the identity (customer id, name, source
 * database) lands in participant data, where the agent sees it.
 */
/**
 * What names a database's integration and lookup action in the construct tree:
 * its source's letters and digits, lower-cased. Two sources with one key
 * ("Db 1", "Db_1") would be one construct id; config/load.ts holds the
 * environment's sources to the same rule.
 */
export function sourceKey(source: string): string {
  return source.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export class CustomerIdentificationSample extends Construct {
  static readonly PROTOCOL_PREFIX = 'custId_';
  readonly lookups: readonly CustomerLookupAction[];
  readonly protocols: readonly StatusProtocol[];
  readonly pattern: AsyncWorkflow;
  readonly mode: IdentificationMode;

  constructor(scope: Construct, id: string, props: CustomerIdentificationSampleProps) {
    super(scope, id);
    const sources = props.databases.map((d) => d.source);
    const problems: string[] = [];
    if (sources.length === 0) problems.push('databases is empty: give at least one customer database');
    for (const s of sources) if (sourceKey(s) === '') problems.push(`database source ${JSON.stringify(s)} has no letter or digit: its integration and action are named after them`);
    const keys = sources.map(sourceKey);
    if (new Set(keys).size !== keys.length) problems.push(`database sources ${JSON.stringify(sources)} must differ in letters or digits, not only in case, spaces or punctuation: their integrations and actions are named after them`);
    for (const r of Object.keys(props.routes)) if (!sources.includes(r)) problems.push(`routes has "${r}", which is not a database source (${sources.join(', ')})`);
    ValidationError.throwIf(this, problems);
    this.mode = props.mode ?? 'sequential';

    this.lookups = props.databases.map((db) => {
      const key = db.source.replace(/[^A-Za-z0-9]/g, '');
      const integration = new WebServicesIntegration(this, `db_${sourceKey(db.source)}`, { name: `${props.name} ${db.source} Database`, credential: db.credential });
      const { credential: _c, source, ...lookup } = db;
      return new CustomerLookupAction(this, `Lookup${key}`, { integration, name: `${props.name} - Lookup ${source}`, source, ...lookup });
    });
    const resultFields = ['customerId', 'customerName', 'source'];
    const jobs: AsyncJobDefinition[] =
      this.mode === 'sequential'
        ? [
            {
              id: 'lookup',
              protocol: new StatusProtocol({ prefix: CustomerIdentificationSample.PROTOCOL_PREFIX, resultFields }),
              job: new SequentialLookupJob({ lookups: this.lookups }),
              inputs: { phoneNumber: CALLER_NUMBER },
              launchWhen: HAS_CALLER_NUMBER,
            },
          ]
        : this.lookups.map((lookup, i) => {
            const key = props.databases[i].source.replace(/[^A-Za-z0-9]/g, '');
            return {
              id: key.toLowerCase(),
              protocol: new StatusProtocol({ prefix: `${CustomerIdentificationSample.PROTOCOL_PREFIX}${key}_`, resultFields }),
              job: new SequentialLookupJob({ lookups: [lookup] }),
              inputs: { phoneNumber: CALLER_NUMBER },
              launchWhen: HAS_CALLER_NUMBER,
            };
          });
    this.protocols = jobs.map((j) => j.protocol);
    this.pattern = new AsyncWorkflow(this, 'Pattern', {
      name: props.name,
      division: props.division,
      platform: props.platform,
      jobs,
      journey: {
        steps: [{ say: props.welcome ?? 'Welcome. While we find your details, two quick questions.' }, ...(props.questions ?? DEFAULT_QUESTIONS)],
        holdMessage: 'Thank you. One moment while we finish finding your details.',
        pollIntervalSeconds: props.pollIntervalSeconds ?? 0.5,
        deadlineSeconds: props.deadlineSeconds ?? 20,
        firstCheckAfterSeconds: props.firstCheckAfterSeconds ?? 4,
      },
      routing: { resultField: 'source', routes: props.routes, fallback: props.fallback },
      dnis: props.dnis,
    });
  }
}
