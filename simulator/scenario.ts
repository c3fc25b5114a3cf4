/** A scenario: the world a simulated call meets. Shipped as JSON in scenarios/. */
import * as fs from 'fs';
import * as path from 'path';
import { Distribution } from './random';

export interface ServiceBehaviour {
  readonly latency: Distribution;
  /** Share of calls answered with HTTP 500. @default 0 */
  readonly errorRate?: number;
}

export interface AiBehaviour extends ServiceBehaviour {
  /** Intent to probability; "" is an answer without an intent. */
  readonly intents: Readonly<Record<string, number>>;
  readonly confidence: Distribution;
  /** Share of answers with an intent and `"confidence": null`. @default 0 */
  readonly nullConfidenceRate?: number;
}

export interface DatabaseBehaviour extends ServiceBehaviour {
  /** Share of numbers this database knows. */
  readonly hitRate: number;
  /** The database answers a miss with this HTTP status (e.g. 404) instead of 2xx without a customer. @default - 2xx */
  readonly missStatus?: number;
}

export interface PlatformBehaviour extends ServiceBehaviour {
  /** Share of workflow launches that fail, besides `errorRate`. @default 0 */
  readonly launchErrorRate?: number;
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** Which sample of the environment runs. */
  readonly sample: 'aiIntent' | 'customerIdentification';
  /** The environment whose configuration builds the flows. @default "dev" */
  readonly environment?: string;
  /** Sample 2 only: run these identification modes. @default the environment's mode */
  readonly modes?: readonly ('sequential' | 'parallel')[];
  /** @default 1000 */
  readonly calls?: number;
  /** Arrival rate for the capacity figures. @default 60 */
  readonly callsPerMinute?: number;
  /** @default 1 */
  readonly seed?: number;
  /** How long a participant data write takes to reach a reader. @default 0.5 */
  readonly propagationSeconds?: number;
  /** From the launch answering to the workflow's first action. */
  readonly workflowStartSeconds: Distribution;
  readonly speech: {
    /** How long text-to-speech takes per word. */
    readonly secondsPerWord: number;
    /** If set, the journey's messages are scaled to last this long in total. */
    readonly journeySeconds?: number;
  };
  readonly caller: {
    /** How long the bot flow takes to capture the request (sample 1). */
    readonly captureSeconds: Distribution;
    readonly utterance: string;
    /** The calling number as the flow receives it, a `tel:` URI, e.g. "tel:+32470123456". */
    readonly ani: string;
    /** Share of callers who say nothing the bot can capture: the slot comes back NOT_SET. @default 0 */
    readonly noUtteranceRate?: number;
    /** Share of callers whose number is withheld, anonymous or SIP (no E.164 form; see WITHHELD_ANIS). @default 0 */
    readonly withheldRate?: number;
  };
  /** The Platform API, as data actions and Set Conversation Data reach it. */
  readonly platform: PlatformBehaviour;
  /** The AI service (sample 1). */
  readonly ai?: AiBehaviour;
  /** Customer databases by source (sample 2). */
  readonly databases?: Readonly<Record<string, DatabaseBehaviour>>;
  /** Org limits. @default { concurrent: 50, perMinute: 2500 } */
  readonly limits?: { readonly concurrent: number; readonly perMinute: number };
}

export const SCENARIO_DIR = path.join(__dirname, 'scenarios');

export function scenarioNames(): string[] {
  return fs
    .readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function loadScenario(name: string): Scenario {
  const file = path.join(SCENARIO_DIR, `${name}.json`);
  if (!fs.existsSync(file)) {
    throw new Error(`there is no scenario "${name}"; the scenarios are ${scenarioNames().join(', ')} (in simulator/scenarios/)`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Scenario;
}
