import { Construct } from 'constructs';
import { StatusProtocol } from '../../protocol/status-protocol';
import { DataAction, IDataActionIntegration } from '../data-action';
import { CUSTOMER_PARTICIPANT, DEFAULT_TIMEOUTS, firstMatch } from './common';

export interface ReadJobStatusActionProps {
  /** A Genesys Cloud Data Actions integration. */
  readonly integration: IDataActionIntegration;
  readonly name: string;
  /** The job's attributes. */
  readonly protocol: StatusProtocol;
  /** @default 10 */
  readonly timeoutSeconds?: number;
}

/**
 * Reads a job's status, error and results from the caller's participant data,
 * all in one `GET /api/v2/conversations/{conversationId}`. Reading through the
 * Platform API, rather than the call flow's own copy of participant data,
 * sees what the workflow wrote. Attributes not written yet read as empty
 * strings. Needs `conversation:communication:view`.
 */
export class ReadJobStatusAction extends DataAction {
  static readonly PERMISSIONS = ['conversation:communication:view'];

  constructor(scope: Construct, id: string, props: ReadJobStatusActionProps) {
    const { protocol } = props;
    const fields: [string, string][] = [
      ['status', protocol.statusAttribute],
      ['error', protocol.errorAttribute],
      ...protocol.resultFields.map((f): [string, string] => [f, protocol.resultAttribute(f)]),
    ];
    const pathOf = (attribute: string) => `$.participants${CUSTOMER_PARTICIPANT}.attributes.${attribute}`;
    super(scope, id, {
      integration: props.integration,
      name: props.name,
      input: { type: 'object', required: ['conversationId'], properties: { conversationId: { type: 'string' } } },
      output: { type: 'object', properties: Object.fromEntries(fields.map(([f]) => [f, { type: 'string' }])) },
      request: { method: 'GET', urlTemplate: '/api/v2/conversations/$esc.url($input.conversationId)' },
      response: {
        translationMap: Object.fromEntries(fields.map(([f, attribute]) => [f, pathOf(attribute)])),
        translationMapDefaults: Object.fromEntries(fields.map(([f]) => [f, '[]'])),
        successTemplate: `{${fields.map(([f, attribute]) => `"${f}": ${firstMatch(f, pathOf(attribute), '""')}`).join(', ')}}`,
      },
      timeoutSeconds: props.timeoutSeconds ?? DEFAULT_TIMEOUTS.platform,
      requiredPermissions: ReadJobStatusAction.PERMISSIONS,
    });
  }
}
