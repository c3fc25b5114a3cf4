import { Construct } from 'constructs';
import { DataAction, IDataActionIntegration } from '../data-action';
import { CUSTOMER_PARTICIPANT, DEFAULT_TIMEOUTS, firstMatch, NO_SUCH_CONVERSATION } from './common';

export interface FindCustomerParticipantActionProps {
  /** A Genesys Cloud Data Actions integration. */
  readonly integration: IDataActionIntegration;
  readonly name: string;
  /** @default 10 */
  readonly timeoutSeconds?: number;
}

/**
 * Finds the caller's participant of a conversation:
 * `GET /api/v2/conversations/{conversationId}`. The output is empty when the
 * conversation has no customer participant. Needs `conversation:communication:view`.
 */
export class FindCustomerParticipantAction extends DataAction {
  static readonly PERMISSIONS = ['conversation:communication:view'];

  constructor(scope: Construct, id: string, props: FindCustomerParticipantActionProps) {
    const path = `$.participants${CUSTOMER_PARTICIPANT}.id`;
    super(scope, id, {
      integration: props.integration,
      name: props.name,
      input: { type: 'object', required: ['conversationId'], properties: { conversationId: { type: 'string' } } },
      output: { type: 'object', properties: { participantId: { type: 'string' } } },
      request: { method: 'GET', urlTemplate: '/api/v2/conversations/$esc.url($input.conversationId)' },
      response: {
        translationMap: { participantIds: path },
        translationMapDefaults: { participantIds: '[]' },
        successTemplate: `{"participantId": ${firstMatch('participantIds', path, '""')}}`,
      },
      timeoutSeconds: props.timeoutSeconds ?? DEFAULT_TIMEOUTS.platform,
      requiredPermissions: FindCustomerParticipantAction.PERMISSIONS,
      // The action reaches the Platform API with the integration's client; a conversation that does not exist must fail cleanly.
      smokeTests: [{ name: 'a conversation that does not exist fails cleanly', input: { conversationId: NO_SUCH_CONVERSATION }, expect: 'failure' }],
    });
  }
}
