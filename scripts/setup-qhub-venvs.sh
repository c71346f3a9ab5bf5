#!/usr/bin/env bash
# Installs the QHub/Nebari virtualenvs of src/qhub/python/versions.json (see setup-qhub-venvs.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/setup-qhub-venvs.mjs "$@"
