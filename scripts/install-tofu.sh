#!/usr/bin/env bash
# Provides a real OpenTofu binary for the tests and the local CLI.
# Uses `tofu` on PATH when present; otherwise builds the pinned release from
# source through the Go module proxy (no prebuilt download) and caches it.
# `go install tofu@version` refuses OpenTofu's go.mod (it has replace
# directives), so the module is downloaded and built as the main module.
# Prints the absolute path of the binary on stdout.
set -euo pipefail

TOFU_VERSION="${QHUB_GITOPS_TOFU_VERSION:-1.10.7}"
CACHE_DIR="${QHUB_GITOPS_CACHE:-$HOME/.cache/qhub-gitops}"
TARGET="$CACHE_DIR/tofu/$TOFU_VERSION/tofu"

if [ -z "${QHUB_GITOPS_FORCE_BUILD:-}" ] && command -v tofu >/dev/null 2>&1; then
  command -v tofu
  exit 0
fi
if [ -x "$TARGET" ] && "$TARGET" version >/dev/null 2>&1; then
  echo "$TARGET"
  exit 0
fi

command -v go >/dev/null 2>&1 || {
  echo "install-tofu: neither 'tofu' nor the Go toolchain is on PATH; install Go >= 1.24 or OpenTofu $TOFU_VERSION" >&2
  exit 1
}

echo "install-tofu: building OpenTofu $TOFU_VERSION from source (one time, a few minutes)" >&2
module_dir=$(cd "$(mktemp -d)" && GOFLAGS=-mod=mod go mod download -json "github.com/opentofu/opentofu@v$TOFU_VERSION" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -R "$module_dir/." "$work/src"
chmod -R u+w "$work/src"
mkdir -p "$(dirname "$TARGET")"
(cd "$work/src" && CGO_ENABLED=0 go build -trimpath \
  -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" \
  -o "$TARGET.tmp" ./cmd/tofu)
mv "$TARGET.tmp" "$TARGET"
"$TARGET" version >&2
echo "$TARGET"
