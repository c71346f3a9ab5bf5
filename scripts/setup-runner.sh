#!/usr/bin/env bash
# What the runner tests (test/runner/) need besides the rest of the suite: nektos/act built from
# source (scripts/build-engines.sh), the GitHub CLI the template's workflows call (on a GitHub
# runner it is preinstalled; here from Debian's packages when missing), and the Python
# environment the setup-micromamba stand-in gives the Lock environments workflow.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build-engines.sh act@0.2.89 >/dev/null

if ! command -v gh >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >&2 && apt-get install -y -qq gh >&2
  else
    echo "setup-runner: the GitHub CLI (gh) is missing; install it to run the runner tests" >&2
  fi
fi

# The create-args of template-repo/.github/workflows/lock-environments.yml.
bash test/runner/stand-ins/setup-micromamba/create-env.sh python=3.12 pyyaml=6.0.2 >/dev/null
