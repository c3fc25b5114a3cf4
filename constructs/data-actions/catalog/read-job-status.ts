import { Construct } from 'constructs';
import { StatusProtocol } from '../../protocol/status-protocol';
import { ValidationError } from '../../validation';
import { DataAction, IDataActionIntegration } from '../data-action';
import { DEFAULT_TIMEOUTS, firstMatch, NO_SUCH_CONVERSATION } from './common';

export interface ReadJobStatusActionProps {
  /** A Genesys Cloud Data Actions integration. */
  readonly integration: IDataActionIntegration;
  readonly name: string;
  /** The jobs whose attributes it reads: one, or several running side by side. */
  readonly protocols: readonly StatusProtocol[];
  /** @default 3 */
  readonly timeoutSeconds?: number;
}

/**
 * Reads the status, error and results of one or more jobs from the
 * conversation's participant data, all in one
 * `GET /api/v2/conversations/{conversationId}`. Each output is named after its
 * attribute (e.g. `aiJob_status`). Reading through the Platform API, rather
 * than the call flow's own copy of participant data, sees what the workflow
 * wrote. The workflow writes with Set Conversation Data and no participant
 * id, and Genesys documents no rule for which participant then holds the
 * attributes, so each is read from whichever participant has it: only the
 * workflow writes them. Attributes not written yet read as empty strings.
 * Needs `conversation:communication:view`.
 */
export class ReadJobStatusAction extends DataAction {
  static readonly PERMISSIONS = ['conversation:communication:view'];

  readonly protocols: readonly StatusProtocol[];

  constructor(scope: Construct, id: string, props: ReadJobStatusActionProps) {
    const attributes = props.protocols.flatMap((p) => p.attributes);
    const problems: string[] = [];
    if (props.protocols.length === 0) problems.push('protocols is empty: give the protocol of at least one job');
    const dup = attributes.filter((a, i) => attributes.indexOf(a) !== i);
    if (dup.length) problems.push(`protocols share attributes ${[...new Set(dup)].join(', ')}: give each job its own prefix`);
    ValidationError.throwIf(`${scope.node.path}/${id}`, problems);
    const pathOf = (attribute: string) => `$.participants[*].attributes.${attribute}`;
    super(scope, id, {
      integration: props.integration,
      name: props.name,
      input: { type: 'object', required: ['conversationId'], properties: { conversationId: { type: 'string' } } },
      output: { type: 'object', properties: Object.fromEntries(attributes.map((a) => [a, { type: 'string' }])) },
      request: { method: 'GET', urlTemplate: '/api/v2/conversations/$esc.url($input.conversationId)' },
      response: {
        translationMap: Object.fromEntries(attributes.map((a) => [a, pathOf(a)])),
        translationMapDefaults: Object.fromEntries(attributes.map((a) => [a, '[]'])),
        successTemplate: `{${attributes.map((a) => `"${a}": ${firstMatch(a, pathOf(a), '""')}`).join(', ')}}`,
      },
      timeoutSeconds: props.timeoutSeconds ?? DEFAULT_TIMEOUTS.statusRead,
      requiredPermissions: ReadJobStatusAction.PERMISSIONS,
      // The action reaches the Platform API with the integration's client; a conversation that does not exist must fail cleanly.
      smokeTests: [{ name: 'a conversation that does not exist fails cleanly', input: { conversationId: NO_SUCH_CONVERSATION }, expect: 'failure' }],
    });
    this.protocols = props.protocols;
  }
}
