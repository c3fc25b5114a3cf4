import { ConfigError, DEFAULT_ENVIRONMENTS, EnvironmentDefinition, GENESYS_REGION_NAMES, loadEnvironments } from '../config';
import * as path from 'path';
import { VALID } from './helpers/synth';
import { listedEnvironmentProblems } from './helpers/listed-environments';

/** Loads definitions that must fail and returns the ConfigError. */
function problemsOf(definitions: unknown[]): ConfigError {
  try {
    loadEnvironments(definitions);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError, but the definitions loaded');
}

describe('the listed environments', () => {
  // Invariants of whatever DEFAULT_ENVIRONMENTS lists: adding an environment must not need a test change.
  const ROOT = path.resolve(__dirname, '..');

  it('load, each one file of config/environments, with unique names, prefixes and state locations; production protected', () => {
    expect(listedEnvironmentProblems(ROOT)).toEqual([]);
  });

  describe('the invariants catch', () => {
    const broken = (change: (definitions: EnvironmentDefinition[]) => void) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the very list the configuration exports, changed in place and restored
      const list = require('../config/environments') as { DEFAULT_ENVIRONMENTS: EnvironmentDefinition[] };
      const saved = [...list.DEFAULT_ENVIRONMENTS];
      try {
        change(list.DEFAULT_ENVIRONMENTS);
        return listedEnvironmentProblems(ROOT);
      } finally {
        list.DEFAULT_ENVIRONMENTS.splice(0, list.DEFAULT_ENVIRONMENTS.length, ...saved);
      }
    };

    it('an environment defined outside its own file', () => {
      const [first] = DEFAULT_ENVIRONMENTS;
      expect(broken((d) => d.splice(0, 1, { ...first }))).toEqual([expect.stringContaining(`${first.name}: is not one file of config/environments`)]);
    });

    it('a production environment without destroy protection', () => {
      expect(broken((d) => d.push({ ...VALID, name: 'unprotected', production: true, preventDestroy: false, backend: { type: 's3', bucket: 'b', region: 'eu-west-1' } }))).toContain(
        'unprotected: is a production environment that does not protect its resources from destroy',
      );
    });

    it('a list that does not load', () => {
      expect(broken((d) => d.push({ ...VALID, name: DEFAULT_ENVIRONMENTS[0].name }))).toEqual([expect.stringMatching(/^the list does not load: /)]);
    });
  });
});

describe('defaults', () => {
  it('fill in naming, production and backend', () => {
    const [env] = loadEnvironments([VALID]);
    expect(env).toEqual({
      name: 'test',
      region: 'eu-west-1',
      production: false,
      naming: { prefix: 'test-', suffix: '' },
      backend: { type: 'local', path: 'terraform.test.tfstate' },
      queues: 'create',
      samples: {},
      preventDestroy: false,
      planClient: false,
    });
  });

  it('give an S3 backend a key per environment, locking and encryption', () => {
    const [env] = loadEnvironments([{ ...VALID, backend: { type: 's3', bucket: 'b', region: 'eu-west-1' } }]);
    expect(env.backend).toEqual({
      type: 's3',
      bucket: 'b',
      region: 'eu-west-1',
      key: 'genesys-async-workflow/test.tfstate',
      useLockfile: true,
      encrypt: true,
    });
  });

  it('accept every region the provider knows', () => {
    const defs = GENESYS_REGION_NAMES.map((region, i) => ({ name: `env${i}`, region }));
    expect(loadEnvironments(defs)).toHaveLength(GENESYS_REGION_NAMES.length);
  });

  it('protect production from deletion unless told otherwise', () => {
    expect(loadEnvironments([{ ...VALID, production: true }])[0].preventDestroy).toBe(true);
    expect(loadEnvironments([{ ...VALID, production: true, preventDestroy: false }])[0].preventDestroy).toBe(false);
    expect(loadEnvironments([{ ...VALID, preventDestroy: true }])[0].preventDestroy).toBe(true);
  });

  it('freeze the result, so no construct can change an environment', () => {
    const [env] = loadEnvironments([VALID]);
    expect(Object.isFrozen(env)).toBe(true);
    expect(Object.isFrozen(env.backend)).toBe(true);
  });
});

describe('a bad configuration', () => {
  it('names the environment, the field, the bad value and the allowed regions for an unknown region', () => {
    const err = problemsOf([{ ...VALID, region: 'mars-north-1' }]);
    expect(err.problems).toHaveLength(1);
    expect(err.message).toContain('environment "test", field "region": got "mars-north-1"; allowed: one of the provider\'s regions:');
    expect(err.message).toContain('eu-west-1');
    expect(err.message).toContain('ap-southeast-2');
  });

  it('points at an empty name by position, since it has no name to show', () => {
    const err = problemsOf([VALID, { ...VALID, name: '' }]);
    expect(err.problems).toEqual([
      expect.objectContaining({ environment: 'environment #2 (of the environment list)', field: 'name', got: '""' }),
    ]);
    expect(err.message).toMatch(/field "name": got ""; allowed: lowercase letters, digits and "_"/);
  });

  it('rejects a name that is not safe as a directory and TF_VAR_ prefix', () => {
    const err = problemsOf([{ ...VALID, name: 'Prod-EU' }]);
    expect(err.message).toContain('environment "Prod-EU", field "name": got "Prod-EU"');
  });

  it('rejects two environments with the same name', () => {
    const err = problemsOf([
      { ...VALID, naming: { prefix: 'a-' }, backend: { type: 'local', path: 'a.tfstate' } },
      { ...VALID, naming: { prefix: 'b-' }, backend: { type: 'local', path: 'b.tfstate' } },
    ]);
    expect(err.problems).toHaveLength(1);
    expect(err.message).toContain(
      // Both are called "test": the second is named by its position, so the two labels differ.
      'environment #2 ("test"), field "name": got "test", the same name as environment "test" (#1); allowed: a name no other environment has',
    );
  });

  it('asks for the bucket of an S3 backend', () => {
    const err = problemsOf([{ ...VALID, backend: { type: 's3', region: 'eu-west-1' } }]);
    expect(err.problems).toHaveLength(1);
    expect(err.message).toContain(
      'environment "test", field "backend.bucket": got nothing (the field is missing); allowed: the name of an existing S3 bucket',
    );
  });

  it('rejects an empty bucket name the same way', () => {
    const err = problemsOf([{ ...VALID, backend: { type: 's3', bucket: '', region: 'eu-west-1' } }]);
    expect(err.message).toContain('field "backend.bucket": got ""; allowed: the name of an existing S3 bucket');
  });

  it('lists the backend types when the type is unknown', () => {
    const err = problemsOf([{ ...VALID, backend: { type: 'gcs' } }]);
    expect(err.message).toContain('field "backend.type": got "gcs"; allowed: one of "local", "s3", "cloud"');
  });

  it('asks HCP Terraform backends for organization and workspace', () => {
    const err = problemsOf([{ ...VALID, backend: { type: 'cloud' } }]);
    expect(err.problems.map((p) => p.field).sort()).toEqual(['backend.organization', 'backend.workspace']);
  });

  it('keeps a local state path inside the repository', () => {
    const err = problemsOf([{ ...VALID, backend: { type: 'local', path: '../elsewhere.tfstate' } }]);
    expect(err.message).toContain('field "backend.path": got "../elsewhere.tfstate"; allowed: a file path inside the repository');
  });

  it('rejects a blank naming qualifier, which would let environments collide', () => {
    const err = problemsOf([{ ...VALID, naming: { prefix: ' ', suffix: '' } }]);
    expect(err.message).toContain('field "naming": got {"prefix":" ","suffix":""}; allowed: a non-blank prefix or suffix');
  });

  it('rejects two environments with the same qualifier, which would share object names in one org', () => {
    const err = problemsOf([
      { name: 'a', region: 'eu-west-1', naming: { prefix: 'x-' } },
      { name: 'b', region: 'eu-west-1', naming: { prefix: 'x-' } },
    ]);
    expect(err.problems).toEqual([expect.objectContaining({ environment: 'environment "b"', field: 'naming' })]);
  });

  it('rejects two environments sharing one state', () => {
    const s3 = { type: 's3', bucket: 'b', key: 'same.tfstate', region: 'eu-west-1' } as const;
    const err = problemsOf([
      { name: 'a', region: 'eu-west-1', backend: s3 },
      { name: 'b', region: 'eu-west-1', backend: s3 },
    ]);
    expect(err.message).toContain('environment "b", field "backend": got "s3://b/same.tfstate", the same state location as environment "a"');
  });

  it.each([
    ['local, "./" in front', { type: 'local', path: 'shared.tfstate' }, { type: 'local', path: './shared.tfstate' }, 'local:shared.tfstate'],
    ['local, a doubled slash and other case', { type: 'local', path: 'state/Shared.tfstate' }, { type: 'local', path: 'state//./shared.tfstate' }, 'local:state/shared.tfstate'],
    ['local, backslashes', { type: 'local', path: 'state\\a.tfstate' }, { type: 'local', path: 'state/a.tfstate' }, 'local:state/a.tfstate'],
    ['S3, a leading or doubled slash', { type: 's3', bucket: 'b', key: 'env/a.tfstate', region: 'eu-west-1' }, { type: 's3', bucket: 'b', key: '/env//a.tfstate', region: 'eu-west-1' }, 's3://b/env/a.tfstate'],
    ['S3, the same key in another region of the same bucket name', { type: 's3', bucket: 'b', key: 'k', region: 'eu-west-1' }, { type: 's3', bucket: 'b', key: 'k', region: 'us-east-1' }, 's3://b/k'],
    ['HCP, other case', { type: 'cloud', organization: 'Acme', workspace: 'Genesys' }, { type: 'cloud', organization: 'acme', workspace: 'genesys', hostname: 'APP.terraform.io' }, 'cloud:app.terraform.io/acme/genesys'],
  ])('rejects two spellings of one state location: %s', (_case, a, b, location) => {
    const err = problemsOf([
      { name: 'a', region: 'eu-west-1', backend: a },
      { name: 'b', region: 'eu-west-1', backend: b },
    ]);
    expect(err.problems).toEqual([expect.objectContaining({ environment: 'environment "b"', field: 'backend' })]);
    expect(err.message).toContain(`got "${location}", the same state location as environment "a"`);
  });

  it('accepts state locations that differ', () => {
    expect(
      loadEnvironments([
        { name: 'a', region: 'eu-west-1', backend: { type: 'local', path: 'state/a.tfstate' } },
        { name: 'b', region: 'eu-west-1', backend: { type: 'local', path: 'state/b.tfstate' } },
        { name: 'c', region: 'eu-west-1', backend: { type: 's3', bucket: 'b', key: 'state/a.tfstate', region: 'eu-west-1' } },
      ]),
    ).toHaveLength(3);
  });

  it('shows a shared qualifier as text, not as a joined key', () => {
    const err = problemsOf([
      { name: 'a', region: 'eu-west-1', naming: { prefix: 'x-' } },
      { name: 'b', region: 'eu-west-1', naming: { prefix: 'x-' } },
    ]);
    expect(err.message).toContain('field "naming": got prefix "x-" and suffix "", the same name prefix and suffix as environment "a"');
    expect(err.message).not.toContain('\\u0000');
  });

  it('names an unknown field without echoing its value, which may be a misplaced secret', () => {
    const err = problemsOf([{ ...VALID, clientSecret: 'hunter2-do-not-print' }]);
    expect(err.message).toContain('field "clientSecret": got a field this schema does not have');
    expect(err.message).not.toContain('hunter2');
  });

  it('suggests the field a misspelt one was meant to be, also inside a backend', () => {
    const top = problemsOf([{ ...VALID, regoin: 'eu-west-1' }]);
    expect(top.message).toContain('field "regoin": got a field this schema does not have; allowed: did you mean "region"?');
    const nested = problemsOf([{ ...VALID, backend: { type: 's3', bucket: 'b', region: 'eu-west-1', dynamoTable: 't' } }]);
    expect(nested.message).toContain('field "backend.dynamoTable": got a field this schema does not have; allowed: did you mean "dynamodbTable"?');
    expect(nested.message).toContain('"useLockfile"');
  });

  it('reports every problem of every environment at once, one line each', () => {
    const err = problemsOf([
      { name: 'a', region: 'nowhere' },
      { name: 'b', region: 'eu-west-1', production: 'yes' },
      42,
    ]);
    expect(err.problems.map((p) => `${p.environment} ${p.field}`)).toEqual([
      'environment "a" region',
      'environment "b" production',
      'environment #3 (of the environment list) (definition)',
    ]);
    expect(err.message.split('\n')).toHaveLength(1 + 3);
    expect(err.message).toMatch(/^Invalid environment configuration \(3 problems\):/);
  });

  describe.each([
    ['notFoundStatus', (v: unknown) => ({ ...VALID, samples: { customerIdentification: { databases: [{ source: 'Alpha', url: 'https://a.example.com/c', notFoundStatus: v }] } } }), 'samples.customerIdentification.databases.0.notFoundStatus', 'an HTTP status from 400 to 499, e.g. 404'],
    ['captureBotFlow', (v: unknown) => ({ ...VALID, samples: { aiIntent: { endpoint: 'https://ai.example.com/i', captureBotFlow: v } } }), 'samples.aiIntent.captureBotFlow', 'the name of a bot flow in the org'],
  ])('a hostile %s', (_field, make, field, allowed) => {
    it.each(
      _field === 'notFoundStatus'
        ? [[200], [500], [404.5], ['404'], [-1], [null], [Infinity]]
        : [[''], [42], [null], [{ name: 'bot' }], [['bot']]],
    )('refuses %j, naming the field', (value) => {
      const err = problemsOf([make(value)]);
      expect(err.problems).toHaveLength(1);
      expect(err.message).toContain(`field "${field}"`);
      expect(err.message).toContain(`allowed: ${allowed}`);
    });
  });

  it("shows an example of the field's own kind for a bad URL: an AI endpoint, or a database lookup", () => {
    const err = problemsOf([
      {
        ...VALID,
        samples: {
          aiIntent: { endpoint: 'http://ai.example.com/i' },
          customerIdentification: { databases: [{ source: 'Alpha', url: 'ftp://alpha.example.com/c' }] },
        },
      },
    ]);
    const line = (field: string) => err.message.split('\n').find((l) => l.includes(`field "${field}"`)) ?? '';
    expect(line('samples.aiIntent.endpoint')).toContain('e.g. "https://ai.example.com/v1/intents"');
    expect(line('samples.customerIdentification.databases.0.url')).toContain('e.g. "https://alpha-db.example.com/customers"');
    expect(line('samples.customerIdentification.databases.0.url')).not.toContain('ai.example.com');
  });

  it('accepts a notFoundStatus of 404 and a captureBotFlow name', () => {
    const [env] = loadEnvironments([
      {
        ...VALID,
        samples: {
          aiIntent: { endpoint: 'https://ai.example.com/i', captureBotFlow: 'Our Capture Bot' },
          customerIdentification: { databases: [{ source: 'Alpha', url: 'https://a.example.com/c', notFoundStatus: 404 }] },
        },
      },
    ]);
    expect(env.samples.customerIdentification!.databases[0].notFoundStatus).toBe(404);
    expect(env.samples.aiIntent!.captureBotFlow).toBe('Our Capture Bot');
  });

  it('refuses an empty environment list', () => {
    expect(problemsOf([]).message).toContain('at least one environment definition');
  });

  it('is caught by the type checker too, for definitions written in TypeScript', () => {
    // @ts-expect-error region must be one of the provider's regions
    const bad: EnvironmentDefinition = { name: 'x', region: 'mars-1' };
    expect(() => loadEnvironments([bad])).toThrow(ConfigError);
  });
});
