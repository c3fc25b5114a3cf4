/**
 * One error type for every mistake a user can make: ValidationError,
 * recognised by its brand, so synth prints the message and never a trace.
 */
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { ConfigError, loadEnvironments } from '../config';
import { toPolicies } from '../constructs/auth/permissions';
import { DivisionLookup } from '../constructs/division/division';
import { and, str } from '../constructs/flows/archy/expressions';
import { GuardrailError, suppress } from '../constructs/guardrails';
import { ValidationError } from '../constructs/validation';
import { runSynth } from '../stacks/app';
import { memoryApp } from '../stacks/memory-app';
import { rmTemp, tempDir, VALID } from './helpers/synth';

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
};

describe('ValidationError', () => {
  it('is recognised by its brand, subclasses included, and a plain Error is not', () => {
    expect(ValidationError.isValidationError(new ValidationError('x', ['y']))).toBe(true);
    expect(ValidationError.isValidationError(thrown(() => loadEnvironments([]) ))).toBe(true);
    expect(ValidationError.isValidationError(new GuardrailError([]))).toBe(true);
    expect(ValidationError.isValidationError(new Error('x'))).toBe(false);
    expect(ValidationError.isValidationError({ message: 'x', name: 'ValidationError' })).toBe(false);
    expect(ValidationError.isValidationError(null)).toBe(false);
  });

  it('is recognised across two copies of its module, where instanceof fails', () => {
    let Other: typeof ValidationError | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy of the module, which only require() in isolateModules gives
      Other = require('../constructs/validation').ValidationError;
    });
    const foreign = new Other!('x', ['y']);
    expect(foreign instanceof ValidationError).toBe(false);
    expect(ValidationError.isValidationError(foreign)).toBe(true);
  });

  it('names its class, so a log shows which check refused', () => {
    expect(new ValidationError('x', ['y']).name).toBe('ValidationError');
    expect((thrown(() => loadEnvironments([])) as Error).name).toBe('ConfigError');
    expect(thrown(() => loadEnvironments([]))).toBeInstanceOf(ConfigError);
  });

  it.each([
    ['an empty division name', () => new DivisionLookup(new TerraformStack(memoryApp(), 's'), 'd', { name: ' ' }), 's/d: name is empty'],
    ['a quote in a string literal', () => str('say "hi"'), 'Architect expression: string literal "say \\"hi\\"" cannot hold a double quote'],
    ['and() of nothing', () => and(), 'Architect expression: and() needs at least one operand'],
    ['a suppression without a reason', () => suppress(new TerraformStack(memoryApp(), 's'), 'qualified-names', 'ok'), 's: suppressing qualified-names needs a written reason'],
    ['a malformed permission', () => toPolicies(['architect:flow']), 'permissions: '],
  ])('is what %s throws', (_what, run, message) => {
    const err = thrown(run);
    expect(ValidationError.isValidationError(err)).toBe(true);
    expect((err as Error).message).toContain(message);
  });

  it('reaches the user as its message alone: synth exits 1 without a stack trace', () => {
    const dir = tempDir();
    try {
      const lines: string[] = [];
      const code = runSynth([VALID], path.join(dir, 'out'), { log: (l) => lines.push(l), error: (l) => lines.push(l) }, {
        customize: (stack) => void new DivisionLookup(stack, 'extra', { name: '' }),
      });
      expect(code).toBe(1);
      expect(lines).toEqual(['test/extra: name is empty; give a division name, or leave it out for the home division']);
    } finally {
      rmTemp(dir);
    }
  });
});
