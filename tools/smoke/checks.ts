/**
 * What `npm run smoke` checks in an environment's org, read from the code:
 * the stack is built exactly as `npm run synth` builds it, so the names,
 * the build stamps and the sample inputs always match what was deployed.
 */
import { Testing } from 'cdktf';
import { DEFAULT_ENVIRONMENTS, EnvironmentConfig, loadEnvironments } from '../../config';
import { DataAction, SmokeTest } from '../../constructs/data-actions/data-action';
import { ArchitectFlow } from '../../constructs/flows/architect-flow';
import { GenesysDataActionsIntegration } from '../../constructs/integrations/genesys-data-actions-integration';
import { WebServicesIntegration } from '../../constructs/integrations/web-services-integration';
import { AsyncWorkflow } from '../../constructs/patterns/async-workflow';
import { EnvironmentStack } from '../../stacks/environment-stack';

export interface FlowCheck {
  readonly name: string;
  readonly type: 'inboundcall' | 'workflow';
  readonly buildHash: string;
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

export function smokePlan(environmentName: string): SmokePlan {
  const definition = DEFAULT_ENVIRONMENTS.find((e) => e.name === environmentName);
  if (!definition) {
    throw new Error(`there is no environment "${environmentName}"; the environments are ${DEFAULT_ENVIRONMENTS.map((e) => e.name).join(', ')}`);
  }
  const [config] = loadEnvironments([definition]);
  const stack = new EnvironmentStack(Testing.app(), { config });
  const all = stack.node.findAll();
  const flows = all
    .filter((c): c is ArchitectFlow => c instanceof ArchitectFlow)
    .map((f) => ({ name: f.flowName, type: f.model.kind === 'workflow' ? ('workflow' as const) : ('inboundcall' as const), buildHash: f.buildHash }));
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
  const workflows = patterns.flatMap((p) =>
    Object.values(p.workflows).map((w) => ({
      flowName: w.flow.flowName,
      inputs: Object.fromEntries(w.job.inputs.map((i) => [i.name, sampleInput(p, i.name)])),
    })),
  );
  return { environment: config, flows, integrations: [...new Set(integrations)], actions, workflows };
}
