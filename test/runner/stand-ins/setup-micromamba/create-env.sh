#!/usr/bin/env bash
# The environment setup-micromamba would create, from micromamba-style create-args
# ("python=3.12 pyyaml=6.0.2"): a virtualenv of this machine's Python of that version with the
# other packages from PyPI, cached under $QHUB_GITOPS_CACHE/runner/. Prints its directory.
# With --offline (as the stand-in runs, inside the tests) it only finds an existing one.
set -euo pipefail
offline=false
if [ "${1:-}" = --offline ]; then offline=true; shift; fi
python_version='' packages=()
for arg in "$@"; do
  case "$arg" in
    python=*) python_version=${arg#python=} ;;
    *=*) packages+=("${arg%%=*}==${arg#*=}") ;;
  esac
done
env_dir="${QHUB_GITOPS_CACHE:-$HOME/.cache/qhub-gitops}/runner/micromamba-py$python_version-$(printf '%s\n' "${packages[@]}" | sha256sum | cut -c1-12)"
if [ -x "$env_dir/bin/python" ]; then
  echo "$env_dir"
  exit 0
fi
if $offline; then
  echo "setup-micromamba stand-in: no environment for '$*' yet: run bash scripts/setup-runner.sh" >&2
  exit 1
fi
python=''
for candidate in "$(command -v "python$python_version" || true)" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$python_version"*/bin/"python$python_version"; do
  if [ -x "$candidate" ] && "$candidate" -c '' 2>/dev/null; then python=$candidate; break; fi
done
if [ -z "$python" ]; then
  echo "setup-micromamba stand-in: this machine has no Python $python_version" >&2
  exit 1
fi
rm -rf "$env_dir.tmp"
"$python" -m venv "$env_dir.tmp"
"$env_dir.tmp/bin/pip" install --quiet --disable-pip-version-check "${packages[@]}" >&2
mv "$env_dir.tmp" "$env_dir"
echo "$env_dir"
