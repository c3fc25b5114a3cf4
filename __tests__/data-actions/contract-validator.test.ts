/** The draft-04 meta-schema validator synth checks contracts with, generated from ajv ahead of time. */
import * as fs from 'fs';
import Ajv from 'ajv-draft-04';
import validateDraft04 from '../../constructs/data-actions/generated/draft-04-meta-schema';
import { parseContractsArgs, validatorSource, VALIDATOR_FILE } from '../../tools/contracts/generate';
import { CommandLineError } from '../../tools/cli/args';

describe('the generated contract validator', () => {
  it('is what ajv generates today: npm run contracts:generate -- --check passes', () => {
    expect(fs.readFileSync(VALIDATOR_FILE, 'utf8')).toBe(validatorSource());
  });

  it.each([
    [{ type: 'object', properties: { a: { type: 'string' } } }],
    [{ type: 'strin' }],
    [{ type: 'object', required: 'a' }],
    [{ type: 'object', properties: { a: { minimum: 'one' } } }],
    [{ type: 'object', additionalProperties: 3 }],
  ])('judges %j as ajv itself does, with the same errors', (schema) => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const expected = ajv.validateSchema({ $schema: 'http://json-schema.org/draft-04/schema#', ...schema });
    expect(validateDraft04({ $schema: 'http://json-schema.org/draft-04/schema#', ...schema })).toBe(expected);
    expect((validateDraft04.errors ?? []).map((e) => [e.instancePath, e.message])).toEqual((ajv.errors ?? []).map((e) => [e.instancePath, e.message]));
  });
});

describe('npm run contracts:generate: the command line', () => {
  it('takes nothing, or --check', () => {
    expect(parseContractsArgs([])).toEqual({ check: false });
    expect(parseContractsArgs(['--check'])).toEqual({ check: true });
  });

  it.each([[['--fix'], 'unknown option "--fix"'], [['--check=yes'], '--check takes no value, not "yes"'], [['x.js'], 'unexpected argument "x.js"']])('refuses %j, naming it', (args, message) => {
    expect(() => parseContractsArgs(args)).toThrow(CommandLineError);
    expect(() => parseContractsArgs(args)).toThrow(message);
  });
});
