import { Construct } from 'constructs';
import { InputContract, InputType } from '../contract';
import { DataAction, IDataActionIntegration } from '../data-action';
import { ValidationError } from '../../validation';
import { DEFAULT_TIMEOUTS, SAFE_NAME } from './common';

/** One input of the workflow, besides the conversation id: `Flow.<name>` in the workflow. */
export interface WorkflowInput {
  readonly name: string;
  /** @default "string" */
  readonly type?: InputType;
}

export interface LaunchWorkflowActionProps {
  /** A Genesys Cloud Data Actions integration. */
  readonly integration: IDataActionIntegration;
  readonly name: string;
  /** Id of the workflow to start (a Terraform reference to its flow). */
  readonly workflowId: string;
  /** The job's inputs, passed to the workflow as `Flow.<name>`. @default - only the conversation id */
  readonly jobInputs?: readonly WorkflowInput[];
  /** @default 10 */
  readonly timeoutSeconds?: number;
}

/** The conversation id always goes to the workflow, as `Flow.conversationId`. */
export const CONVERSATION_ID_INPUT = 'conversationId';

/**
 * Starts a workflow: `POST /api/v2/flows/executions`. The call returns as
 * soon as the workflow has started, so the caller's journey goes on.
 * Needs `architect:flow:launch`.
 */
export class LaunchWorkflowAction extends DataAction {
  static readonly PERMISSIONS = ['architect:flow:launch'];

  constructor(scope: Construct, id: string, props: LaunchWorkflowActionProps) {
    const inputs: WorkflowInput[] = [{ name: CONVERSATION_ID_INPUT }, ...(props.jobInputs ?? [])];
    const bad = inputs.filter((i) => !SAFE_NAME.test(i.name)).map((i) => i.name);
    if (bad.length > 0 || new Set(inputs.map((i) => i.name)).size !== inputs.length) {
      throw new ValidationError(`${scope.node.path}/${id}`, [
        `jobInputs ${JSON.stringify(bad.length ? bad : inputs.map((i) => i.name))} must be distinct names of letters, digits or "_" (and not "${CONVERSATION_ID_INPUT}", which is always passed)`,
      ]);
    }
    const input: InputContract = {
      type: 'object',
      required: inputs.map((i) => i.name),
      properties: Object.fromEntries(inputs.map((i) => [i.name, { type: i.type ?? 'string' }])),
    };
    // Strings are escaped into JSON strings; numbers and booleans are written as they are.
    const inputData = inputs
      .map((i) => ((i.type ?? 'string') === 'string' ? `"Flow.${i.name}": "$esc.jsonString($input.${i.name})"` : `"Flow.${i.name}": $input.${i.name}`))
      .join(', ');
    super(scope, id, {
      integration: props.integration,
      name: props.name,
      input,
      output: { type: 'object', properties: { executionId: { type: 'string' } } },
      request: {
        method: 'POST',
        urlTemplate: '/api/v2/flows/executions',
        headers: { 'Content-Type': 'application/json' },
        bodyTemplate: `{"flowId": "${props.workflowId}", "name": "Async job $esc.jsonString($input.${CONVERSATION_ID_INPUT})", "inputData": {${inputData}}}`,
      },
      response: {
        translationMap: { executionId: '$.id' },
        successTemplate: '{"executionId": ${executionId}}',
      },
      timeoutSeconds: props.timeoutSeconds ?? DEFAULT_TIMEOUTS.platform,
      requiredPermissions: LaunchWorkflowAction.PERMISSIONS,
    });
  }
}
