import { IConstruct } from 'constructs';

const BRAND = Symbol.for('genesys-async-workflow.ValidationError');

/**
 * What a user gave cannot be built from: a construct's props, an environment's
 * configuration, a policy the stack breaks, an expression. The one error type
 * for every such mistake. Thrown while the app is being built, before anything
 * is written; `npm run synth` prints the message (no stack trace) and exits 1.
 * The message names where (a construct's path, an environment, a field), the
 * bad value and the fix.
 *
 * Recognise it with `ValidationError.isValidationError(err)`, not `instanceof`:
 * the check holds across two copies of this module (a dependency installed
 * twice), as aws-cdk-lib's `Errors.isValidationError` does.
 */
export class ValidationError<P = string> extends Error {
  /** True for a ValidationError (or a subclass) from any copy of this module. */
  static isValidationError(x: unknown): x is ValidationError<unknown> {
    return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[BRAND] === true;
  }

  /** Throws for `scope` if `problems` is not empty. */
  static throwIf(scope: IConstruct | string, problems: readonly string[]): void {
    if (problems.length > 0) throw new ValidationError(typeof scope === 'string' ? scope : scope.node.path, problems);
  }

  constructor(
    /** Where: a construct's path, or what was being read (e.g. "Architect expression"). */
    readonly construct: string,
    /** What is wrong: messages, or structured problems (a configuration's, a guardrail's) that `message` renders. */
    readonly problems: readonly P[],
    /** @default - "<construct>: <problem>", or one line per problem */
    message?: string,
  ) {
    super(
      message ??
        (problems.length === 1
          ? `${construct}: ${problems[0]}`
          : `${construct}: ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`),
    );
    Object.defineProperty(this, BRAND, { value: true });
    this.name = new.target.name;
  }
}
