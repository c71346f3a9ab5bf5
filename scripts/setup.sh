#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, caching the heavy parts
# under ~/.cache/qhub-gitops (QHUB_GITOPS_CACHE): npm packages, a real OpenTofu
# built from source, the engines QHub releases pin (scripts/build-engines.sh),
# real QHub/Nebari in per-version virtualenvs, actionlint and zizmor, Node 24 for
# the e2e tests' second run. Idempotent; fast when the caches exist. Then builds dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== setup: %s\n' "$*" >&2; }

# A node_modules that is a link is an install shared with other checkouts (git worktrees): npm ci
# would empty the directory it points to under every one of them, so it is left as it is.
if [ -L node_modules ]; then
  step "npm ci skipped: node_modules links to a shared install ($(readlink node_modules))"
elif [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  npm ci --no-audit --no-fund >&2
fi

step "OpenTofu"
bash scripts/install-tofu.sh >/dev/null

# The exact engines QHub releases pin (and act, and the provider the import tests use), served to the tests from local mirrors.
step "pinned engines"
bash scripts/build-engines.sh >/dev/null

if [ -f scripts/setup-qhub-venvs.sh ]; then
  step "QHub/Nebari virtualenvs"
  bash scripts/setup-qhub-venvs.sh >&2
fi

step "Node 24 (the action's runtime, for the e2e tests' second run)"
bash scripts/install-node24.sh >/dev/null

step "actionlint and zizmor"
bash scripts/setup-lint.sh >/dev/null

step "workflow runner (act, gh) for test/runner"; bash scripts/setup-runner.sh >&2

step "build dist/"
npm run --silent build >&2
