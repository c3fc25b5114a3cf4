/** Sample 1's job, run by its workflow: ask the AI service for the caller's intent. */
import { IntentRecognitionAction } from '../../data-actions/catalog/intent-recognition';
import { dec, isNotSetOrEmpty, isSet, lt, not, toStr } from '../../flows/archy/expressions';
import { Action, variable } from '../../flows/archy/model';
import { ValidationError } from '../../validation';
import { errorCode, JobContext, WorkflowJob } from '../async-workflow/job';

export interface AiIntentJobProps {
  readonly action: IntentRecognitionAction;
  /**
   * An intent with a lower confidence counts as no intent (NOT_FOUND).
   * @default 0.5
   */
  readonly minConfidence?: number;
}

/** Sample 1's job: ask the AI for the caller's intent. */
export class AiIntentJob implements WorkflowJob {
  readonly inputs = [{ name: 'utterance' }];
  readonly resultFields = ['intent', 'confidence'];

  constructor(private readonly props: AiIntentJobProps) {
    const m = props.minConfidence;
    if (m !== undefined && !(m >= 0 && m <= 1)) throw new ValidationError('AiIntentJob', [`minConfidence ${m} must be a number from 0 to 1, e.g. 0.5`]);
  }

  actions(ctx: JobContext): Action[] {
    const intent = ctx.declare(variable('State.aiIntent', 'string'));
    const confidence = ctx.declare(variable('State.aiConfidence', 'decimal'));
    const min = this.props.minConfidence ?? 0.5;
    // Each test sits in a decision of its own, so the `<` only runs once the confidence is known to be set.
    const judge: Action = {
      kind: 'decision',
      name: 'No intent?',
      condition: isNotSetOrEmpty(intent.ref),
      yes: [ctx.finish('NOT_FOUND')],
      no: [
        {
          kind: 'decision',
          name: 'No confidence?',
          condition: not(isSet(confidence.ref)),
          yes: [ctx.finish('NOT_FOUND')],
          no: [
            {
              kind: 'decision',
              name: 'Too unsure?',
              condition: lt(confidence.ref, dec(min)),
              yes: [ctx.finish('NOT_FOUND')],
              no: [ctx.finish('SUCCESS', { results: { intent: intent.ref, confidence: toStr(confidence.ref) } })],
            },
          ],
        },
      ],
    };
    return [
      {
        kind: 'callData',
        name: 'Ask the AI for the intent',
        action: this.props.action,
        inputs: { utterance: ctx.input('utterance'), conversationId: ctx.conversationId },
        successOutputs: { intent, confidence },
        timeoutSeconds: this.props.action.definition.timeoutSeconds,
        success: [judge],
        failure: [ctx.finish('FAILED', { error: errorCode('AI', 'failure') })],
        timeout: [ctx.finish('FAILED', { error: errorCode('AI', 'timeout') })],
      },
    ];
  }
}

