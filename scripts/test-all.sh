#!/usr/bin/env bash
# The README's test command (npm run test:all), which .ci/run calls: installs what the tests need
# (cached), then runs every pass of the suite and fails when any pass fails:
#   1. the end-to-end tests on Node 24, the runtime action.yml declares (scripts/test-node24.sh);
#   2. every test file that reads the corpus, with the corpus hidden, as a plain clone has it;
#   3. the whole suite, last, so its closing line counts everything.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

bash scripts/test-node24.sh

# Files that read the corpus do so through test/corpus/corpus.ts, directly or through the rules' helpers.
mapfile -t corpus_tests < <(grep -rlE "corpus/corpus\.js'|from '\./corpus\.js'|rules/helpers\.js'|from '\./helpers\.js'" test --include='*.test.ts' | sort)
echo "== the ${#corpus_tests[@]} corpus-reading test files, corpus hidden (a plain clone)" >&2
QHUB_GITOPS_CORPUS=none npx vitest run "${corpus_tests[@]}"

echo "== the whole suite" >&2
npx vitest run
