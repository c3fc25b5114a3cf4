import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { parse } from 'yaml';
import { DivisionLookup } from '../constructs/division/division';
import { ArchitectFlow, yamlQuotedText } from '../constructs/flows/architect-flow';
import { FlowModel } from '../constructs/flows/archy/model';
import { memoryApp } from '../stacks/memory-app';
import { quietEnv } from '../tools/terraform/standin';
import { rmTemp, tempDir } from './helpers/synth';
import { TERRAFORM } from './helpers/terraform';

const withTerraform = TERRAFORM ? it : it.skip;

const minimalWorkflow = (): FlowModel => ({
  kind: 'inboundCall',
  name: 'test-Flow',
  tasks: [{ name: 'Main', refId: 'Main_1', variables: [], actions: [{ kind: 'disconnect', name: 'Bye' }] }],
  startUpRef: 'Main_1',
});

function synth(build: (stack: TerraformStack) => void): any {
  const stack = new TerraformStack(memoryApp(), 'test');
  build(stack);
  return JSON.parse(Testing.synth(stack));
}

describe('DivisionLookup', () => {
  it('finds the home division by its role when no name is given', () => {
    const json = synth((s) => new TerraformOutput(s, 'id', { value: new DivisionLookup(s, 'division').divisionId }));
    expect(json.data).toEqual({ genesyscloud_auth_division_home: { division: {} } });
    expect(json.output.id.value).toBe('${data.genesyscloud_auth_division_home.division.id}');
  });

  it('finds a division by name', () => {
    const json = synth((s) => new TerraformOutput(s, 'id', { value: new DivisionLookup(s, 'division', { name: 'Support' }).divisionId }));
    expect(json.data).toEqual({ genesyscloud_auth_division: { division: { name: 'Support' } } });
  });

  it('refuses an empty name, and says what to do instead', () => {
    expect(() => synth((s) => new DivisionLookup(s, 'division', { name: ' ' }))).toThrow(
      'test/division: name is empty; give a division name, or leave it out for the home division',
    );
  });
});

describe('the division a flow is published in', () => {
  it('reaches the YAML through substitutions, escaped for its double-quoted string', () => {
    const json = synth((s) => new ArchitectFlow(s, 'flow', { model: minimalWorkflow(), division: new DivisionLookup(s, 'division') }));
    const flow = Object.values<any>(json.resource.genesyscloud_flow)[0];
    expect(flow.substitutions.division).toBe(
      '${replace(replace(data.genesyscloud_auth_division_home.division.name, "\\\\", "\\\\\\\\"), "\\"", "\\\\\\"")}',
    );
  });

  // The org names its divisions; a quote or a backslash in one must not break the published YAML.
  withTerraform.each([['Sales "East"'], ['Back\\slash \\" end'], ['plain']])('Terraform turns %j into text the YAML reads back unchanged', (name) => {
    const dir = tempDir('division-');
    try {
      const json = synth((s) => new TerraformLocal(s, 'x', yamlQuotedText(new TerraformVariable(s, 'n', { type: 'string' }).stringValue)));
      fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ variable: json.variable, locals: json.locals }));
      const run = spawnSync('terraform', ['console', `-var=n=${name}`], { cwd: dir, input: 'jsonencode(local.x)\n', encoding: 'utf8', env: quietEnv(process.env) });
      expect(run.status).toBe(0);
      const escaped = JSON.parse(JSON.parse(run.stdout.trim()));
      expect(parse(`division: "${escaped}"\n`)).toEqual({ division: name });
    } finally {
      rmTemp(dir);
    }
  });
});
