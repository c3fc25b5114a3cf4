import { Testing, TerraformOutput, TerraformStack } from 'cdktf';
import { DivisionLookup } from '../constructs/division/division';
import { memoryApp } from '../stacks/memory-app';

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
