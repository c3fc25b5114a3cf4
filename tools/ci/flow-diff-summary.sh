#!/usr/bin/env bash
# What a pull request changes in the flows, in words and pictures, for the job summary:
#   tools/ci/flow-diff-summary.sh <base checkout> <head checkout>
# Both checkouts have their dependencies installed (npm ci). Each is synthesized by its
# own code; the pictures are drawn by the head's code, so they show what would be
# published. The diff in words goes to the log, the Markdown (docs/flow-diff.md) to
# $GITHUB_STEP_SUMMARY, or to stdout outside GitHub Actions. No credentials, no network.
set -euo pipefail
if [ "$#" -ne 2 ] || [ ! -f "$1/package.json" ] || [ ! -f "$2/package.json" ]; then
  echo "usage: tools/ci/flow-diff-summary.sh <base checkout> <head checkout> (each a directory with a package.json)" >&2
  exit 1
fi
base=$(cd "$1" && pwd); head=$(cd "$2" && pwd)
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
pictures=$(mktemp -d)
trap 'rm -rf "$pictures"' EXIT
# Each checkout writes where its own synth says: cdktf.out, whatever the caller's environment holds.
unset CDKTF_OUTDIR

echo "synthesizing the base: $base" >&2
(cd "$base" && npm run --silent synth >&2)
echo "synthesizing the head and drawing its flows: $head" >&2
(cd "$head" && npm run --silent synth >&2 && npm run --silent diagrams -- --out "$pictures" >&2)

cd "$head"
npm run --silent flow-diff -- "$base/cdktf.out" cdktf.out >&2
npm run --silent flow-diff -- "$base/cdktf.out" cdktf.out --markdown --pictures "$pictures" >> "$summary"
