import { Testing } from 'cdktf';
import { EnvironmentDefinition, loadEnvironments } from '../../config';
import { EnvironmentStack } from '../../stacks/environment-stack';
import { memoryApp } from '../../stacks/memory-app';
import { SEQUENTIAL } from '../fixtures/environments';

/** An environment's stack as `npm run synth` builds it, with its synthesized JSON. @default the SEQUENTIAL fixture */
export function environmentStack(definition: EnvironmentDefinition = SEQUENTIAL) {
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
