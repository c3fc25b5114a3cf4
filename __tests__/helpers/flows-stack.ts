import { Testing } from 'cdktf';
import { EnvironmentDefinition, loadEnvironments } from '../../config';
import { dev } from '../../config/environments/dev';
import { EnvironmentStack } from '../../stacks/environment-stack';
import { memoryApp } from '../../stacks/memory-app';

/** An environment's stack as `npm run synth` builds it, with its synthesized JSON. @default the shipped dev file */
export function environmentStack(definition: EnvironmentDefinition = dev) {
  const [config] = loadEnvironments([definition]);
  const stack = new EnvironmentStack(memoryApp(), { config });
  const json = JSON.parse(Testing.synth(stack));
  return { stack, json };
}

/** The default dev environment's flows: both samples, the identification one in sequential mode. */
export function flowsStack() {
  const { stack, json } = environmentStack();
  const ai = stack.aiIntent!;
  const id = stack.customerIdentification!;
  return {
    stack,
    json,
    aiWorkflow: ai.pattern.workflows.intent,
    aiCallFlow: ai.pattern.callFlow,
    aiProtocol: ai.protocol,
    aiLaunch: ai.pattern.launches.intent,
    aiPattern: ai.pattern,
    aiCaptureBot: ai.captureBot!,
    idWorkflow: id.pattern.workflows.lookup,
    idCallFlow: id.pattern.callFlow,
    idProtocol: id.protocols[0],
    idPattern: id.pattern,
  };
}
