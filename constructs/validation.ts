import { IConstruct } from 'constructs';

/**
 * A construct was given props it cannot build from. Thrown while the app is
 * being built, before anything is written; `npm run synth` prints the message
 * (no stack trace) and exits 1. The message names the construct by its path,
 * the prop, the bad value and the fix.
 */
export class ValidationError extends Error {
  constructor(
    readonly construct: string,
    readonly problems: readonly string[],
  ) {
    super(
      problems.length === 1
        ? `${construct}: ${problems[0]}`
        : `${construct}: ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ValidationError';
  }

  /** Throws for `scope` if `problems` is not empty. */
  static throwIf(scope: IConstruct | string, problems: readonly string[]): void {
    if (problems.length > 0) throw new ValidationError(typeof scope === 'string' ? scope : scope.node.path, problems);
  }
}
