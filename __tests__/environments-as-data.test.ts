/**
 * Adding an environment takes one file and one list entry, and everything
 * follows: synth, the CI matrix and promotion order, validate, the offline
 * plan and the listed-environment invariants of the suite (`listedEnvironmentProblems`). Proven on a
 * temporary copy of the repository with one more environment added the way
 * docs/configuration.md says, just before the last one in promotion order.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rmTemp, tempDir } from './helpers/synth';
import { TERRAFORM } from './helpers/terraform';
import { runTs } from './helpers/run-ts';
import { listedEnvironmentProblems } from './helpers/listed-environments';
import { copyCheckout } from '../tools/cli/checkout';

const ROOT = path.resolve(__dirname, '..');
const withTerraform = TERRAFORM ? it : it.skip;
const withoutOutdir = () => {
  const env = { ...process.env };
  delete env.CDKTF_OUTDIR;
  return env;
};

// A name no shipped environment has, so the test holds whatever the list already holds.
const NAME = 'extra_stage';
const FILE = `import { EnvironmentDefinition } from '../schema';

/** One more stage, promoted to just before the last environment of the list. */
export const ${NAME}: EnvironmentDefinition = {
  name: '${NAME}',
  region: 'eu-west-2',
  backend: { type: 's3', bucket: 'acme-genesys-async-workflow-state-extra', region: 'eu-west-2' },
  samples: { aiIntent: { endpoint: 'https://ai.extra.example.com/v1/intents' } },
};
`;

describe('one more environment, added as the docs say', () => {
  let copy: string;
  /** The variable names the shipped list holds, in order. */
  let shipped: string[];
  beforeAll(() => {
    copy = path.join(tempDir('third-env-'), 'repo');
    // The checkout as CI sees it (no build output, no state, no git), sharing node_modules.
    copyCheckout(ROOT, copy, { shareNodeModules: true });
    if (!fs.existsSync(path.join(copy, 'config/environments/index.ts'))) throw new Error('the copy has no config/environments/index.ts');
    // The one file, and the one list entry, just before the last environment.
    fs.writeFileSync(path.join(copy, `config/environments/${NAME}.ts`), FILE);
    const index = path.join(copy, 'config/environments/index.ts');
    const before = fs.readFileSync(index, 'utf8');
    const list = /(DEFAULT_ENVIRONMENTS: readonly EnvironmentDefinition\[\] = \[)([^\]]*)(\];)/.exec(before);
    if (!list) throw new Error('config/environments/index.ts no longer declares DEFAULT_ENVIRONMENTS as a list: update this test');
    const entries = list![2].split(',').map((e) => e.trim()).filter(Boolean);
    shipped = [...entries];
    entries.splice(Math.max(entries.length - 1, 0), 0, NAME);
    const after = `import { ${NAME} } from './${NAME}';\n${before.replace(list![0], `${list![1]}${entries.join(', ')}${list![3]}`)}`;
    fs.writeFileSync(index, after);
  });
  afterAll(() => rmTemp(path.dirname(copy)));

  const tsx = (file: string, ...args: string[]) => runTs(file, args, { cwd: copy, env: withoutOutdir() });

  it('synth writes its stack beside the others', () => {
    const run = tsx('main.ts');
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(`synthesized ${NAME}: cdktf.out/stacks/${NAME}/cdk.tf.json`);
    expect(fs.readdirSync(path.join(copy, 'cdktf.out/stacks'))).toHaveLength(shipped.length + 1);
  });

  it('CI takes it into the matrix, promoted just before the last environment', () => {
    const run = tsx('tools/ci/environments.ts');
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.environments).toHaveLength(shipped.length + 1);
    expect(doc.environments.indexOf(NAME)).toBe(Math.max(shipped.length - 1, 0));
    expect(doc.production).not.toContain(NAME);
    expect(doc.localState).not.toContain(NAME);
  });

  it("the suite's listed-environment invariants hold for it", () => {
    // The same check config.test.ts makes of the shipped list, made of the copy's own modules.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the copy's configuration, not this checkout's
    const listed = (require(path.join(copy, 'config')) as typeof import('../config')).DEFAULT_ENVIRONMENTS.map((e) => e.name);
    expect(listed).toContain(NAME);
    expect(listedEnvironmentProblems(copy)).toEqual([]);
  });

  withTerraform('terraform validate and the offline plan take it', () => {
    const validate = tsx('tools/terraform/validate.ts', NAME);
    expect([validate.status, validate.stdout]).toEqual([0, expect.stringContaining(`valid: cdktf.out/stacks/${NAME}`)]);
    // Planned from the stack validate just synthesized (plan:offline -- <name> would synthesize it again).
    const plan = tsx('tools/terraform/plan-offline.ts', '--stack-dir', `cdktf.out/stacks/${NAME}`);
    expect([plan.status, plan.stdout]).toEqual([0, expect.stringMatching(new RegExp(`plan:offline cdktf.out/stacks/${NAME}: \\d+ to add, 0 to change, 0 to destroy`))]);
  });
});
