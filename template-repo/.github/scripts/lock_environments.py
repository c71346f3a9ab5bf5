"""Pins each conda package an environment file lists to the exact version micromamba
solves for it, editing the file in place so its comments and order survive.

Usage: python lock_environments.py environments/environment-dask.yaml ...

The solve happens here, on a runner, instead of in conda-store during a deploy,
where a hard solve can hang. pip packages are not solved by micromamba: they must
already be pinned with `==`. The micromamba binary is $MAMBA_EXE (set by
mamba-org/setup-micromamba), else `micromamba` on PATH. Exit 1 when a file cannot
be solved or has unpinned pip packages; the message names the file.
"""

import json
import os
import re
import subprocess
import sys

import yaml

TOP_LEVEL_DEPENDENCIES = re.compile(r"^dependencies:\s*(#.*)?$")
LIST_ITEM = re.compile(r"^(?P<indent>\s*)-\s+(?P<quote>['\"]?)(?P<spec>[^'\"#]*?)(?P=quote)(?P<comment>\s*#.*)?$")
SPEC_NAME = re.compile(r"^(?:(?P<channel>[\w./-]+)::)?(?P<name>[A-Za-z0-9_.-]+)")


class LockError(Exception):
    pass


def conda_and_pip_specs(environment, path):
    conda, pip = [], []
    for item in environment.get("dependencies") or []:
        if isinstance(item, str):
            conda.append(item.strip())
        elif isinstance(item, dict) and "pip" in item:
            pip.extend(str(spec) for spec in item["pip"] or [])
        else:
            raise LockError(f"{path}: unexpected dependency {item!r}")
    return conda, pip


def solve(channels, specs, path):
    command = [
        os.environ.get("MAMBA_EXE", "micromamba"),
        "create", "--dry-run", "--json", "--yes",
        "--name", "qhub-gitops-lock", "--platform", "linux-64", "--override-channels",
    ]
    for channel in channels:
        command += ["--channel", channel]
    result = subprocess.run(command + specs, capture_output=True, text=True)
    try:
        links = json.loads(result.stdout)["actions"]["LINK"]
    except (ValueError, KeyError, TypeError):
        detail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise LockError(f"{path}: micromamba could not solve the environment:\n  " + "\n  ".join(detail))
    return {package["name"]: package["version"] for package in links}


def pinned_spec(spec, solved, path):
    match = SPEC_NAME.match(spec)
    name = match.group("name") if match else None
    if name not in solved:
        raise LockError(f"{path}: '{spec}' is not in the solved environment")
    channel = f"{match.group('channel')}::" if match.group("channel") else ""
    return f"{channel}{name}=={solved[name]}"


def lock(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    environment = yaml.safe_load(text) or {}
    conda, pip = conda_and_pip_specs(environment, path)
    unpinned_pip = [spec for spec in pip if "==" not in spec]
    if unpinned_pip:
        raise LockError(f"{path}: pin these pip packages with == by hand: {', '.join(unpinned_pip)}")
    solved = solve(environment.get("channels") or [], conda, path)
    pins = {spec: pinned_spec(spec, solved, path) for spec in conda}

    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if TOP_LEVEL_DEPENDENCIES.match(line.rstrip("\n"))), None)
    if start is None:
        raise LockError(f"{path}: no top-level `dependencies:` list")
    item_indent = None
    for index in range(start + 1, len(lines)):
        line = lines[index].rstrip("\n")
        if line and not line.startswith((" ", "-", "#")):
            break  # the next top-level key
        match = LIST_ITEM.match(line)
        if not match:
            continue
        if item_indent is None:
            item_indent = match.group("indent")
        spec = match.group("spec").strip()
        if match.group("indent") == item_indent and spec in pins:
            quote = match.group("quote")
            lines[index] = f"{item_indent}- {quote}{pins[spec]}{quote}{match.group('comment') or ''}\n"
    new_text = "".join(lines)
    if new_text != text:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(new_text)
        return True
    return False


def main(paths):
    failed = False
    for path in paths:
        try:
            print(f"{path}: {'pinned' if lock(path) else 'already pinned'}")
        except LockError as error:
            # A workflow annotation: newlines must be escaped to stay in one message.
            message = str(error).replace("%", "%25").replace("\n", "%0A")
            print(f"::error file={path}::{message}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
