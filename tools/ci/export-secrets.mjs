// Exports the secrets a GitHub Actions job can see to its following steps.
// Jobs see secrets only through the GitHub environment they name (an
// environment's secrets are scoped to it; the repository holds none), so a
// job gets exactly its environment's credentials. TF_VAR_ names are lower-cased
// after the prefix, as Terraform variable names in this project are. GitHub
// masks secret values in logs by itself; this script prints only names.
//   env: SECRETS: ${{ toJSON(secrets) }}, ENVIRONMENT: ${{ matrix.environment }}
import { appendFileSync } from 'node:fs';

const environment = (process.env.ENVIRONMENT ?? '').trim();
if (!/^[a-z][a-z0-9_-]*$/.test(environment)) {
  console.error(`export-secrets: ENVIRONMENT must be a GitHub environment name such as "dev" or "dev-plan", not ${JSON.stringify(environment)}`);
  process.exit(1);
}
for (const file of ['GITHUB_ENV', 'GITHUB_OUTPUT']) {
  if (!process.env[file]) {
    console.error(`export-secrets: ${file} is not set: run it as a step of a GitHub Actions job`);
    process.exit(1);
  }
}
const secrets = JSON.parse(process.env.SECRETS ?? '{}');
const exported = [];
for (const [name, value] of Object.entries(secrets)) {
  // github_token is GitHub's own, not the environment's.
  if (name.toLowerCase() === 'github_token' || typeof value !== 'string') continue;
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) {
    console.error(`export-secrets: ${JSON.stringify(name)} is not a variable name (letters, digits and "_")`);
    process.exit(1);
  }
  const variable = name.startsWith('TF_VAR_') ? `TF_VAR_${name.slice('TF_VAR_'.length).toLowerCase()}` : name;
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
