import * as fs from 'fs';
import * as path from 'path';
import { flowNameReader, guardPlan, planGuardMain, riskyChanges } from '../tools/ci/plan-guard';
import { CommandLineError } from '../tools/cli/args';
import { rmTemp, tempDir } from './helpers/synth';
import { SEQUENTIAL } from './fixtures/environments';

const change = (address: string, actions: string[], before?: object, after?: object) => ({ address, type: address.split('.')[0], change: { actions, before, after } });
const PLAN = {
  resource_changes: [
    change('genesyscloud_routing_queue.queues_ai_intent_fallback_Default_1', ['delete', 'create']),
    change('genesyscloud_integration_action.lookup_Default_2', ['delete']),
    change('genesyscloud_flow.callflow_Default_3', ['update'], { name: 'prod-AI Intent Call Flow' }, { filepath: 'assets/flow/renamed.yaml' }),
    change('genesyscloud_flow.workflow_Default_4', ['update'], { name: 'prod-AI Intent Workflow' }, { filepath: 'assets/flow/same.yaml' }),
    change('genesyscloud_routing_queue.queues_x_Default_5', ['update'], { name: 'a' }, { name: 'b' }),
    change('genesyscloud_routing_queue.queues_y_Default_6', ['create']),
    change('genesyscloud_routing_queue.queues_z_Default_7', ['no-op']),
  ],
};
const names: Record<string, string> = { 'assets/flow/renamed.yaml': 'prod-Intent Call Flow', 'assets/flow/same.yaml': 'prod-AI Intent Workflow' };

describe('the plan guard', () => {
  const risky = riskyChanges(PLAN, (f) => names[f]);

  it('finds destroys, replaces and renamed flows, and nothing else', () => {
    expect(risky).toEqual([
      { address: 'genesyscloud_routing_queue.queues_ai_intent_fallback_Default_1', change: 'would be replaced (destroyed, then created anew)' },
      { address: 'genesyscloud_integration_action.lookup_Default_2', change: 'would be destroyed' },
      {
        address: 'genesyscloud_flow.callflow_Default_3',
        change: expect.stringContaining('is renamed from "prod-AI Intent Call Flow" to "prod-Intent Call Flow": a new flow is published and "prod-AI Intent Call Flow" is left in the org'),
      },
    ]);
  });

  it('refuses them in production unless each address is acknowledged', () => {
    expect(guardPlan(risky, true, new Set()).refused).toHaveLength(3);
    const partly = guardPlan(risky, true, new Set(['genesyscloud_integration_action.lookup_Default_2']));
    expect(partly.refused.map((c) => c.address)).toEqual(['genesyscloud_routing_queue.queues_ai_intent_fallback_Default_1', 'genesyscloud_flow.callflow_Default_3']);
    expect(partly.allowed.map((c) => c.address)).toEqual(['genesyscloud_integration_action.lookup_Default_2']);
  });

  it('only reports them elsewhere', () => {
    expect(guardPlan(risky, false, new Set())).toEqual({ refused: [], allowed: risky });
  });

  it('runs from the command line on a saved plan, reading flow names from the stack directory, and knows production from the config', () => {
    const dir = tempDir('guard-');
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      fs.mkdirSync(path.join(dir, 'assets/flow'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'assets/flow/renamed.yaml'), 'inboundCall:\n  name: prod-Intent Call Flow\n');
      fs.writeFileSync(path.join(dir, 'assets/flow/same.yaml'), 'workflow:\n  name: prod-AI Intent Workflow\n');
      const planFile = path.join(dir, 'plan.json');
      fs.writeFileSync(planFile, JSON.stringify(PLAN));
      const envs = [{ ...SEQUENTIAL, name: 'live', production: true }, { ...SEQUENTIAL, name: 'test', naming: { prefix: 't-' }, backend: { type: 'local' as const } }];
      expect(planGuardMain(['live', planFile, '--stack-dir', dir], envs)).toBe(1);
      expect(err.mock.calls.flat().join('\n')).toContain('REFUSED: genesyscloud_flow.callflow_Default_3 is renamed');
      const all = risky.map((c) => ['--acknowledge', c.address]).flat();
      expect(planGuardMain(['live', planFile, '--stack-dir', dir, ...all], envs)).toBe(0);
      expect(planGuardMain(['test', planFile, '--stack-dir', dir], envs)).toBe(0);
      expect(() => planGuardMain(['nowhere', planFile, '--stack-dir', dir], envs)).toThrow('there is no environment "nowhere"');
      expect(() => planGuardMain(['live', planFile], envs)).toThrow('usage:');
      expect(() => planGuardMain(['live', planFile, '--stack-dir', dir, '--acknowledge'], envs)).toThrow('--acknowledge needs a resource address, not nothing');
      expect(() => planGuardMain(['live', planFile, '--stack-dir', dir, '--force'], envs)).toThrow('unknown option "--force"');
      expect(() => planGuardMain(['live', planFile, '--stack-dir', dir, '--stack-dir', dir], envs)).toThrow('--stack-dir takes one value, not 2');
      expect(() => planGuardMain(['live', planFile, 'extra', '--stack-dir', dir], envs)).toThrow(CommandLineError);
    } finally {
      err.mockRestore();
      log.mockRestore();
      rmTemp(dir);
    }
  });

  it('reads no flow name from outside the stack directory', () => {
    expect(flowNameReader('/tmp/nowhere')('../../etc/passwd')).toBeUndefined();
  });
});
