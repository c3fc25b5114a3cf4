import { Construct } from 'constructs';
import { IntentRecognitionAction } from '../../data-actions/catalog/intent-recognition';
import { IDataActionIntegration } from '../../data-actions/data-action';
import { IDivision } from '../../division/division';
import { Action, variable } from '../../flows/archy/model';
import { CaptureBotFlow, CaptureBotFlowProps } from './capture-bot-flow';
import { AiIntentJob } from './ai-intent-job';
import { WebServicesCredential, WebServicesIntegration } from '../../integrations/web-services-integration';
import { StatusProtocol } from '../../protocol/status-protocol';
import { IQueue } from '../../routing/queue';
import { AsyncWorkflow } from '../async-workflow';

/** The event the caller hears about while the AI works. */
export interface CharityEvent {
  /** e.g. "our charity run next Saturday" */
  readonly announcement: string;
  /** e.g. "from 9 in the morning to 5 in the afternoon" */
  readonly hours: string;
  /** e.g. "a 5 kilometre run, a kids' race and a bake sale" */
  readonly activities: string;
}

export const DEFAULT_EVENT: CharityEvent = {
  announcement: 'While we find the right person for you: next Saturday we hold our charity day for the local food bank.',
  hours: 'It runs from 9 in the morning to 5 in the afternoon, at our main office.',
  activities: 'There is a 5 kilometre fun run, a race for children, and a bake sale. Everyone is welcome.',
};

export interface AiIntentSampleProps {
  /** Start of every object's name, e.g. "dev-AI Intent". */
  readonly name: string;
  /** @default - the home division */
  readonly division?: IDivision;
  /** @default - a new integration of its own */
  readonly platform?: IDataActionIntegration;
  /** The AI service. */
  readonly ai: {
    readonly url: string;
    /** @default - no credential */
    readonly credential?: WebServicesCredential;
    /** @default - Content-Type only; e.g. `{ 'x-api-key': '$credentials.apiKey' }` */
    readonly headers?: Readonly<Record<string, string>>;
    /** @default "$.intent" */
    readonly intentPath?: string;
    /** @default "$.confidence" */
    readonly confidencePath?: string;
    /** @default 0.5 */
    readonly minConfidence?: number;
    /** @default 20 */
    readonly timeoutSeconds?: number;
  };
  /**
   * How the caller's words are captured.
   * @default - a `CaptureBotFlow` of this app, "<name> Capture"
   */
  readonly capture?:
    | { readonly existingBotFlow: string; /** @default "Slot.Utterance" */ readonly utteranceSlot?: string }
    | Pick<CaptureBotFlowProps, 'question' | 'noInput' | 'noMatch'>;
  /** @default DEFAULT_EVENT */
  readonly event?: CharityEvent;
  /** Intent to queue. */
  readonly intents: Readonly<Record<string, IQueue>>;
  readonly fallback: IQueue;
  /** @default 3 */
  readonly pollIntervalSeconds?: number;
  /**
   * How long after the launch the AI can first have answered: the journey's
   * checks before then are skipped. @default 6
   */
  readonly firstCheckAfterSeconds?: number;
  /** @default 30 */
  readonly deadlineSeconds?: number;
  /** @default - none */
  readonly dnis?: readonly string[];
}

/**
 * Sample 1: AI intention recognition. The caller says what they want; a
 * workflow asks the AI (5 s or more) while the caller hears about a charity
 * event and its details; the call is routed by intent.
 */
export class AiIntentSample extends Construct {
  static readonly PROTOCOL_PREFIX = 'aiIntent_';
  readonly protocol = new StatusProtocol({ prefix: AiIntentSample.PROTOCOL_PREFIX, resultFields: ['intent', 'confidence'] });
  readonly aiIntegration: WebServicesIntegration;
  readonly recognize: IntentRecognitionAction;
  /** The bot flow that captures what the caller says, unless the org's own is used. */
  readonly captureBot?: CaptureBotFlow;
  readonly pattern: AsyncWorkflow;

  constructor(scope: Construct, id: string, props: AiIntentSampleProps) {
    super(scope, id);
    this.aiIntegration = new WebServicesIntegration(this, 'ai', { name: `${props.name} AI Service`, credential: props.ai.credential });
    this.recognize = new IntentRecognitionAction(this, 'Recognize', {
      integration: this.aiIntegration,
      name: `${props.name} - Recognize Intent`,
      url: props.ai.url,
      headers: props.ai.headers,
      intentPath: props.ai.intentPath,
      confidencePath: props.ai.confidencePath,
      timeoutSeconds: props.ai.timeoutSeconds,
    });
    const utterance = variable('Task.utterance', 'string');
    const existing = props.capture && 'existingBotFlow' in props.capture ? props.capture : undefined;
    if (!existing) {
      this.captureBot = new CaptureBotFlow(this, 'Capture', { name: `${props.name} Capture`, division: props.division, ...props.capture });
    }
    const capture: Action = {
      kind: 'callBotFlow',
      name: 'Ask the caller what they need',
      botFlowName: existing?.existingBotFlow ?? this.captureBot!.botFlowName,
      deployed: this.captureBot ? { flowId: this.captureBot.flowId, dependable: this.captureBot.flow.terraformResource } : undefined,
      // A caller who says nothing leaves the slot NOT_SET: the job is not launched (the call flow's default condition).
      slots: { [existing?.utteranceSlot ?? this.captureBot!.slotVariable]: utterance },
    };
    const event = props.event ?? DEFAULT_EVENT;
    this.pattern = new AsyncWorkflow(this, 'Pattern', {
      name: props.name,
      division: props.division,
      platform: props.platform,
      jobs: [
        {
          id: 'intent',
          protocol: this.protocol,
          job: new AiIntentJob({ action: this.recognize, minConfidence: props.ai.minConfidence }),
          inputs: { utterance: utterance.ref },
        },
      ],
      journey: {
        beforeLaunch: [capture],
        variables: [utterance],
        steps: [{ say: event.announcement }, { say: event.hours }, { say: event.activities }],
        pollIntervalSeconds: props.pollIntervalSeconds,
        deadlineSeconds: props.deadlineSeconds,
        // The AI takes 5 s or more: a check before then cannot help.
        firstCheckAfterSeconds: props.firstCheckAfterSeconds ?? 6,
      },
      routing: { resultField: 'intent', routes: props.intents, fallback: props.fallback },
      dnis: props.dnis,
    });
  }
}
