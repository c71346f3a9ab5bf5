#!/usr/bin/env bash
# Runs actionlint and zizmor on this repository's workflows and on the template's
# (each with its own zizmor settings). Exit 1 on any finding.
# The linters come from scripts/setup-lint.sh (on PATH, or its cached directory).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v actionlint >/dev/null 2>&1 || ! command -v zizmor >/dev/null 2>&1; then
  PATH="$(bash scripts/setup-lint.sh):$PATH"
fi

status=0
actionlint .github/workflows/*.yml template-repo/.github/workflows/*.yml || status=1
zizmor --offline --config .github/zizmor.yml .github/ || status=1
zizmor --offline --config template-repo/.github/zizmor.yml template-repo/.github/ || status=1
exit "$status"
