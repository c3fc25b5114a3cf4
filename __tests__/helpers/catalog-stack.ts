import { Testing, TerraformStack } from 'cdktf';
import { Flow } from '@cdktf/provider-genesyscloud/lib/flow';
import { GenesyscloudProvider } from '@cdktf/provider-genesyscloud/lib/provider';
import {
  CustomerLookupAction,
  IntentRecognitionAction,
  LaunchWorkflowAction,
  ReadJobStatusAction,
} from '../../constructs/data-actions/catalog';
import { DataAction } from '../../constructs/data-actions/data-action';
import { GenesysDataActionsIntegration } from '../../constructs/integrations/genesys-data-actions-integration';
import { WebServicesIntegration } from '../../constructs/integrations/web-services-integration';
import { StatusProtocol } from '../../constructs/protocol/status-protocol';
import { memoryApp } from '../../stacks/memory-app';

/** Every action of the catalog, in a stack of their own, as the pattern will use them. */
export function catalogStack() {
  const stack = new TerraformStack(memoryApp(), 'test');
  new GenesyscloudProvider(stack, 'genesyscloud', { awsRegion: 'eu-west-1' });
  const platform = new GenesysDataActionsIntegration(stack, 'platform', { name: 'test-Platform' });
  const ai = new WebServicesIntegration(stack, 'ai', { name: 'test-AI', credential: { type: 'userDefined', fields: ['apiKey'] } });
  const alpha = new WebServicesIntegration(stack, 'alpha', { name: 'test-Alpha', credential: { type: 'basicAuth' } });
  const beta = new WebServicesIntegration(stack, 'beta', { name: 'test-Beta' });
  const workflow = new Flow(stack, 'workflow', { filepath: 'workflow.yaml' });
  const protocol = new StatusProtocol({ prefix: 'aiJob_', resultFields: ['intent', 'confidence'] });
  const actions = {
    launch: new LaunchWorkflowAction(stack, 'launch', {
      integration: platform,
      name: 'Launch AI Job',
      workflowId: workflow.id,
      jobInputs: [{ name: 'utterance' }],
    }),
    readStatus: new ReadJobStatusAction(stack, 'read_status', { integration: platform, name: 'Read AI Job Status', protocols: [protocol] }),
    intent: new IntentRecognitionAction(stack, 'intent', {
      integration: ai,
      name: 'Recognize Intent',
      url: 'https://ai.example.com/v1/intents',
      headers: { 'x-api-key': '$credentials.apiKey' },
    }),
    lookupAlpha: new CustomerLookupAction(stack, 'lookup_alpha', {
      integration: alpha,
      name: 'Lookup Alpha',
      source: 'Alpha',
      url: 'https://alpha.example.com/customers',
    }),
    lookupBeta: new CustomerLookupAction(stack, 'lookup_beta', {
      integration: beta,
      name: 'Lookup Beta',
      source: 'Beta',
      url: 'https://beta.example.com/search?v=2',
      method: 'POST',
      phoneField: 'msisdn',
      customerIdPath: '$.customers[*].customerNumber',
      namePath: '$.customers[*].fullName',
    }),
  } satisfies Record<string, DataAction>;
  const json = JSON.parse(Testing.synth(stack));
  return { stack, json, actions, platform, ai, alpha, beta, protocol, workflow };
}
