"""Prints the engine this virtualenv's QHub/Nebari release deploys with, as JSON.

Every release pins one exact engine in its constants module (`qhub/constants.py`, `nebari/constants.py`,
`_nebari/constants.py`): `TERRAFORM_VERSION`, or `OPENTOFU_VERSION` since Nebari switched
to OpenTofu. The module is read, not imported, so nothing of the release runs.
Output: {"name": "terraform"|"tofu", "version": "1.0.5", "module": "<path>"}; exit 1 when not found.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import pathlib
import sys

PACKAGES = ("_nebari", "nebari", "qhub")
# OpenTofu first: a release that pins it deploys with it, whatever else the module still says.
CONSTANTS = (("OPENTOFU_VERSION", "tofu"), ("TERRAFORM_VERSION", "terraform"))


def string_constants(path: pathlib.Path) -> dict[str, str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def main() -> int:
    for package in PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        for location in spec.submodule_search_locations:
            module = pathlib.Path(location) / "constants.py"
            if not module.is_file():
                continue
            constants = string_constants(module)
            for key, name in CONSTANTS:
                if key in constants:
                    print(json.dumps({"name": name, "version": constants[key], "module": str(module)}))
                    return 0
    print(f"no TERRAFORM_VERSION or OPENTOFU_VERSION in the constants module of {' or '.join(PACKAGES)}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
