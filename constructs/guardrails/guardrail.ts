/**
 * Policy checks as cdktf Aspects, one rule per file, in the manner of cdk-nag.
 * Every rule visits each construct while the app is synthesized and records
 * what breaks it; `synthEnvironments` then refuses to write the output and
 * prints every violation with the resource, the rule and the fix. A
 * construct can be exempted from a rule with a written reason.
 */
import { IConstruct } from 'constructs';
import { Annotations, DefaultTokenResolver, IAspect, StringConcat, TerraformElement, TerraformResource, TerraformStack, Tokenization } from 'cdktf';
import { ValidationError } from '../validation';

export interface Violation {
  readonly rule: string;
  /** An error stops synth; a warning is printed and synth goes on. @default "error" */
  readonly level?: 'error' | 'warning';
  /** The construct path, e.g. `dev/ai_intent/Pattern/CallFlow`. */
  readonly path: string;
  /** `type.logical_id` for a Terraform resource. */
  readonly address?: string;
  readonly problem: string;
  readonly fix: string;
}

const SUPPRESSIONS = 'genesys-async-workflow:guardrail-suppressions';
const VIOLATIONS = Symbol.for('genesys-async-workflow.guardrail-violations');

/** Exempts a construct (and everything under it) from a rule. The reason is recorded in the synthesized metadata. */
export function suppress(scope: IConstruct, rule: string, reason: string): void {
  if (!reason || reason.trim().length < 10) {
    throw new ValidationError(scope.node.path, [`suppressing ${rule} needs a written reason of at least 10 characters, saying why it is safe`]);
  }
  scope.node.addMetadata(SUPPRESSIONS, { rule, reason });
}

/** The reason a construct or one of its scopes gives for being exempt from a rule, if any. */
export function suppressionOf(node: IConstruct, rule: string): string | undefined {
  for (const scope of node.node.scopes) {
    for (const m of scope.node.metadata) {
      if (m.type === SUPPRESSIONS && (m.data as { rule: string }).rule === rule) return (m.data as { reason: string }).reason;
    }
  }
  return undefined;
}

/** The violations recorded in a stack so far. */
export function violationsOf(stack: TerraformStack): Violation[] {
  const holder = stack as unknown as { [VIOLATIONS]?: Violation[] };
  return (holder[VIOLATIONS] ??= []);
}

/** Thrown when a synthesized stack breaks a rule: nothing is written. */
export class GuardrailError extends ValidationError<Violation> {
  constructor(readonly violations: readonly Violation[]) {
    super(
      'guardrails',
      violations,
      `Guardrails refused ${violations.length} thing${violations.length === 1 ? '' : 's'}:\n` +
        violations
          .map(
            (v) =>
              `  - [${v.rule}] ${v.address ? `${v.address} (${v.path})` : v.path}: ${v.problem}. Fix: ${v.fix}. ` +
              `To accept it, call suppress(construct, '${v.rule}', '<why it is safe>').`,
          )
          .join('\n'),
    );
  }
}

/** A value with every token resolved, as it appears in the synthesized JSON (references as `${...}`). */
export function resolved(scope: IConstruct, value: unknown): any {
  return Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()) });
}

/** A resource's arguments with every token resolved. */
export function resolvedArguments(resource: TerraformResource): Record<string, any> {
  const json = resolved(resource, resource.toTerraform()) as { resource: Record<string, Record<string, Record<string, any>>> };
  const byName = Object.values(json.resource)[0];
  return Object.values(byName)[0];
}

/**
 * A Terraform resource of the given type, matched by the type Terraform knows
 * it by rather than by a binding class: a resource built from another copy of
 * the bindings, or with TerraformResource directly, is checked all the same.
 */
export function isResourceOfType(node: IConstruct, type: string): node is TerraformResource {
  return TerraformResource.isTerraformResource(node) && node.terraformResourceType === type;
}

export function addressOf(element: TerraformElement): string {
  const stack = TerraformStack.of(element);
  return `${(element as TerraformResource).terraformResourceType ?? 'element'}.${stack.getLogicalId(element)}`;
}

/**
 * What the rules of one pass over a stack share: each resource's resolved
 * arguments, and each construct's suppressions, worked out once for all rules.
 */
interface Pass {
  readonly args: WeakMap<TerraformResource, Readonly<Record<string, any>>>;
  readonly suppressions: WeakMap<IConstruct, ReadonlyMap<string, string>>;
}
const PASSES = new WeakMap<TerraformStack, Pass>();

/** The rules a construct is exempt from, with their reasons: its own suppressions and its scopes'. */
function suppressionsIn(pass: Pass, node: IConstruct): ReadonlyMap<string, string> {
  let found = pass.suppressions.get(node);
  if (!found) {
    const scope = node.node.scope;
    const map = new Map(scope ? suppressionsIn(pass, scope) : []);
    for (const m of node.node.metadata) {
      // The outermost scope's reason is the one suppressionOf reports: it is kept when a nearer one repeats the rule.
      if (m.type === SUPPRESSIONS && !map.has((m.data as { rule: string }).rule)) map.set((m.data as { rule: string }).rule, (m.data as { reason: string }).reason);
    }
    found = map;
    pass.suppressions.set(node, found);
  }
  return found;
}

export abstract class GuardrailRule implements IAspect {
  /** Short id, e.g. "no-secret-literals". */
  abstract readonly id: string;

  visit(node: IConstruct): void {
    // Every rule visits a stack before anything in it: a pass starts, and resources may have changed since the last one.
    if (TerraformStack.isStack(node)) PASSES.set(node, { args: new WeakMap(), suppressions: new WeakMap() });
    const pass = TerraformStack.isStack(node) || node.node.scopes.some((s) => TerraformStack.isStack(s)) ? PASSES.get(TerraformStack.of(node)) : undefined;
    if ((pass ? suppressionsIn(pass, node).get(this.id) : suppressionOf(node, this.id)) !== undefined) return;
    const recorded = violationsOf(TerraformStack.of(node));
    for (const v of this.check(node)) {
      const violation = { rule: this.id, path: node.node.path, ...v };
      // Synthesizing twice visits twice; a violation is recorded once.
      if (recorded.some((r) => r.rule === violation.rule && r.path === violation.path && r.problem === violation.problem)) continue;
      recorded.push(violation);
      // Also where cdktf's own tools look: its CLI prints annotations, and an error annotation stops its synth.
      const message = `[${violation.rule}] ${violation.address ? `${violation.address}: ` : ''}${violation.problem}. Fix: ${violation.fix}`;
      if (violation.level === 'warning') Annotations.of(node).addWarning(message);
      else Annotations.of(node).addError(message);
    }
  }

  /**
   * A resource's arguments with every token resolved, shared by the rules of
   * one pass: read them, never change them (copy first). Outside a pass (a
   * rule called on its own), resolved afresh.
   */
  protected argumentsOf(resource: TerraformResource): Readonly<Record<string, any>> {
    const pass = PASSES.get(TerraformStack.of(resource));
    if (!pass) return resolvedArguments(resource);
    let args = pass.args.get(resource);
    if (!args) {
      args = resolvedArguments(resource);
      pass.args.set(resource, args);
    }
    return args;
  }

  /** What is wrong with one construct under this rule; usually nothing. */
  protected abstract check(node: IConstruct): Omit<Violation, 'rule' | 'path'>[];
}
