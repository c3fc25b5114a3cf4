import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformOutput, TerraformStack } from 'cdktf';
import { escapeForTerraform, evaluateTerraformString } from '../../constructs/data-actions/terraform-escape';
import { quietEnv } from '../../tools/terraform/standin';
import { catalogStack } from '../helpers/catalog-stack';
import { rmTemp, tempDir } from '../helpers/synth';
import { describeWithTerraform } from '../helpers/terraform';
import { memoryApp } from '../../stacks/memory-app';

/** Velocity and near-Velocity that must reach the provider exactly as written. */
const SAMPLES = [
  '{"q": "${input.q}"}',
  '$!{input.optional}',
  '${rawResult}',
  '$${already doubled}',
  '$$${tripled}',
  '%{if true}x%{endif}',
  '%%{',
  'price: $100, ${',
  '#set($a = "${input.b}")$a',
  '$successTemplateUtils.firstFromArray("${ids}", "$esc.quote$esc.quote")',
  'plain text with no template at all',
  '',
  '${}',
  '}${{',
];

describe('escapeForTerraform', () => {
  it.each(SAMPLES)('is undone exactly by Terraform-style evaluation: %s', (s) => {
    expect(evaluateTerraformString(escapeForTerraform(s), () => 'never called')).toBe(s);
  });

  it('leaves no ${ or %{ that Terraform would evaluate', () => {
    for (const s of SAMPLES) {
      expect(escapeForTerraform(s)).not.toMatch(/(^|[^$])\$\{/);
      expect(escapeForTerraform(s)).not.toMatch(/(^|[^%])%\{/);
    }
  });

  it('keeps a cdktf token, which synthesizes to a real Terraform reference', () => {
    const ref = '${TfToken[TOKEN.999]}';
    expect(escapeForTerraform(`{"id": "${ref}", "v": "\${input.v}"}`)).toBe(`{"id": "${ref}", "v": "$\${input.v}"}`);
    const launch = catalogStack().json.resource.genesyscloud_integration_action.launch;
    expect(launch.config_request.request_template).toContain('"flowId": "${genesyscloud_flow.workflow.id}"');
    expect(launch.config_response.success_template).toBe('{"executionId": $${executionId}}');
  });
});

describe('evaluateTerraformString', () => {
  it('resolves references and refuses directives it does not model', () => {
    expect(evaluateTerraformString('id=${genesyscloud_flow.f.id}!', (e) => `<${e}>`)).toBe('id=<genesyscloud_flow.f.id>!');
    expect(() => evaluateTerraformString('%{if x}', () => '')).toThrow('a Terraform template directive');
    expect(() => evaluateTerraformString('${open', () => '')).toThrow('unterminated Terraform interpolation');
  });
});

describeWithTerraform('the real Terraform', () => {
  it('evaluates every escaped sample back to the original', () => {
    const dir = tempDir('tf-escape-');
    try {
      const stack = new TerraformStack(memoryApp(), 'escape');
      SAMPLES.forEach((s, i) => new TerraformOutput(stack, `s${i}`, { value: escapeForTerraform(s) }));
      fs.writeFileSync(path.join(dir, 'main.tf.json'), Testing.synth(stack));
      const env = quietEnv(process.env);
      const plan = spawnSync('terraform', ['plan', '-input=false', '-no-color', '-out=plan.bin'], { cwd: dir, env, encoding: 'utf8' });
      expect(plan.stderr).toBe('');
      const show = spawnSync('terraform', ['show', '-json', 'plan.bin'], { cwd: dir, env, encoding: 'utf8' });
      const outputs = JSON.parse(show.stdout).planned_values.outputs;
      expect(SAMPLES.map((_s, i) => outputs[`s${i}`].value)).toEqual(SAMPLES);
    } finally {
      rmTemp(dir);
    }
  });
});
