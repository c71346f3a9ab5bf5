#!/usr/bin/env bash
# `npm run example`: the main job on a shipped example, as a new user runs it on a
# fresh machine. Installs what it needs (npm packages, an OpenTofu built from
# source once and cached), builds the CLI, then validates the template's config
# and prints the pull-request comment the action would post for it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >&2
fi
npm run --silent build >&2
TOFU=$(bash scripts/install-tofu.sh)

echo "== qhub-gitops validate template-repo/qhub-config.yaml" >&2
(cd template-repo && node ../dist/cli.js validate qhub-config.yaml)

echo >&2
echo "== qhub-gitops plan: the PR comment for template-repo/qhub-config.yaml over examples/stages/*" >&2
set +e
node dist/cli.js plan --config template-repo/qhub-config.yaml --engine "$TOFU" \
  --root examples/stages/01-terraform-state \
  --root examples/stages/02-infrastructure \
  --root examples/stages/03-kubernetes-initialize
code=$?
set -e
# plan exits 2 when there are changes to apply: that is the expected outcome here.
[ "$code" -eq 0 ] || [ "$code" -eq 2 ]
