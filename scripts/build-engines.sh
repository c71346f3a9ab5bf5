#!/usr/bin/env bash
# Builds the exact engines QHub/Nebari releases pin (and nektos/act, the workflow
# runner the template tests use, and hashicorp's time provider, whose resources the
# engine tests import offline) from source through the Go module proxy, once,
# into $QHUB_GITOPS_CACHE/builds/<name>/<version>/<name>. No prebuilt download:
# the tests package these binaries in the official release layout and serve them
# as a local engine mirror.
# Usage: build-engines.sh [NAME@VERSION ...]   (default: every engine the tests use)
# Prints one "NAME VERSION PATH" line per binary on stdout.
set -euo pipefail

CACHE_DIR="${QHUB_GITOPS_CACHE:-$HOME/.cache/qhub-gitops}"
DEFAULT_TARGETS="terraform@0.14.9 terraform@1.0.5 terraform@1.5.7 tofu@1.8.3 act@0.2.89 provider-time@0.14.2"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || read -r -a targets <<<"$DEFAULT_TARGETS"

command -v go >/dev/null 2>&1 || {
  echo "build-engines: the Go toolchain (>= 1.24) is needed to build ${targets[*]}" >&2
  exit 1
}

module_of() {
  case "$1" in
    terraform) echo github.com/hashicorp/terraform ;;
    tofu) echo github.com/opentofu/opentofu ;;
    act) echo github.com/nektos/act ;;
    provider-time) echo github.com/hashicorp/terraform-provider-time ;;
    *) echo "build-engines: unknown tool '$1' (terraform, tofu, act or provider-time)" >&2; return 1 ;;
  esac
}

# Releases with replace directives in go.mod refuse `go install module@version`:
# download the module and build it as the main module instead (works for all).
build_one() {
  local name=$1 version=$2 target=$3 module package ldflags module_dir work
  module=$(module_of "$name")
  case "$name" in
    terraform) package=. ldflags="-s -w" ;;
    tofu) package=./cmd/tofu ldflags="-s -w -X github.com/opentofu/opentofu/version.dev=no" ;;
    act) package=. ldflags="-s -w -X main.version=$version" ;;
    provider-time) package=. ldflags="-s -w" ;;
  esac
  echo "build-engines: building $name $version from source (one time, a few minutes)" >&2
  module_dir=$(cd "$(mktemp -d)" && GOFLAGS=-mod=mod go mod download -json "$module@v$version" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
  work=$(mktemp -d)
  cp -R "$module_dir/." "$work/src"
  chmod -R u+w "$work/src"
  mkdir -p "$(dirname "$target")"
  (cd "$work/src" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -ldflags "$ldflags" -o "$target.tmp" "$package")
  chmod -R u+w "$work" && rm -rf "$work"
  mv "$target.tmp" "$target"
}

for spec in "${targets[@]}"; do
  name=${spec%@*} version=${spec#*@}
  target="$CACHE_DIR/builds/$name/$version/$name"
  if ! [ -x "$target" ]; then  # written atomically (.tmp then mv): present means complete
    build_one "$name" "$version" "$target"
  fi
  echo "$name $version $target"
done
