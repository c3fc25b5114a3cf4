import { ConfigError, EnvironmentDefinition, loadEnvironments } from '../config';
import { Action, allActions } from '../constructs/flows/archy/model';
import { AsyncWorkflow } from '../constructs/patterns/async-workflow';
import { GenesysDataActionsIntegration } from '../constructs/integrations/genesys-data-actions-integration';
import { ValidationError } from '../constructs/validation';
import { CustomerIdentificationSample, sourceKey } from '../constructs/patterns/samples/customer-identification';
import { environmentStack } from './helpers/flows-stack';
import { PARALLEL, SEQUENTIAL } from './fixtures/environments';

const devBuilt = environmentStack(SEQUENTIAL);
const prodBuilt = environmentStack(PARALLEL);

const count = (json: any, type: string) => Object.keys(json.resource?.[type] ?? {}).length;
const names = (json: any, type: string, attr = 'name') => Object.values<any>(json.resource?.[type] ?? {}).map((r) => r[attr]).sort();

describe('the default environments deploy both samples', () => {
  it.each([
    // Sample 1: capture bot, workflow, call flow; sample 2: call flow and one workflow (sequential) or three (parallel).
    ['dev', devBuilt.json, 5],
    ['prod', prodBuilt.json, 7],
  ])('%s has every resource of both samples', (_env, json, flows) => {
    expect(count(json, 'genesyscloud_flow')).toBe(flows);
    expect(count(json, 'genesyscloud_auth_role')).toBe(1);
    expect(count(json, 'genesyscloud_oauth_client')).toBe(1);
    // The shared platform integration, the AI service and three databases.
    expect(count(json, 'genesyscloud_integration')).toBe(5);
    expect(count(json, 'genesyscloud_routing_queue')).toBe(7);
    expect(count(json, 'genesyscloud_integration_credential')).toBe(2);
  });

  it('names everything with the environment prefix', () => {
    const prefixed = (json: any, prefix: string) =>
      Object.values<any>(json.resource)
        .flatMap((byName) => Object.values<any>(byName))
        .map((r) => r.name ?? r.config?.name)
        .filter((n) => n !== undefined)
        .every((n: string) => n.startsWith(prefix));
    expect(prefixed(devBuilt.json, 'dev-')).toBe(true);
    expect(prefixed(prodBuilt.json, 'prod-')).toBe(true);
    expect(names(devBuilt.json, 'genesyscloud_routing_queue')).toEqual([
      'dev-Alpha Customers',
      'dev-Beta Customers',
      'dev-Billing',
      'dev-Gamma Customers',
      'dev-General',
      'dev-Sales',
      'dev-Support',
    ]);
  });

  it('grants the shared role exactly what the samples\' internal actions need', () => {
    expect((devBuilt.stack.platform as GenesysDataActionsIntegration).requiredPermissions).toEqual(['architect:flow:launch', 'conversation:communication:view']);
    const role = Object.values<any>(devBuilt.json.resource.genesyscloud_auth_role)[0];
    expect(role.permission_policies.flatMap((p: any) => p.action_set.map((a: string) => `${p.domain}:${p.entity_name}:${a}`))).toEqual([
      'architect:flow:launch',
      'conversation:communication:view',
    ]);
  });

  it('takes every credential from sensitive variables named after the environment and the service', () => {
    expect(Object.keys(devBuilt.json.variable).sort()).toEqual(['dev_ai_api_key', 'dev_db_alpha_password', 'dev_db_alpha_user_name']);
    expect(Object.values<any>(devBuilt.json.variable).every((v) => v.sensitive === true)).toBe(true);
    expect(Object.keys(prodBuilt.json.variable).sort()).toEqual(['prod_ai_api_key', 'prod_db_alpha_password', 'prod_db_alpha_user_name']);
  });

  it('outputs the flows and the bound on status reads', () => {
    expect(Object.keys(devBuilt.json.output)).toEqual(
      expect.arrayContaining(['ai_intent_call_flow_id', 'ai_intent_workflow_ids', 'ai_intent_max_status_reads_per_call', 'customer_identification_call_flow_id']),
    );
    expect(devBuilt.json.output.ai_intent_max_status_reads_per_call.value).toBe(7);
  });
});

/** The Terraform addresses one resource refers to, through references and depends_on. */
function graph(json: any): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [type, byName] of Object.entries<any>(json.resource)) {
    for (const [name, body] of Object.entries<any>(byName)) {
      const refs = new Set<string>();
      const text = JSON.stringify(body);
      for (const m of text.matchAll(/(genesyscloud_[a-z_]+)\.([A-Za-z0-9_-]+)(?:\.[a-z_]+)?/g)) refs.add(`${m[1]}.${m[2]}`);
      refs.delete(`${type}.${name}`);
      edges.set(`${type}.${name}`, refs);
    }
  }
  return edges;
}

function dependsOn(edges: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === to) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    stack.push(...(edges.get(n) ?? []));
  }
  return false;
}

describe('dependencies', () => {
  it.each([
    ['role -> client -> integration -> read action -> inbound flow', (p: any) => [p.platformRole, p.client, p.integration, p.readStatus, p.callFlow]],
    ['AI action -> workflow -> launch action -> inbound flow', (p: any) => [p.recognize, p.workflow, p.launch, p.callFlow]],
    ['capture bot flow -> inbound flow', (p: any) => [p.captureBot, p.callFlow]],
  ])('run %s', (_name, pick) => {
    const { stack, json } = devBuilt;
    const edges = graph(json);
    const id = (element: any) => `${element.terraformResourceType}.${stack.getLogicalId(element)}`;
    // The stack made its own (no `platform` prop): the integration with its role and client.
    const platform = stack.platform as GenesysDataActionsIntegration;
    const sample = stack.aiIntent!;
    const pattern = sample.pattern;
    const chain: string[] = pick({
      platformRole: id(platform.role.terraformResource),
      client: id(platform.oauthClient.terraformResource),
      integration: `genesyscloud_integration.${stack.getLogicalId(platform.node.findChild('Default') as any)}`,
      readStatus: id(pattern.readStatus.terraformResource),
      recognize: id(sample.recognize.terraformResource),
      workflow: id(pattern.workflows.intent.flow.terraformResource),
      launch: id(pattern.launches.intent.terraformResource),
      captureBot: id(sample.captureBot!.flow.terraformResource),
      callFlow: id(pattern.callFlow.flow.terraformResource),
    });
    for (let i = chain.length - 1; i > 0; i--) expect([chain[i], dependsOn(edges, chain[i], chain[i - 1])]).toEqual([chain[i], true]);
    // And never the other way round.
    expect(dependsOn(edges, chain[0], chain[chain.length - 1])).toBe(false);
  });

  it('deploy no capture bot when the environment names a bot flow of its own', () => {
    const base = SEQUENTIAL;
    const { stack, json } = environmentStack({ ...base, samples: { aiIntent: { ...base.samples!.aiIntent!, captureBotFlow: 'Our Bot' } } });
    expect(stack.aiIntent!.captureBot).toBeUndefined();
    expect(count(json, 'genesyscloud_flow')).toBe(2);
    expect(stack.aiIntent!.pattern.callFlow.flow.model.tasks[0].actions[0]).toMatchObject({ kind: 'callBotFlow', botFlowName: 'Our Bot', slots: { 'Slot.Utterance': {} } });
  });

  it('make each call flow depend on the queues it routes to', () => {
    const flow = devBuilt.json.resource.genesyscloud_flow[devBuilt.stack.getLogicalId(devBuilt.stack.aiIntent!.pattern.callFlow.flow.terraformResource)];
    expect(flow.depends_on.filter((d: string) => d.startsWith('genesyscloud_routing_queue.')).length).toBe(4);
  });
});

describe('customer identification', () => {
  it('follows the seed\'s journey: a welcome, then the reason for the call and whether it is the first time, checked after each', () => {
    const callFlow = devBuilt.stack.customerIdentification!.pattern.callFlow;
    expect(callFlow.journey.map((a) => a.kind)).toEqual(['playAudio', 'collectInput', 'collectInput']);
    expect(callFlow.journey.slice(1).map((a) => (a as Extract<Action, { kind: 'collectInput' }>).into.name)).toEqual(['Task.reason', 'Task.firstTime']);
    expect((callFlow.journey[1] as Extract<Action, { kind: 'collectInput' }>).prompt).toContain('What is your call about?');
  });

  it('sequential (dev): one workflow asks Alpha, Beta and Gamma in turn', () => {
    const pattern = devBuilt.stack.customerIdentification!.pattern;
    expect(Object.keys(pattern.workflows)).toEqual(['lookup']);
    const calls = [...allActions(pattern.workflows.lookup.flow.model.tasks[0].actions)].filter((a) => a.kind === 'callData').map((a) => a.name);
    expect(calls.filter((n) => n.startsWith('Look up'))).toHaveLength(3);
  });

  it('parallel (prod): one workflow per database, all launched before the journey, and one read for all', () => {
    const pattern = prodBuilt.stack.customerIdentification!.pattern;
    expect(Object.keys(pattern.workflows)).toEqual(['alpha', 'beta', 'gamma']);
    const top = pattern.callFlow.flow.model.tasks[0].actions;
    expect(top.slice(0, 4).map((a) => a.name)).toEqual(['Input 1 there custId_Alpha_?', 'Input 1 there custId_Beta_?', 'Input 1 there custId_Gamma_?', 'Nothing launched?']);
    const launches = top.slice(0, 3).map((a) => [...allActions([a])].find((x) => x.kind === 'callData')!.name);
    expect(launches).toEqual(['Launch the workflow custId_Alpha_', 'Launch the workflow custId_Beta_', 'Launch the workflow custId_Gamma_']);
    expect(Object.keys(pattern.readStatus.definition.output.properties)).toEqual(
      expect.arrayContaining(['custId_Alpha_status', 'custId_Beta_customerId', 'custId_Gamma_source']),
    );
    // A check jumps to Route when a database is found SUCCESS, or when all ended without one.
    const check = [...allActions(top)].find((a) => a.kind === 'callData' && a.name.startsWith('Check')) as Extract<Action, { kind: 'callData' }>;
    const done = check.success[0] as Extract<Action, { kind: 'decision' }>;
    expect(done.name).toMatch(/^Job done\?/);
    expect(done.condition.text()).toMatch(/^Flow\.custId_Alpha_status == "SUCCESS" or Flow\.custId_Beta_status == "SUCCESS" or Flow\.custId_Gamma_status == "SUCCESS" or /);
    // A job that never launched has ended too.
    expect(done.condition.text()).toContain('(!IsSet(Flow.custId_Gamma_launched) or Flow.custId_Gamma_status == "NOT_FOUND" or Flow.custId_Gamma_status == "FAILED")');
    expect(done.yes).toEqual([{ kind: 'jumpToTask', name: 'Jump to Route', task: 'Route_20' }]);
    // In Route, the first database found SUCCESS decides, in order; when none is, the fallback.
    const route = pattern.callFlow.flow.model.tasks.find((t) => t.refId === 'Route_20')!;
    const first = route.actions[0] as Extract<Action, { kind: 'decision' }>;
    expect(first.condition.text()).toBe('Flow.custId_Alpha_status == "SUCCESS"');
    const second = first.no[0] as Extract<Action, { kind: 'decision' }>;
    expect(second.condition.text()).toBe('Flow.custId_Beta_status == "SUCCESS"');
    const third = second.no[0] as Extract<Action, { kind: 'decision' }>;
    expect(third.condition.text()).toBe('Flow.custId_Gamma_status == "SUCCESS"');
    expect(third.no.map((a) => a.name)).toEqual(['Note routing: no-result', 'Transfer to the fallback queue', 'Disconnect (fallback transfer failed)']);
  });

  it('puts the identity where the agent sees it: customer id, name and source in participant data', () => {
    expect(devBuilt.stack.customerIdentification!.protocols[0].attributes).toEqual([
      'custId_status',
      'custId_error',
      'custId_customerId',
      'custId_customerName',
      'custId_source',
    ]);
  });
});

describe('configuration', () => {
  const base = SEQUENTIAL;

  it('routes DNIS numbers to the call flow only when configured', () => {
    expect(devBuilt.json.resource.genesyscloud_architect_ivr).toBeUndefined();
    const withNumbers: EnvironmentDefinition = { ...base, samples: { aiIntent: { ...base.samples!.aiIntent!, dnis: ['+3215550100'] } } };
    const ivr = Object.values<any>(environmentStack(withNumbers).json.resource.genesyscloud_architect_ivr)[0];
    expect(ivr.dnis).toEqual(['+3215550100']);
    expect(ivr.open_hours_flow_id).toMatch(/^\$\{genesyscloud_flow\.ai_intent_Pattern_CallFlow_[0-9A-F]+\.id\}$/);
  });

  it('lets an environment replace the messages the caller hears', () => {
    const event = { announcement: 'Our shop moves next month.', hours: 'It opens at 8.', activities: 'Come and see.' };
    const { stack } = environmentStack({ ...base, samples: { aiIntent: { ...base.samples!.aiIntent!, event } } });
    const says = stack.aiIntent!.pattern.callFlow.flow.model.tasks[0].actions.filter((a) => a.kind === 'playAudio').map((a: any) => a.audio.tts);
    expect(says.slice(0, 3)).toEqual([event.announcement, event.hours, event.activities]);
  });

  it('keeps a queue\'s logical id when its name changes, so a rename updates it in place', () => {
    const renamed = environmentStack({ ...base, samples: { ...base.samples, aiIntent: { ...base.samples!.aiIntent!, intents: { ...base.samples!.aiIntent!.intents, billing: 'Invoices' } } } }).json;
    const queues = (json: any) => Object.fromEntries(Object.entries<any>(json.resource.genesyscloud_routing_queue).map(([id, q]) => [id, q.name]));
    const before = queues(devBuilt.json);
    const after = queues(renamed);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const id = Object.keys(before).find((k) => before[k] === 'dev-Billing')!;
    expect(id).toMatch(/^queues_ai_intent_route_billing_/);
    expect(after[id]).toBe('dev-Invoices');
  });

  it('looks queues up by name instead of creating them, when told to', () => {
    const { json } = environmentStack({ ...base, queues: 'existing' });
    expect(json.resource.genesyscloud_routing_queue).toBeUndefined();
    expect(Object.values<any>(json.data.genesyscloud_routing_queue).map((d) => d.name)).toContain('dev-General');
  });

  it('deploys only the samples an environment configures', () => {
    const { json } = environmentStack({ ...base, samples: { customerIdentification: base.samples!.customerIdentification } });
    expect(count(json, 'genesyscloud_flow')).toBe(2);
    expect(json.variable.dev_ai_api_key).toBeUndefined();
    expect(environmentStack({ ...base, samples: { aiIntent: base.samples!.aiIntent } }).stack.customerIdentification).toBeUndefined();
  });

  it('refuses a bad DNIS or a route to an unknown database, naming the field', () => {
    expect(() => loadEnvironments([{ ...base, samples: { aiIntent: { ...base.samples!.aiIntent!, dnis: ['0123'] } } }])).toThrow(ConfigError);
    expect(() => loadEnvironments([{ ...base, samples: { customerIdentification: { ...base.samples!.customerIdentification!, routes: { Delta: 'Delta' } } } }])).toThrow(
      'field "samples.customerIdentification.routes.Delta": got "Delta"; allowed: a key that is a database source: Alpha, Beta, Gamma',
    );
  });

  it('refuses an AI endpoint that is not https, naming the field', () => {
    expect(() => loadEnvironments([{ ...base, samples: { aiIntent: { endpoint: 'http://ai.example.com' } } }])).toThrow(
      'field "samples.aiIntent.endpoint": got "http://ai.example.com"; allowed: an absolute https:// URL',
    );
  });

  it('the sample construct, used directly, refuses sources that would name the same integration, as the configuration does', () => {
    const { stack } = environmentStack(SEQUENTIAL);
    const fallback = stack.queues.queue('direct_fallback', 'Direct General');
    const props = (sources: string[]) => ({
      name: 'direct',
      division: stack.division,
      platform: stack.platform!,
      databases: sources.map((source, i) => ({ source, url: `https://db${i}.example.com/find` })),
      routes: {},
      fallback,
    });
    expect(() => new CustomerIdentificationSample(stack, 'direct_a', props(['Db 1', 'Db_1']))).toThrow(
      'database sources ["Db 1","Db_1"] must differ in letters or digits, not only in case, spaces or punctuation',
    );
    expect(() => new CustomerIdentificationSample(stack, 'direct_b', props(['Alpha', '***']))).toThrow('database source "***" has no letter or digit');
    expect(() => new CustomerIdentificationSample(stack, 'direct_c', props(['Db 1', 'Db_1']))).toThrow(ValidationError);
    expect(new CustomerIdentificationSample(stack, 'direct_d', props(['Db 1', 'Db 2'])).lookups).toHaveLength(2);
    expect(sourceKey('Db-1 ')).toBe(sourceKey('db_1'));
  });

  it('a pattern refuses jobs that share an id', () => {
    const pattern = devBuilt.stack.customerIdentification!.pattern;
    const job = { id: 'x', protocol: devBuilt.stack.customerIdentification!.protocols[0], job: pattern.workflows.lookup.job, inputs: {} };
    expect(() => new AsyncWorkflow(devBuilt.stack, 'dup', { name: 'n', jobs: [job, job], journey: { steps: [] }, routing: { resultField: 'source', routes: {}, fallback: { queueName: 'q' } } })).toThrow(
      ValidationError,
    );
  });
});
