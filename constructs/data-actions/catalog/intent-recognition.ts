import { Construct } from 'constructs';
import { DataAction, HttpMethod, IDataActionIntegration } from '../data-action';
import { ValidationError } from '../../validation';
import { defaultFor, DEFAULT_TIMEOUTS, firstMatch, SAFE_NAME } from './common';

export interface IntentRecognitionActionProps {
  /** A Web Services Data Actions integration. */
  readonly integration: IDataActionIntegration;
  readonly name: string;
  /** The AI service's endpoint, absolute https:// (Velocity allowed). */
  readonly url: string;
  /** @default "POST" */
  readonly method?: Extract<HttpMethod, 'POST' | 'PUT'>;
  /** Extra headers, e.g. `{ 'x-api-key': '$credentials.apiKey' }`. @default - Content-Type only */
  readonly headers?: Readonly<Record<string, string>>;
  /** Body field that carries the caller's words. @default "text" */
  readonly utteranceField?: string;
  /** JSONPath of the intent in the response. @default "$.intent" */
  readonly intentPath?: string;
  /** JSONPath of the confidence (a number from 0 to 1). @default "$.confidence" */
  readonly confidencePath?: string;
  /** @default 20 */
  readonly timeoutSeconds?: number;
  /** A caller's words the AI must name an intent for, for `npm run smoke`. @default "I have a question about my last bill" */
  readonly smokeUtterance?: string;
}

/**
 * Asks an AI service for the caller's intent: the caller's words go in, an
 * intent and a confidence come out. An answer without an intent gives an
 * empty intent and confidence 0, which the flow routes as no intent.
 */
export class IntentRecognitionAction extends DataAction {
  constructor(scope: Construct, id: string, props: IntentRecognitionActionProps) {
    const field = props.utteranceField ?? 'text';
    if (!SAFE_NAME.test(field)) {
      throw new ValidationError(`${scope.node.path}/${id}`, [`utteranceField ${JSON.stringify(field)} must be letters, digits or "_", starting with a letter`]);
    }
    const intentPath = props.intentPath ?? '$.intent';
    const confidencePath = props.confidencePath ?? '$.confidence';
    super(scope, id, {
      integration: props.integration,
      name: props.name,
      input: {
        type: 'object',
        required: ['utterance'],
        properties: { utterance: { type: 'string' }, conversationId: { type: 'string' } },
      },
      output: { type: 'object', properties: { intent: { type: 'string' }, confidence: { type: 'number' } } },
      request: {
        method: props.method ?? 'POST',
        urlTemplate: props.url,
        headers: { 'Content-Type': 'application/json', ...props.headers },
        bodyTemplate: `{"${field}": "$esc.jsonString($input.utterance)", "conversationId": "$!esc.jsonString($input.conversationId)"}`,
      },
      response: {
        translationMap: { intent: intentPath, confidence: confidencePath },
        translationMapDefaults: { intent: defaultFor(intentPath, '""'), confidence: defaultFor(confidencePath, '0') },
        successTemplate: `{"intent": ${firstMatch('intent', intentPath, '""')}, "confidence": ${firstMatch('confidence', confidencePath, '0')}}`,
      },
      timeoutSeconds: props.timeoutSeconds ?? DEFAULT_TIMEOUTS.ai,
      smokeTests: [
        {
          name: 'a known utterance gives an intent',
          input: { utterance: props.smokeUtterance ?? 'I have a question about my last bill', conversationId: 'smoke-test' },
          expect: 'success',
          output: { intent: true },
        },
      ],
    });
  }
}
