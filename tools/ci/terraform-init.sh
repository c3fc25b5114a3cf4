#!/usr/bin/env bash
# terraform init for CI, with the provider pinned and, where the registry is out of reach, a mirror:
#   tools/ci/terraform-init.sh <stack dir>
#
# - The stack has a lock file (synth copies config/locks/<env>.terraform.lock.hcl into it):
#   init with -lockfile=readonly, so a provider whose checksum is not pinned is refused.
#   Without one, init records what it installed, and the job warns: run `npm run lock`.
# - TERRAFORM_PROVIDER_MIRROR set to the https:// URL of a provider network mirror: providers
#   come from there and nowhere else. It is a secret of the GitHub environment (its URL may
#   carry a token, so it is never printed), exported to the job with the others.
set -euo pipefail
stack_dir="${1:?usage: tools/ci/terraform-init.sh <stack dir>}"
[ -f "$stack_dir/cdk.tf.json" ] || { echo "terraform-init: $stack_dir has no cdk.tf.json: synthesize it first (npm run synth)" >&2; exit 1; }

mirror="${TERRAFORM_PROVIDER_MIRROR:-}"
if [ -n "$mirror" ]; then
  if ! [[ "$mirror" =~ ^https://[^[:space:]\"\\]+/$ ]]; then
    echo "terraform-init: TERRAFORM_PROVIDER_MIRROR must be the https:// URL of a provider network mirror, ending in \"/\"" >&2
    exit 1
  fi
  rc="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/terraform-mirror.tfrc"
  printf 'provider_installation {\n  network_mirror {\n    url = "%s"\n  }\n}\n' "$mirror" > "$rc"
  export TF_CLI_CONFIG_FILE="$rc"
  echo "providers from the network mirror in TERRAFORM_PROVIDER_MIRROR"
fi

if [ -f "$stack_dir/.terraform.lock.hcl" ]; then
  exec terraform -chdir="$stack_dir" init -input=false -lockfile=readonly
fi
echo "::warning title=No provider lock file::$stack_dir has no .terraform.lock.hcl, so the provider's checksums are not pinned. Run \`npm run lock -- <environment>\` and commit config/locks (docs/terraform.md)."
exec terraform -chdir="$stack_dir" init -input=false
