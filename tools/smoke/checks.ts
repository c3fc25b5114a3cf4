/**
 * What `npm run smoke` checks in an environment's org, read from the code:
 * the stack is built exactly as `npm run synth` builds it, so the names,
 * the build stamps and the sample inputs always match what was deployed.
 */
import { ValidationError } from '../../constructs/validation';
import { DEFAULT_ENVIRONMENTS, EnvironmentConfig, EnvironmentDefinition, loadEnvironments } from '../../config';
import { DataAction, SmokeTest } from '../../constructs/data-actions/data-action';
import { ArchitectFlow } from '../../constructs/flows/architect-flow';
import { Call, RuntimeValue } from '../../constructs/flows/archy/expressions';
import { Action, allActions } from '../../constructs/flows/archy/model';
import { GenesysDataActionsIntegration } from '../../constructs/integrations/genesys-data-actions-integration';
import { WebServicesIntegration } from '../../constructs/integrations/web-services-integration';
import { AsyncWorkflow } from '../../constructs/patterns/async-workflow';
import { EnvironmentStack } from '../../stacks/environment-stack';
import { memoryApp } from '../../stacks/memory-app';

export interface FlowCheck {
  readonly name: string;
  readonly type: 'inboundcall' | 'workflow' | 'bot';
  /** The build stamp the published flow's description carries; bot flows carry none. */
  readonly buildHash?: string;
  /** A bot flow the org must have built itself (`captureBotFlow`): what to do when it is missing. */
  readonly orgOwned?: string;
}

export interface ActionCheck {
  readonly name: string;
  readonly category: string;
  readonly test: SmokeTest;
}

/** A workflow the deep check launches, with inputs for it. */
export interface WorkflowRun {
  readonly flowName: string;
  readonly inputs: Readonly<Record<string, string>>;
}

export interface SmokePlan {
  readonly environment: EnvironmentConfig;
  readonly flows: readonly FlowCheck[];
  readonly integrations: readonly string[];
  readonly actions: readonly ActionCheck[];
  readonly workflows: readonly WorkflowRun[];
}

export function smokePlan(environmentName: string, environments: readonly EnvironmentDefinition[] = DEFAULT_ENVIRONMENTS): SmokePlan {
  const definition = environments.find((e) => e.name === environmentName);
  if (!definition) {
    const problem = `there is no environment "${environmentName}"; the environments are ${environments.map((e) => e.name).join(', ')}`;
    throw new ValidationError('the command line', [problem], problem);
  }
  const [config] = loadEnvironments([definition]);
  const stack = new EnvironmentStack(memoryApp(), { config });
  const all = stack.node.findAll();
  const TYPES = { workflow: 'workflow', inboundCall: 'inboundcall', botFlow: 'bot' } as const;
  const flows: FlowCheck[] = all
    .filter((c): c is ArchitectFlow => ArchitectFlow.isArchitectFlow(c))
    .map((f) => ({ name: f.flowName, type: TYPES[f.model.kind], buildHash: f.model.kind === 'botFlow' ? undefined : f.buildHash }));
  // A bot flow the call flow calls but this app does not deploy must already be in the org.
  for (const f of all.filter((c): c is ArchitectFlow => ArchitectFlow.isArchitectFlow(c))) {
    for (const a of f.model.tasks.flatMap((t) => [...allActions(t.actions)])) {
      if (a.kind === 'callBotFlow' && !a.deployed && !flows.some((x) => x.name === a.botFlowName)) {
        flows.push({
          name: a.botFlowName,
          type: 'bot',
          orgOwned: `build and publish the bot flow "${a.botFlowName}" in Architect (with a slot ${Object.keys(a.slots).join(', ')}), or leave captureBotFlow out of the environment to deploy the capture bot of this app`,
        });
      }
    }
  }
  const integrations = all
    .filter((c): c is GenesysDataActionsIntegration | WebServicesIntegration => c instanceof GenesysDataActionsIntegration || c instanceof WebServicesIntegration)
    .map((c) => c.integrationName);
  const actions = all
    .filter((c): c is DataAction => c instanceof DataAction)
    .flatMap((a) => a.smokeTests.map((test) => ({ name: a.actionName, category: a.category, test })));
  const patterns = all.filter((c): c is AsyncWorkflow => c instanceof AsyncWorkflow);
  // A deep run feeds each workflow the sample inputs its own actions' smoke tests use, e.g. a known test number.
  const sampleInput = (p: AsyncWorkflow, name: string): string => {
    // The job's own actions live beside the pattern, in the sample that made it.
    for (const a of (p.node.scope ?? p).node.findAll()) {
      if (!(a instanceof DataAction)) continue;
      const value = a.smokeTests.find((t) => t.expect === 'success' && t.input[name] !== undefined)?.input[name];
      if (value !== undefined) return String(value);
    }
    return `smoke-test-${name}`;
  };
  // What the call flow passes for an input, from the sample: a number reaches the flow as a tel: URI (Call.Ani),
  // and goes through the very expression the call flow launches with (e.g. ToPhoneNumber(Call.Ani).e164).
  const flowInput = (p: AsyncWorkflow, job: string, name: string): string => {
    const sample = sampleInput(p, name);
    const launch = p.callFlow.flow.model.tasks
      .flatMap((t) => [...allActions(t.actions)])
      .find((a): a is Extract<Action, { kind: 'callData' }> => a.kind === 'callData' && a.action === p.launches[job]);
    const expression = launch?.inputs[name];
    if (!expression || !expression.names().includes(Call.ani.text())) return sample;
    const ani = sample.startsWith('tel:') ? sample : `tel:${sample}`;
    const values: Record<string, RuntimeValue> = { [Call.ani.text()]: ani };
    const value = expression.evaluate({ get: (n) => values[n] });
    if (typeof value !== 'string' || !value) {
      const problem = `the call flow passes nothing for ${name} when the caller's number is ${ani}: fix the test numbers of the environment`;
      throw new ValidationError(`environment "${environmentName}"`, [problem], problem);
    }
    return value;
  };
  const workflows = patterns.flatMap((p) =>
    Object.entries(p.workflows).map(([job, w]) => ({
      flowName: w.flow.flowName,
      inputs: Object.fromEntries(w.job.inputs.map((i) => [i.name, flowInput(p, job, i.name)])),
    })),
  );
  return { environment: config, flows, integrations: [...new Set(integrations)], actions, workflows };
}
