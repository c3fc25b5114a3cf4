#!/usr/bin/env bash
# Writes the summary of a saved Terraform plan to the GitHub job summary:
#   tools/ci/plan-summary.sh <environment> <stack dir> <plan file>
set -euo pipefail
env_name="$1"; stack_dir="$2"; plan="$3"
summary=$(terraform -chdir="$stack_dir" show -no-color "$plan" | grep -E '^(Plan:|No changes\.|Changes to Outputs:)' | head -n 1 || true)
{
  echo "### terraform plan: ${env_name}"
  echo
  echo "${summary:-no summary line (see the job log)}"
} >> "${GITHUB_STEP_SUMMARY:-/dev/stdout}"
echo "plan ${env_name}: ${summary}"
