#!/usr/bin/env bash
# Runs actionlint and zizmor on this repository's workflows and on the template's
# (each with its own zizmor settings). Exit 1 on any finding.
# The linters come from scripts/setup-lint.sh, whose shellcheck actionlint runs on
# every `run:` script, so results do not depend on what else is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

lint_bin="$(bash scripts/setup-lint.sh)"

status=0
"$lint_bin/actionlint" -shellcheck "$lint_bin/shellcheck" .github/workflows/*.yml template-repo/.github/workflows/*.yml || status=1
"$lint_bin/zizmor" --offline --config .github/zizmor.yml .github/ || status=1
"$lint_bin/zizmor" --offline --config template-repo/.github/zizmor.yml template-repo/.github/ || status=1
exit "$status"
