#!/usr/bin/env bash
# The end-to-end tests (test/e2e: dist/index.js and dist/cli.js run as the runner and a user run
# them) a second time on Node 24, the version action.yml declares. Node 24's bin/ goes first on
# PATH and Vitest itself runs on it, so the helpers' process.execPath, which spawns the action and
# the CLI, is that Node. Extra arguments go to Vitest (e.g. a file or -t NAME).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(bash scripts/install-node24.sh)
export PATH="$bin:$PATH"
echo "== e2e on $(node --version)" >&2
exec node node_modules/vitest/vitest.mjs run test/e2e "$@"
