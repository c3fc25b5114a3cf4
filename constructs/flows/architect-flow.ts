import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { AssetType, Fn, ITerraformDependable, TerraformAsset, TerraformStack } from 'cdktf';
import { Flow } from '@cdktf/provider-genesyscloud/lib/flow';
import { DataAction } from '../data-actions/data-action';
import { IDivision } from '../division/division';
import { ValidationError } from '../validation';
import { flowProblems } from './archy/checks';
import { allActions, dataActionsOf, FlowModel } from './archy/model';
import { cachedDocumentYaml, toArchyDocument } from './archy/yaml-writer';
import { scratchDirectory } from '../scratch';

export interface ArchitectFlowProps {
  /** The flow, as a model (see `archy/model.ts`). */
  readonly model: FlowModel;
  /**
   * The division the flow lives in, filled in by the provider when it publishes.
   * @default - the division the model names, or Archy's default
   */
  readonly division?: IDivision;
  /**
   * Other things the flow names and Archy must find when it publishes, such as queues.
   * The data actions it calls are added by themselves.
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
}

/**
 * An Architect flow published from YAML: the model is checked, written as a
 * Terraform asset, and published with `genesyscloud_flow`. The flow depends
 * on every data action it calls, because Archy resolves them by category and
 * name when it publishes; its `update_trigger_hash` covers the YAML and the
 * ids of those actions, so replacing an action republishes the flow. The
 * same holds for a bot flow of this app that it calls.
 */
const FLOW = Symbol.for('genesys-async-workflow.ArchitectFlow');

export class ArchitectFlow extends Construct {
  /**
   * True for an ArchitectFlow from any copy of this module (a dependency
   * installed twice), as cdktf's `TerraformStack.isStack`: rules and tools find
   * flows with it, not with `instanceof`.
   */
  static isArchitectFlow(x: unknown): x is ArchitectFlow {
    return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[FLOW] === true;
  }

  readonly model: FlowModel;
  readonly yaml: string;
  /** The stamp `[build <hash>]` at the end of the published flow's description. */
  readonly buildHash: string;
  readonly dataActions: readonly DataAction[];
  private readonly resource: Flow;

  constructor(scope: Construct, id: string, props: ArchitectFlowProps) {
    super(scope, id);
    Object.defineProperty(this, FLOW, { value: true });
    const base: FlowModel = props.division ? { ...props.model, division: '{{division}}' } : props.model;
    // Checked before anything is written, so a refusal names this construct.
    const stack = TerraformStack.of(this);
    const dataActions = dataActionsOf(base);
    const bots = [...new Set(base.tasks.flatMap((t) => [...allActions(t.actions)]).flatMap((a) => (a.kind === 'callBotFlow' && a.deployed ? [a.deployed] : [])))];
    const problems = flowProblems(base);
    for (const a of dataActions) {
      if (a instanceof DataAction && TerraformStack.of(a) !== stack) {
        problems.push(`data action "${a.actionName}" belongs to stack "${TerraformStack.of(a).node.id}", not to this flow's stack: use an action of the same stack`);
      }
    }
    ValidationError.throwIf(this, problems);
    // The build stamp in the description lets `npm run smoke` check the org runs this very YAML. It hashes
    // the document the YAML is written from (the writer is deterministic), so the YAML is written once.
    const buildHash = createHash('sha256').update(JSON.stringify(toArchyDocument(base))).digest('hex').slice(0, 12);
    const model: FlowModel = { ...base, description: `${base.description ?? ''} [build ${buildHash}]`.trim() };
    this.model = model;
    this.buildHash = buildHash;
    this.dataActions = dataActions;
    this.yaml = cachedDocumentYaml(toArchyDocument(model));

    const digest = createHash('sha256').update(this.yaml).digest('hex');
    // Always written, never reused: a file found at a known path could be anyone's.
    const file = path.join(flowDirectory(), digest.slice(0, 16), `${flowSlug(model.name)}.yaml`);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, this.yaml, { mode: 0o600 });
    const asset = new TerraformAsset(this, 'Yaml', { path: file, type: AssetType.FILE });
    this.resource = new Flow(this, 'Default', {
      filepath: asset.path,
      // The provider pastes the name into the YAML's double-quoted `division: "{{division}}"` as it is: a `"`
      // or `\` in an org's division name would break the flow, so both are escaped for that string.
      substitutions: props.division ? { division: yamlQuotedText(props.division.divisionName) } : undefined,
      updateTriggerHash: Fn.sha256(Fn.join(',', [digest, ...dataActions.map((a) => a.actionId), ...bots.map((b) => b.flowId)])),
      // None at all rather than an empty list: cdktf and CDK Terrain write an empty one differently (docs/cdktn.md).
      dependsOn: nonEmpty([...dataActions.map((a) => a.terraformResource), ...bots.map((b) => b.dependable), ...(props.dependsOn ?? [])]),
    });
  }

  /** The flow's id in the org (a Terraform reference until apply). */
  get flowId(): string {
    return this.resource.id;
  }

  get flowName(): string {
    return this.model.name;
  }

  get terraformResource(): Flow {
    return this.resource;
  }
}

const nonEmpty = <T>(xs: T[]): T[] | undefined => (xs.length > 0 ? xs : undefined);

/**
 * Where this process writes flow YAML before cdktf copies it into the synth
 * output as an asset: a private directory of this run's scratch, removed when
 * the process ends.
 */
export function flowDirectory(): string {
  return scratchDirectory('flows');
}

/** A Terraform expression: `value` escaped to sit inside a double-quoted YAML string. */
export function yamlQuotedText(value: string): string {
  // rawString takes the text of an HCL string and escapes only its quotes: a backslash is written doubled.
  return Fn.replace(Fn.replace(value, Fn.rawString('\\\\'), Fn.rawString('\\\\\\\\')), Fn.rawString('"'), Fn.rawString('\\\\"'));
}

/** A flow's name as a file name: letters and digits, runs of anything else as one "-", lower case. */
export function flowSlug(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'flow';
}
