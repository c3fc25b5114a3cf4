// Exports the secrets of one environment to the following steps of a GitHub
// Actions job: every repository secret named <ENV>_<NAME> becomes the
// environment variable <NAME>. GitHub masks secret values in logs by itself;
// this script prints only names, never values.
//   env: SECRETS: ${{ toJSON(secrets) }}, ENVIRONMENT: dev
import { appendFileSync } from 'node:fs';

const environment = (process.env.ENVIRONMENT ?? '').trim();
if (!/^[a-z][a-z0-9_]*$/.test(environment)) {
  console.error(`export-secrets: ENVIRONMENT must be an environment name such as "dev", not ${JSON.stringify(environment)}`);
  process.exit(1);
}
const prefix = `${environment.toUpperCase()}_`;
const secrets = JSON.parse(process.env.SECRETS ?? '{}');
const exported = [];
for (const [name, value] of Object.entries(secrets)) {
  if (!name.startsWith(prefix) || typeof value !== 'string') continue;
  const target = name.slice(prefix.length);
  // GitHub upper-cases secret names; Terraform variable names in this project are lower case.
  const variable = target.startsWith('TF_VAR_') ? `TF_VAR_${target.slice('TF_VAR_'.length).toLowerCase()}` : target;
  if (value.includes('\n')) {
    console.error(`export-secrets: ${name} spans several lines; store it on one line`);
    process.exit(1);
  }
  appendFileSync(process.env.GITHUB_ENV, `${variable}=${value}\n`);
  exported.push(variable);
}
const ready = exported.includes('GENESYSCLOUD_OAUTHCLIENT_ID') && exported.includes('GENESYSCLOUD_OAUTHCLIENT_SECRET');
appendFileSync(process.env.GITHUB_OUTPUT, `ready=${ready}\n`);
console.log(`export-secrets: ${environment}: ${exported.length ? exported.sort().join(', ') : 'no secrets'}${ready ? '' : ' (no Genesys Cloud credentials: plan and apply are skipped)'}`);
