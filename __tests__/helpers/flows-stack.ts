import { Testing, TerraformStack } from 'cdktf';
import { GenesyscloudProvider } from '@cdktf/provider-genesyscloud/lib/provider';
import {
  CustomerLookupAction,
  FindCustomerParticipantAction,
  IntentRecognitionAction,
  LaunchWorkflowAction,
  ReadJobStatusAction,
  WriteJobStatusAction,
} from '../../constructs/data-actions/catalog';
import { DivisionLookup } from '../../constructs/division/division';
import { AsyncJobCallFlow } from '../../constructs/flows/async-job-call-flow';
import { AsyncJobWorkflow } from '../../constructs/flows/async-job-workflow';
import { Call } from '../../constructs/flows/archy/expressions';
import { AiIntentJob, SequentialLookupJob } from '../../constructs/flows/jobs';
import { GenesysDataActionsIntegration } from '../../constructs/integrations/genesys-data-actions-integration';
import { WebServicesIntegration } from '../../constructs/integrations/web-services-integration';
import { StatusProtocol } from '../../constructs/protocol/status-protocol';
import { IQueue } from '../../constructs/routing/queue';

const queue = (name: string): IQueue => ({ queueName: name });

/** Both samples' flows, with their actions, in one stack: what the pattern will compose. */
export function flowsStack() {
  const stack = new TerraformStack(Testing.app(), 'test');
  new GenesyscloudProvider(stack, 'genesyscloud', { awsRegion: 'eu-west-1' });
  const division = new DivisionLookup(stack, 'division');
  const platform = new GenesysDataActionsIntegration(stack, 'platform', { name: 'test-Platform' });
  const ai = new WebServicesIntegration(stack, 'ai', { name: 'test-AI' });
  const dbs = ['Alpha', 'Beta', 'Gamma'].map((source) => new WebServicesIntegration(stack, source.toLowerCase(), { name: `test-${source}` }));
  const findParticipant = new FindCustomerParticipantAction(stack, 'find_participant', { integration: platform, name: 'Find Customer Participant' });

  // Sample 1: AI intent.
  const aiProtocol = new StatusProtocol({ prefix: 'aiJob_', resultFields: ['intent', 'confidence'] });
  const aiWorkflow = new AsyncJobWorkflow(stack, 'ai_workflow', {
    name: 'test-AI Intent Workflow',
    division,
    protocol: aiProtocol,
    findParticipant,
    writeStatus: new WriteJobStatusAction(stack, 'ai_write', { integration: platform, name: 'Write AI Job Status', protocol: aiProtocol }),
    job: new AiIntentJob({
      action: new IntentRecognitionAction(stack, 'intent', { integration: ai, name: 'Recognize Intent', url: 'https://ai.example.com/intents' }),
    }),
  });
  const aiLaunch = new LaunchWorkflowAction(stack, 'ai_launch', {
    integration: platform,
    name: 'Launch AI Intent Workflow',
    workflowId: aiWorkflow.flowId,
    jobInputs: aiWorkflow.job.inputs,
  });
  const aiCallFlow = new AsyncJobCallFlow(stack, 'ai_call_flow', {
    name: 'test-AI Intent Call Flow',
    division,
    protocol: aiProtocol,
    launch: aiLaunch,
    readStatus: new ReadJobStatusAction(stack, 'ai_read', { integration: platform, name: 'Read AI Job Status', protocol: aiProtocol }),
    jobInputs: { utterance: Call.ani },
    steps: [{ say: 'Welcome.' }, { say: 'Our charity event is next Saturday.' }, { ask: 'Press 1 to hear the details.', into: 'wantsDetails' }],
    routing: { resultField: 'intent', routes: { billing: queue('test-Billing'), sales: queue('test-Sales') }, fallback: queue('test-General') },
  });

  // Sample 2: customer identification.
  const idProtocol = new StatusProtocol({ prefix: 'custId_', resultFields: ['customerId', 'customerName', 'source'] });
  const idWorkflow = new AsyncJobWorkflow(stack, 'id_workflow', {
    name: 'test-Customer Identification Workflow',
    protocol: idProtocol,
    findParticipant,
    writeStatus: new WriteJobStatusAction(stack, 'id_write', { integration: platform, name: 'Write Identification Status', protocol: idProtocol }),
    job: new SequentialLookupJob({
      lookups: dbs.map(
        (db, i) =>
          new CustomerLookupAction(stack, `lookup_${i}`, {
            integration: db,
            name: `Lookup ${db.integrationName.replace('test-', '')}`,
            source: db.integrationName.replace('test-', ''),
            url: `https://${db.integrationName.replace('test-', '').toLowerCase()}.example.com/customers`,
          }),
      ),
    }),
  });
  const idCallFlow = new AsyncJobCallFlow(stack, 'id_call_flow', {
    name: 'test-Customer Identification Call Flow',
    protocol: idProtocol,
    launch: new LaunchWorkflowAction(stack, 'id_launch', {
      integration: platform,
      name: 'Launch Identification Workflow',
      workflowId: idWorkflow.flowId,
      jobInputs: idWorkflow.job.inputs,
    }),
    readStatus: new ReadJobStatusAction(stack, 'id_read', { integration: platform, name: 'Read Identification Status', protocol: idProtocol }),
    jobInputs: { phoneNumber: Call.ani },
    steps: [{ say: 'Welcome back.' }],
    routing: { resultField: 'source', routes: { Alpha: queue('test-Alpha Customers') }, fallback: queue('test-General') },
  });

  const json = JSON.parse(Testing.synth(stack));
  return { stack, json, aiWorkflow, aiCallFlow, idWorkflow, idCallFlow, aiProtocol, idProtocol, aiLaunch };
}
