/**
 * Writes a flow model as Archy YAML. Deterministic: the same model gives the
 * same bytes (keys in a fixed order, no dates, no ids). YAML 1.1 mode, as
 * Archy reads it, so keys such as "yes" and "no" are quoted rather than read
 * back as booleans.
 */
import type * as Yaml from 'yaml';
import { cacheKey, DiskCache, installedVersion } from '../../cache';
import { ArchyType, communication } from './expressions';
import { Action, errorHandlingOf, FAILURE_OUTPUTS, FlowModel, Task, Variable } from './model';
import { ValidationError } from '../../validation';

const VARIABLE_KIND: Record<ArchyType, string | undefined> = {
  string: 'stringVariable',
  integer: 'integerVariable',
  decimal: 'decimalVariable',
  boolean: 'booleanVariable',
  queue: 'queueVariable',
  dateTime: 'dateTimeVariable',
  duration: 'durationVariable',
  audio: undefined,
  phoneNumber: undefined,
};

const STATEMENT_KIND: Partial<Record<ArchyType, string>> = { string: 'string', integer: 'integer', boolean: 'boolean', queue: 'queue', dateTime: 'dateTime' };

function variableYaml(v: Variable, flowKind: FlowModel['kind']): object {
  const kind = VARIABLE_KIND[v.type];
  if (!kind) throw new ValidationError('flow model', [`a variable of type ${v.type} cannot be declared (${v.name})`]);
  const body: Record<string, unknown> = { name: v.name, initialValue: { noValue: true } };
  // The flags as real exports write them (docs/flows.md, "Evidence for every form"):
  // - an inbound call flow's own Flow.* variables, never (every inboundCall export: myTestFlow,
  //   testFlowHarsh, cicd-sample-inbound-call-flow, AirIndiaNaresh_v37-0, the call-park flow);
  // - queue variables, only when one is set (archy_flow.yml: `queueVariable {name: Task.PrimaryQueue, initialValue}`);
  // - duration variables, never;
  // - every other one, always: string, integer, decimal (ani-blacklist, negative-sentiment-callback), and
  //   boolean in Task and State scope (simple-ivr-deploy `Task.Priority`, merge-ephemeral `State.ModuleSuccess`).
  const flagged =
    flowKind === 'inboundCall' && v.name.startsWith('Flow.') ? false : v.type === 'queue' ? Boolean(v.isInput || v.isOutput) : v.type !== 'duration';
  if (flagged) {
    body.isInput = v.isInput ?? false;
    body.isOutput = v.isOutput ?? false;
  }
  return { [kind]: body };
}

const actionsYaml = (actions: readonly Action[], kind: FlowModel['kind']) => actions.map((a) => actionYaml(a, kind));

/** An `outputs` map with the branches that have actions. */
function outputs(kind: FlowModel['kind'], entries: [string, readonly Action[]][]): Record<string, unknown> | undefined {
  const present = entries.filter(([, acts]) => acts.length > 0);
  return present.length ? Object.fromEntries(present.map(([k, acts]) => [k, { actions: actionsYaml(acts, kind) }])) : undefined;
}

function actionYaml(a: Action, kind: FlowModel['kind']): object {
  switch (a.kind) {
    case 'playAudio':
      return { playAudio: { name: a.name, audio: 'tts' in a.audio ? { tts: a.audio.tts } : { exp: a.audio.exp.text() } } };
    case 'collectInput':
      return {
        collectInput: {
          name: a.name,
          inputData: { var: a.into.name },
          digits: { range: { min: a.minDigits, max: a.maxDigits } },
          inputAudio: { tts: a.prompt },
          interDigitTimeout: { noValue: true },
          noEntryTimeout: { lit: { seconds: a.noEntryTimeoutSeconds } },
          // Written as every export writes them (genesys-cloud-call-park orbit-parked-call-retrieval.yaml, myTestFlow.yaml):
          // a lone * or # is no answer, and no verification.
          acceptJustStar: { lit: false },
          acceptJustPound: { lit: false },
          verificationType: 'none',
          outputs: outputs(kind, [
            ['success', a.success],
            ['failure', a.failure],
          ]),
        },
      };
    case 'callBotFlow':
      // As in GenesysCloudBlueprints/dr-webmessaging-blueprint, MyWebMessenger.yaml: slots in and out, nothing else bound.
      return {
        callBotFlow: {
          name: a.name,
          inputText: { noValue: true },
          exitReason: { noValue: true },
          intent: { noValue: true },
          botFlow: {
            [a.botFlowName]: {
              ver_latestPublished: {
                inputs: Object.fromEntries(Object.keys(a.slots).map((slot) => [slot, { noValue: true }])),
                outputs: Object.fromEntries(Object.entries(a.slots).map(([slot, v]) => [slot, { var: v.name }])),
              },
            },
          },
        },
      };
    case 'askForSlot':
      // As in GenesysCloudBlueprints/dr-webmessaging-blueprint, MyEmergencyChatBot.yaml.
      return {
        askForSlot: {
          name: a.name,
          slot: { name: a.slot },
          question: { exp: communication(a.question).text() },
          customValidation: { noValue: true },
          confirmationMode: { lit: 'never' },
          noInput: { exp: communication(a.noInput).text() },
          noMatch: { exp: communication(a.noMatch).text() },
          voiceEndOfInputTimeout: { noValue: true },
          outputs: { maxNoInputs: { enabled: false } },
        },
      };
    case 'exitBotFlow':
      return { exitBotFlow: { name: a.name } };
    case 'callData': {
      const dataAction: Record<string, unknown> = {
        inputs: Object.fromEntries(Object.entries(a.inputs).map(([k, e]) => [k, { exp: e.text() }])),
      };
      if (Object.keys(a.successOutputs).length) {
        dataAction.successOutputs = Object.fromEntries(Object.entries(a.successOutputs).map(([k, v]) => [k, { var: v.name }]));
      }
      const failure = a.failureOutputs ?? {};
      if (Object.keys(failure).length) {
        // Exports list all 13 failure outputs, bound or not.
        dataAction.failureOutputs = Object.fromEntries(FAILURE_OUTPUTS.map((k) => [k, failure[k] ? { var: failure[k]!.name } : { noValue: true }]));
      }
      return {
        callData: {
          name: a.name,
          timeout: { lit: { seconds: a.timeoutSeconds } },
          ...(kind === 'inboundCall' ? { processingPrompt: { noValue: true } } : {}),
          category: { [a.action.category]: { dataAction: { [a.action.actionName]: dataAction } } },
          outputs: outputs(kind, [
            ['success', a.success],
            ['failure', a.failure],
            ['timeout', a.timeout],
          ]),
        },
      };
    }
    case 'updateData':
      return {
        updateData: {
          name: a.name,
          statements: a.statements.map((s) => {
            const k = STATEMENT_KIND[s.variable.type];
            if (!k) throw new ValidationError('flow model', [`updateData cannot set a ${s.variable.type} variable (${s.variable.name})`]);
            return { [k]: { variable: s.variable.name, value: { exp: s.value.text() } } };
          }),
        },
      };
    case 'decision':
      return {
        decision: {
          name: a.name,
          condition: { exp: a.condition.text() },
          outputs: outputs(kind, [
            ['yes', a.yes],
            ['no', a.no],
          ]),
        },
      };
    case 'loop':
      return {
        loop: {
          name: a.name,
          // The count is a literal (the checks hold it to 1..100): a call flow writes it as the one inbound call export
          // with a loop does (testFlowHarsh.yaml, `loopCount: {lit: 3}`); workflows and chat flows write an expression.
          loopCount: kind === 'inboundCall' ? { lit: a.count } : { exp: String(a.count) },
          currentIndex: { var: a.index.name },
          outputs: outputs(kind, [['loop', a.body]]),
        },
      };
    case 'wait':
      return { wait: { name: a.name, trimDurationNearMaxRunningTime: { lit: false }, duration: { lit: { seconds: a.seconds } } } };
    case 'setConversationData':
      // As in GenesysCloudBlueprints/ani-blacklist, blacklist.yaml.
      return {
        setConversationData: {
          name: a.name,
          conversationId: { exp: a.conversationId.text() },
          participantId: { noValue: true },
          attributes: a.attributes.map((at) => ({ attribute: { name: { lit: at.name }, value: { exp: at.value.text() } } })),
        },
      };
    case 'setParticipantData':
      return {
        setParticipantData: {
          name: a.name,
          attributes: a.attributes.map((at) => ({ attribute: { name: { lit: at.name }, value: { exp: at.value.text() } } })),
        },
      };
    case 'findQueue':
      return { findQueue: { name: a.name, findName: { exp: a.queueName.text() }, findResult: { var: a.into.name } } };
    case 'transferToAcd':
      return {
        transferToAcd: {
          name: a.name,
          targetQueue: 'queueName' in a.queue ? { lit: { name: a.queue.queueName } } : { exp: a.queue.name },
          priority: { lit: 0 },
          preferredAgents: { noValue: true },
          languageSkill: { noValue: true },
          // Unbound, as in every inbound call export (myTestFlow.yaml, archy_flow.yml).
          failureOutputs: { errorType: { noValue: true }, errorMessage: { noValue: true } },
        },
      };
    case 'disconnect':
      return { disconnect: { name: a.name } };
    case 'endWorkflow':
      return { endWorkflow: { name: a.name, exitReason: { noValue: true } } };
    case 'jumpToTask':
      // The form of inbound call exports (kishoreb024/Genesys_test "AirIndiaNaresh_v37-0.yaml", DoctorHCode333/
      // cx-as-code-cicd-gitactions-blueprint-main "testFlowHarsh.yaml": `targetTaskRef: "/inboundCall/tasks/task[CSR_392]"`)
      // and of a digital bot's (Vishnu-NVD/CxAsCode, "Flows/Digital Bot/Archy_d_bot_test.yaml"):
      // `jumpToTask: {name, targetTaskRef: "/digitalBot/tasks/task[DynamicMenu_23]"}`, the task named by its refId
      // in the same path form as the start-up reference (and as callTask's targetTaskRef, e.g.
      // GenesysCloudBlueprints/switch-voice-to-web-messaging, "/inboundShortMessage/tasks/task[Set Up Flow Defaults_56]").
      return { jumpToTask: { name: a.name, targetTaskRef: taskRef(kind, a.task) } };
  }
}

/** Where a flow kind keeps its tasks: list key and item key, which also make the path of a task reference (`taskRef`). */
const TASKS: Record<FlowModel['kind'], { list: string; item: string }> = {
  inboundCall: { list: 'tasks', item: 'task' },
  workflow: { list: 'states', item: 'state' },
  botFlow: { list: 'bots', item: 'bot' },
};

/** The path Archy names a task (or state, or bot) of the flow by: `/<kind>/<list>/<item>[<refId>]`. */
function taskRef(kind: FlowModel['kind'], refId: string): string {
  const { list, item } = TASKS[kind];
  return `/${kind}/${list}/${item}[${refId}]`;
}

function taskYaml(t: Task, kind: FlowModel['kind']): object {
  const body: Record<string, unknown> = { name: t.name, refId: t.refId };
  if (t.variables?.length) body.variables = t.variables.map((v) => variableYaml(v, kind));
  body.actions = actionsYaml(t.actions, kind);
  return { [TASKS[kind].item]: body };
}

function errorHandlingYaml(model: FlowModel): Record<string, unknown> {
  const h = errorHandlingOf(model);
  return { errorHandling: h.kind === 'queue' ? { queue: { targetQueue: { lit: { name: h.queueName } } } } : { [h.kind]: { none: true } } };
}

/** The flow as the plain object Archy's YAML holds. */
export function toArchyDocument(model: FlowModel): Record<string, unknown> {
  const language = model.defaultLanguage ?? 'en-us';
  const { list } = TASKS[model.kind];
  const head: Record<string, unknown> = { name: model.name };
  // Bot flow exports carry no description (e.g. GenesysCloudBlueprints/web-messaging-triage-bot-blueprint, quick-response-bot.yaml).
  if (model.kind !== 'botFlow') head.description = model.description ?? '';
  if (model.division) head.division = model.division;
  head.startUpRef = taskRef(model.kind, model.startUpRef);
  head.defaultLanguage = language;
  // A call flow as the call-park export writes it; a bot flow, which the call flow calls by voice, as the voice bot
  // export does (cicd-sample-bot-flow.yaml; `none: true` is the messaging bots' form); a workflow as its exports.
  head.supportedLanguages =
    model.kind === 'inboundCall'
      ? { [language]: { defaultLanguageSkill: { noValue: true }, textToSpeech: { defaultEngine: { voice: 'Jill' } } } }
      : model.kind === 'botFlow'
        ? { [language]: { defaultLanguageSkill: { noValue: true } } }
        : { [language]: { none: true } };
  head.settingsErrorHandling = errorHandlingYaml(model);
  // A bot's slots go in and out of it (isInput and isOutput, as in the exports).
  if (model.variables?.length) head.variables = model.variables.map((v) => variableYaml(model.kind === 'botFlow' ? { ...v, isInput: true, isOutput: true } : v, model.kind));
  if (model.kind === 'botFlow') {
    // The smallest bot flow of a real export: no intents, no knowledge (quick-response-bot.yaml), slots declared to NLU (MyEmergencyChatBot.yaml).
    head.settingsBotFlow = { none: true };
    head.settingsKnowledge = { none: true };
  }
  head[list] = model.tasks.map((t) => taskYaml(t, model.kind));
  if (model.kind === 'botFlow') {
    head.settingsNaturalLanguageUnderstanding = {
      nluDomainVersion: { intents: [], entities: (model.slots ?? []).map((s) => ({ name: s.name, type: s.type })), entityTypes: [], language },
    };
  }
  return { [model.kind]: head };
}

/** How the YAML is written: YAML 1.1 as Archy reads it, no folding, no anchors. */
const YAML_OPTIONS = { version: '1.1', lineWidth: 0, indent: 2, aliasDuplicateObjects: false } as const;

/** The document as YAML text. The yaml library is loaded only here: a synth whose flows are cached never loads it. */
export function documentYaml(document: Record<string, unknown>): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see above)
  const { stringify } = require('yaml') as typeof Yaml;
  return stringify(document, YAML_OPTIONS);
}

export function toArchyYaml(model: FlowModel): string {
  return documentYaml(toArchyDocument(model));
}

/**
 * The same text as `documentYaml`, kept in the disk cache (constructs/cache.ts)
 * by a hash of the document, the options and the yaml library's version: the
 * writer is deterministic, and writing YAML is a sixth of a synth.
 */
export function cachedDocumentYaml(document: Record<string, unknown>, cache: DiskCache = new DiskCache('flows')): string {
  const key = cacheKey('archy-yaml', installedVersion('yaml'), JSON.stringify(YAML_OPTIONS), JSON.stringify(document));
  return cache.getOrCompute(key, () => documentYaml(document), (text) => text.length > 0);
}
