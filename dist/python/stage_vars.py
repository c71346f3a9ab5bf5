"""Entry point run inside a QHub/Nebari virtualenv: render the config and write each stage's inputs.

usage: python stage_vars.py --config CONFIG --render-dir DIR --out DIR [--outputs FILE] [--render]

--outputs  JSON object mapping `stages/<name>` to that stage's `output -json` for the stages already
           deployed (or planned, with their planned output values).
--render   render the config into --render-dir first (QHub's own render); later calls reuse it.

Writes to --out: `manifest.json` (no secrets) and, per ready stage, `<name>.tfvars.json` and
`<name>.env.json`, readable by the owner only: they hold passwords and cluster tokens.
Exit codes: 0 done, 1 the config does not load or verify, 2 QHub failed otherwise,
3 no staged QHub/Nebari here.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pathlib
import sys
import traceback
from typing import Any

from qhub_api import ConfigError, FunctionalApi, UnsupportedVersion, load_api
from stage_inputs import StageInputs, compute_stage_inputs


def _write_private(path: pathlib.Path, data: Any) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        # Plain json.dump, exactly as QHub writes its own tfvars file.
        json.dump(data, file)


def _stage_entry(stage: StageInputs, out: pathlib.Path) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "name": stage.name,
        "directory": stage.directory,
        "status": stage.status,
        "reason": stage.reason,
        "tfvars_file": None,
        "env_file": None,
        "env_names": sorted(stage.env),
        "state_imports": [list(pair) for pair in stage.state_imports],
        "outputs_given": stage.outputs_given,
    }
    if stage.status == "ready":
        entry["tfvars_file"] = str(out / f"{stage.name}.tfvars.json")
        entry["env_file"] = str(out / f"{stage.name}.env.json")
        _write_private(pathlib.Path(entry["tfvars_file"]), stage.input_vars)
        _write_private(pathlib.Path(entry["env_file"]), stage.env)
    return entry


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="stage_vars.py")
    parser.add_argument("--config", required=True, type=pathlib.Path)
    parser.add_argument("--render-dir", required=True, type=pathlib.Path)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    parser.add_argument("--outputs", type=pathlib.Path)
    parser.add_argument("--render", action="store_true")
    args = parser.parse_args(argv)

    known_outputs = json.loads(args.outputs.read_text(encoding="utf-8")) if args.outputs else {}
    try:
        api = load_api(args.config.resolve(), args.render_dir.resolve())
    except ConfigError as error:
        print(f"config error: {error}", file=sys.stderr)
        return 1
    except UnsupportedVersion as error:
        print(f"unsupported: {error}", file=sys.stderr)
        return 3
    if args.render:
        api.render()
    stages = compute_stage_inputs(api, known_outputs)

    args.out.mkdir(parents=True, exist_ok=True)
    manifest = {
        "package": api.distribution,
        "version": api.version,
        "api": "functional" if isinstance(api, FunctionalApi) else "plugin",
        "prevent_deploy": api.prevent_deploy,
        "stages": [_stage_entry(stage, args.out) for stage in stages],
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return 0


def run(argv: list[str]) -> int:
    """main() with QHub's own failures reduced to one line (the traceback only with QHUB_GITOPS_DEBUG)."""
    # QHub prints tables and progress on stdout; this program reports through its files only.
    with contextlib.redirect_stdout(sys.stderr):
        try:
            return main(argv)
        except Exception as error:  # anything QHub raises while rendering or computing inputs
            if os.environ.get("QHUB_GITOPS_DEBUG"):
                traceback.print_exc()
            print(f"qhub failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 2


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
