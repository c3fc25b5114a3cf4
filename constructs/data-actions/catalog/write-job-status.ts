import { Construct } from 'constructs';
import { StatusProtocol } from '../../protocol/status-protocol';
import { DataAction, IDataActionIntegration } from '../data-action';
import { DEFAULT_TIMEOUTS } from './common';

export interface WriteJobStatusActionProps {
  /** A Genesys Cloud Data Actions integration. */
  readonly integration: IDataActionIntegration;
  readonly name: string;
  /** The job's attributes. */
  readonly protocol: StatusProtocol;
  /** @default 10 */
  readonly timeoutSeconds?: number;
}

/**
 * Writes a job's status, error and results to the caller's participant data
 * in a single `PATCH .../participants/{participantId}/attributes`, so a
 * reader never sees a status without its results. Inputs left out are
 * written as empty strings, which clears results of an earlier write. Only
 * the workflow calls it. The endpoint needs no permission.
 */
export class WriteJobStatusAction extends DataAction {
  constructor(scope: Construct, id: string, props: WriteJobStatusActionProps) {
    const { protocol } = props;
    const fields: [string, string][] = [
      ['status', protocol.statusAttribute],
      ['error', protocol.errorAttribute],
      ...protocol.resultFields.map((f): [string, string] => [f, protocol.resultAttribute(f)]),
    ];
    // `$!` prints nothing for an input that was left out, where `$` would print the template text.
    const attributes = fields.map(([f, attribute]) => `"${attribute}": "$!esc.jsonString($input.${f})"`).join(', ');
    super(scope, id, {
      integration: props.integration,
      name: props.name,
      input: {
        type: 'object',
        required: ['conversationId', 'participantId', 'status'],
        properties: {
          conversationId: { type: 'string' },
          participantId: { type: 'string' },
          ...Object.fromEntries(fields.map(([f]) => [f, { type: 'string' as const }])),
        },
      },
      output: { type: 'object', properties: {} },
      request: {
        method: 'PATCH',
        urlTemplate: '/api/v2/conversations/$esc.url($input.conversationId)/participants/$esc.url($input.participantId)/attributes',
        headers: { 'Content-Type': 'application/json' },
        bodyTemplate: `{"attributes": {${attributes}}}`,
      },
      response: { successTemplate: '{}' },
      timeoutSeconds: props.timeoutSeconds ?? DEFAULT_TIMEOUTS.platform,
    });
  }
}
