// For a plan of unreviewed code: every variable the stack declares without a
// default that the job has no value for (the service secrets, which plan environments do not
// hold) gets a placeholder, so the plan can run without them. The plan then
// shows those credentials as changing; only the apply job uses real values.
//   node tools/ci/placeholder-variables.mjs cdktf.out/stacks/<env>/cdk.tf.json
import { appendFileSync, readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('placeholder-variables: give the stack\'s cdk.tf.json');
  process.exit(1);
}
if (!process.env.GITHUB_ENV) {
  console.error('placeholder-variables: GITHUB_ENV is not set: run it as a step of a GitHub Actions job');
  process.exit(1);
}
const stack = JSON.parse(readFileSync(file, 'utf8'));
const filled = [];
// The same rule as placeholderVariables() in tools/terraform/plan-offline.ts (this job runs without npm ci).
for (const [name, v] of Object.entries(stack.variable ?? {})) {
  if (v.default !== undefined || process.env[`TF_VAR_${name}`] !== undefined) continue;
  appendFileSync(process.env.GITHUB_ENV, `TF_VAR_${name}=placeholder-not-a-secret\n`);
  filled.push(name);
}
console.log(`placeholder-variables: ${filled.length ? filled.sort().join(', ') : 'none needed'}`);
