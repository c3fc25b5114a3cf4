import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { EnvironmentDefinition, loadEnvironments } from '../../config';
import { EnvironmentStack } from '../../stacks/environment-stack';
import { memoryApp } from '../../stacks/memory-app';

/** The synthesized Terraform JSON of one environment, parsed. */
export function synthJson(definition: EnvironmentDefinition): any {
  const [config] = loadEnvironments([definition]);
  const stack = new EnvironmentStack(memoryApp(), { config });
  return JSON.parse(Testing.synth(stack));
}

/** A fresh temporary directory, removed by the caller with `rmTemp`. */
export function tempDir(prefix = 'gaw-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function rmTemp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export const VALID: EnvironmentDefinition = { name: 'test', region: 'eu-west-1' };
