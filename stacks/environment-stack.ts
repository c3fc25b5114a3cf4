import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { Aspects, TerraformOutput, TerraformStack } from 'cdktf';
import { GenesyscloudProvider } from '@cdktf/provider-genesyscloud/lib/provider';
import { apiHostOf, EnvironmentConfig, qualifiedName, routesOf } from '../config';
import { DivisionLookup, IDivision } from '../constructs/division/division';
import { allowPermissions, applyGuardrails, PATTERN_PERMISSIONS } from '../constructs/guardrails';
import { PLAN_PERMISSIONS, PlanAccess } from '../constructs/auth/plan-access';
import { GenesysDataActionsIntegration } from '../constructs/integrations/genesys-data-actions-integration';
import { AsyncWorkflow } from '../constructs/patterns/async-workflow';
import { AiIntentSample } from '../constructs/patterns/samples/ai-intent';
import { CustomerIdentificationSample } from '../constructs/patterns/samples/customer-identification';
import { QueueSet } from '../constructs/routing/queue-set';
import { CapacityWithinLimits } from '../constructs/guardrails/capacity-within-limits';
import { ConcurrencyBurstsWithinLimit } from '../constructs/guardrails/concurrency-bursts';
import type { Demand } from '../constructs/capacity/limits';
import { IDataActionIntegration } from '../constructs/data-actions/data-action';
import { addBackend } from './backend';
import { demandOf } from './capacity';

/**
 * A queue's role: the sample and the key that routes to it (an intent, a
 * database source), never the queue's name. A key that is not already
 * lowercase letters and digits gets a short hash, so "Billing" and "billing"
 * stay two roles.
 */
function roleOf(sample: string, key: string): string {
  const plain = key.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  return `${sample}_route_${plain}${plain === key ? '' : `_${createHash('sha256').update(key).digest('hex').slice(0, 6)}`}`;
}

export interface EnvironmentStackProps {
  /** A validated environment (see `config/load.ts`). */
  readonly config: EnvironmentConfig;
  /**
   * The Genesys Cloud Data Actions integration the samples share, made in the
   * stack: e.g. `(stack) => GenesysDataActionsIntegration.fromName(stack, 'platform', 'Shared Platform Actions')`
   * to use one the org already has.
   * @default - a new one, "<prefix>Async Workflow Platform<suffix>", with its own OAuth client and least-privilege role
   */
  readonly platform?: (stack: EnvironmentStack) => IDataActionIntegration;
}

/**
 * Everything one environment deploys to its Genesys Cloud org. The stack is
 * named after the environment, so it synthesizes to `cdktf.out/stacks/<name>`.
 */
export class EnvironmentStack extends TerraformStack {
  readonly config: EnvironmentConfig;
  readonly provider: GenesyscloudProvider;
  /** The division that holds the pattern's objects. */
  readonly division: IDivision;
  /** The Genesys Cloud Data Actions integration the samples share, if any sample is deployed. */
  readonly platform?: IDataActionIntegration;
  readonly queues: QueueSet;
  /** The read-only client for plans, when the environment asks for one (`planClient`). */
  readonly planAccess?: PlanAccess;
  readonly aiIntent?: AiIntentSample;
  readonly customerIdentification?: CustomerIdentificationSample;

  constructor(scope: Construct, props: EnvironmentStackProps) {
    const { config } = props;
    super(scope, config.name);
    this.config = config;
    const q = (base: string) => qualifiedName(config, base);

    // Credentials are deliberately absent: the provider reads
    // GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET when Terraform runs, so they never
    // enter the synthesized JSON, the state or the logs.
    this.provider = new GenesyscloudProvider(this, 'genesyscloud', {
      awsRegion: config.region,
      sdkDebug: false,
    });
    addBackend(this, config.backend);
    applyGuardrails(this, {
      naming: config.naming,
      preventDestroy: config.preventDestroy,
      allowedPermissions: PATTERN_PERMISSIONS,
    });
    if (config.planClient) {
      this.planAccess = new PlanAccess(this, 'plan_access', { name: q('Terraform Plan') });
      // Its view permissions are allowed to its own role alone: the pattern's role stays held to PATTERN_PERMISSIONS.
      allowPermissions(this.planAccess, PLAN_PERMISSIONS, 'the read-only role of terraform plan views every object the stack manages');
      new TerraformOutput(this, 'plan_client_id', {
        description: 'The read-only OAuth client for terraform plan in pull requests (copy its secret from Admin > OAuth).',
        value: this.planAccess.clientId,
      });
    }

    this.division = new DivisionLookup(this, 'division', { name: config.division });
    this.queues = new QueueSet(this, 'queues', { mode: config.queues, division: this.division, qualify: q });
    const { aiIntent, customerIdentification } = config.samples;
    if (aiIntent || customerIdentification) {
      // One integration, client and role for both samples: its role holds the union of what their actions need.
      this.platform = props.platform ? props.platform(this) : new GenesysDataActionsIntegration(this, 'platform', { name: q('Async Workflow Platform') });
    }

    if (aiIntent) {
      this.aiIntent = new AiIntentSample(this, 'ai_intent', {
        name: q('AI Intent'),
        division: this.division,
        platform: this.platform,
        ai: {
          url: aiIntent.endpoint,
          credential: aiIntent.apiKeyHeader ? { type: 'userDefined', fields: ['apiKey'] } : undefined,
          headers: aiIntent.apiKeyHeader ? { [aiIntent.apiKeyHeader]: '$credentials.apiKey' } : undefined,
          intentPath: aiIntent.intentPath,
          confidencePath: aiIntent.confidencePath,
          minConfidence: aiIntent.minConfidence,
          timeoutSeconds: aiIntent.timeoutSeconds,
        },
        capture: aiIntent.captureBotFlow ? { existingBotFlow: aiIntent.captureBotFlow, utteranceSlot: aiIntent.utteranceSlot } : undefined,
        event: aiIntent.event,
        intents: Object.fromEntries(Object.entries(aiIntent.intents).map(([intent, queue]) => [intent, this.queues.queue(roleOf('ai_intent', intent), queue)])),
        fallback: this.queues.queue('ai_intent_fallback', aiIntent.fallbackQueue),
        pollIntervalSeconds: aiIntent.pollIntervalSeconds,
        firstCheckAfterSeconds: aiIntent.firstCheckAfterSeconds,
        deadlineSeconds: aiIntent.deadlineSeconds,
        dnis: aiIntent.dnis,
      });
      this.patternOutputs('ai_intent', this.aiIntent.pattern);
    }

    if (customerIdentification) {
      const c = customerIdentification;
      const routes = routesOf(c);
      this.customerIdentification = new CustomerIdentificationSample(this, 'customer_identification', {
        name: q('Customer Identification'),
        division: this.division,
        platform: this.platform,
        mode: c.mode,
        databases: c.databases.map(({ basicAuth, ...db }) => ({ ...db, credential: basicAuth ? { type: 'basicAuth' } : undefined })),
        routes: Object.fromEntries(Object.entries(routes).map(([source, queue]) => [source, this.queues.queue(roleOf('customer_identification', source), queue)])),
        fallback: this.queues.queue('customer_identification_fallback', c.fallbackQueue),
        pollIntervalSeconds: c.pollIntervalSeconds,
        firstCheckAfterSeconds: c.firstCheckAfterSeconds,
        deadlineSeconds: c.deadlineSeconds,
        dnis: c.dnis,
      });
      this.patternOutputs('customer_identification', this.customerIdentification.pattern);
    }

    const peak = config.peakCallsPerMinute;
    if (peak) {
      // Measured lazily, when the guardrails run at synth, once the samples exist (demandOf measures each pattern once).
      const demands = (): Demand[] => [
        ...(peak.aiIntent !== undefined && this.aiIntent ? [demandOf('aiIntent', this.aiIntent.pattern, peak.aiIntent)] : []),
        ...(peak.customerIdentification !== undefined && this.customerIdentification ? [demandOf('customerIdentification', this.customerIdentification.pattern, peak.customerIdentification)] : []),
      ];
      Aspects.of(this).add(new CapacityWithinLimits(demands, config.production));
      Aspects.of(this).add(new ConcurrencyBurstsWithinLimit(demands, config.production));
    }

    new TerraformOutput(this, 'genesys_region', {
      description: 'Genesys Cloud region of the org this environment deploys to.',
      value: config.region,
    });
    new TerraformOutput(this, 'genesys_api_host', {
      description: 'Platform API host of that region.',
      value: apiHostOf(config.region),
    });
    new TerraformOutput(this, 'division_id', {
      description: 'Division that holds the pattern objects.',
      value: this.division.divisionId,
    });
    if (this.platform) {
      new TerraformOutput(this, 'platform_integration_id', {
        description: 'The Genesys Cloud Data Actions integration of the samples.',
        value: this.platform.integrationId,
      });
    }
  }

  private patternOutputs(id: string, pattern: AsyncWorkflow): void {
    new TerraformOutput(this, `${id}_call_flow_id`, { description: `Inbound call flow of ${id}.`, value: pattern.callFlow.flowId });
    new TerraformOutput(this, `${id}_workflow_ids`, {
      description: `Workflow(s) of ${id}, by job.`,
      value: Object.fromEntries(Object.entries(pattern.workflows).map(([job, w]) => [job, w.flowId])),
    });
    new TerraformOutput(this, `${id}_max_status_reads_per_call`, {
      description: `At most this many status reads (data action executions) per call in ${id}.`,
      value: pattern.callFlow.maxStatusReads,
    });
  }
}
