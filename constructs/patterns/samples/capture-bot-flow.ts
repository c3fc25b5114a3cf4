import { Construct } from 'constructs';
import { IDivision } from '../../division/division';
import { ValidationError } from '../../validation';
import { ArchitectFlow } from '../../flows/architect-flow';
import { FlowModel, variable } from '../../flows/archy/model';

export interface CaptureBotFlowProps {
  /** The bot flow's name in the org. */
  readonly name: string;
  /** @default - Archy's default division */
  readonly division?: IDivision;
  /** What the bot asks. @default "In a few words, what is your call about?" */
  readonly question?: string;
  /** Said when the caller says nothing. @default "Sorry, I did not hear you. What is your call about?" */
  readonly noInput?: string;
  /** Said when the bot cannot take the answer. @default "Sorry, could you say that again?" */
  readonly noMatch?: string;
}

/** The slot that holds what the caller said. */
export const CAPTURE_SLOT = 'Utterance';

/**
 * A bot flow that asks one open question and returns, in `Slot.Utterance`,
 * whatever the caller said: an Ask for Slot on a `builtin:any` slot (help,
 * "Use built-in slot types in a bot flow": it captures any input, with Ask
 * for Slot only). The form follows real bot flow exports
 * (GenesysCloudBlueprints/dr-webmessaging-blueprint MyEmergencyChatBot.yaml,
 * web-messaging-triage-bot-blueprint quick-response-bot.yaml). When the
 * caller says nothing, the slot comes back NOT_SET and the call flow does not
 * launch the job. A call flow calls it with Call Bot Flow.
 */
export class CaptureBotFlow extends Construct {
  readonly flow: ArchitectFlow;
  /** The slot variable the calling flow reads, `Slot.Utterance`. */
  readonly slotVariable = `Slot.${CAPTURE_SLOT}`;

  constructor(scope: Construct, id: string, props: CaptureBotFlowProps) {
    super(scope, id);
    const texts = {
      question: props.question ?? 'In a few words, what is your call about?',
      noInput: props.noInput ?? 'Sorry, I did not hear you. What is your call about?',
      noMatch: props.noMatch ?? 'Sorry, could you say that again?',
    };
    const problems = Object.entries(texts)
      .filter(([, t]) => !t.trim() || /["\\\r\n]/.test(t))
      .map(([k, t]) => `${k} ${JSON.stringify(t)} must be non-empty text without double quotes, backslashes or line breaks`);
    ValidationError.throwIf(this, problems);
    const model: FlowModel = {
      kind: 'botFlow',
      name: props.name,
      variables: [variable(this.slotVariable, 'string')],
      slots: [{ name: CAPTURE_SLOT, type: 'builtin:any' }],
      tasks: [
        {
          name: 'Capture',
          refId: 'Capture_10',
          actions: [
            { kind: 'askForSlot', name: 'Ask what the call is about', slot: CAPTURE_SLOT, ...texts },
            { kind: 'exitBotFlow', name: 'Return what the caller said' },
          ],
        },
      ],
      startUpRef: 'Capture_10',
      errorHandling: { kind: 'exit' },
    };
    this.flow = new ArchitectFlow(this, 'Default', { model, division: props.division });
  }

  get botFlowName(): string {
    return this.flow.flowName;
  }

  get flowId(): string {
    return this.flow.flowId;
  }
}
