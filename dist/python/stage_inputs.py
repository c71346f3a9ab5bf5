"""Per-stage planning inputs from QHub's own functions, without deploying anything.

Pure logic over a `QhubApi` (see qhub_api.py): which stages can be planned with the
outputs of the stages already deployed, with which input variables, environment and
state imports, and why the others cannot. Stdlib only, so it is tested without QHub.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Protocol

StageOutputs = dict[str, dict[str, Any]]
Status = Literal["ready", "pending", "not-planned", "error"]
StageKind = Literal["terraform", "kustomize", "render-only", "python"]

# The stages whose outputs configure the providers of every later stage
# (QHub's kubernetes_provider_context and keycloak_provider_context).
KUBERNETES_STAGE = "02-infrastructure"
KEYCLOAK_STAGE = "05-kubernetes-keycloak"

_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


@dataclass(frozen=True)
class Stage:
    name: str
    """Directory of the stage under the render directory, e.g. `stages/02-infrastructure/gcp`."""
    directory: str
    kind: StageKind


class QhubApi(Protocol):
    def stages(self) -> list[Stage]: ...

    def input_vars(self, stage: Stage, stage_outputs: StageOutputs) -> dict[str, Any]: ...

    def state_imports(self, stage: Stage) -> list[tuple[str, str]]: ...

    def record_outputs(self, stage: Stage, outputs: dict[str, Any], stage_outputs: StageOutputs) -> None: ...

    def kubernetes_env(self, credentials: dict[str, Any]) -> dict[str, str]: ...

    def keycloak_env(self, credentials: dict[str, Any]) -> dict[str, str]: ...


@dataclass
class StageInputs:
    name: str
    directory: str
    status: Status
    reason: str | None = None
    input_vars: dict[str, Any] | None = None
    env: dict[str, str] = field(default_factory=dict)
    state_imports: list[tuple[str, str]] = field(default_factory=list)
    outputs_given: bool = False


def stage_key(name: str) -> str:
    """The key QHub uses for a stage in `stage_outputs`."""
    return f"stages/{name}"


_NOT_TERRAFORM_REASON = {
    "kustomize": "applies Kubernetes manifests through the Kubernetes Python client, not Terraform: there is no plan to show",
    "render-only": "only renders files; it deploys nothing",
    "python": "deploys through its own Python code, not Terraform: there is no plan to show",
}


def compute_stage_inputs(api: QhubApi, known_outputs: Mapping[str, dict[str, Any]]) -> list[StageInputs]:
    """Walks the stages in deploy order, as QHub's deploy does, but records given outputs instead of applying.

    `known_outputs` maps `stages/<name>` to that stage's `output -json` (or planned outputs).
    A stage is pending when a stage it depends on has no outputs yet.
    """
    stage_outputs: StageOutputs = {}
    env: dict[str, str] = {}
    blocker: str | None = None
    results: list[StageInputs] = []
    for stage in api.stages():
        if stage.kind != "terraform":
            results.append(StageInputs(stage.name, stage.directory, "not-planned", _NOT_TERRAFORM_REASON[stage.kind]))
            continue
        result = _inputs_of(api, stage, stage_outputs, env, blocker)
        results.append(result)
        given = known_outputs.get(stage_key(stage.name))
        provided = None if given is None else _record(api, stage, given, stage_outputs, result)
        if provided is not None:
            env.update(provided)
            result.outputs_given = True
        elif stage.name in (KUBERNETES_STAGE, KEYCLOAK_STAGE) and blocker is None:
            blocker = (
                f"its providers need the credentials output by stage {stage.name}, "
                "which has no outputs yet (not deployed, or its plan leaves them unknown)"
            )
    return results


def _inputs_of(
    api: QhubApi, stage: Stage, stage_outputs: StageOutputs, env: dict[str, str], blocker: str | None
) -> StageInputs:
    if blocker is not None:
        return StageInputs(stage.name, stage.directory, "pending", blocker)
    try:
        input_vars = api.input_vars(stage, stage_outputs)
        imports = api.state_imports(stage)
    except KeyError as error:
        return StageInputs(stage.name, stage.directory, *_missing_key(error, stage_outputs))
    except Exception as error:  # QHub raises ValueError and others for unmet preconditions
        return StageInputs(stage.name, stage.directory, "error", f"{type(error).__name__}: {error}")
    return StageInputs(stage.name, stage.directory, "ready", None, input_vars, dict(env), imports)


def _missing_key(error: KeyError, stage_outputs: StageOutputs) -> tuple[Status, str]:
    key = str(error.args[0]) if error.args else ""
    if key.startswith("stages/"):
        return "pending", f"needs the outputs of stage {key.removeprefix('stages/')}, which has no outputs yet"
    if _ENV_NAME.match(key) and key not in os.environ:
        return "error", f"needs the environment variable {key}, which is not set"
    return "pending", f"needs the output '{key}' of an earlier stage, which its outputs do not contain"


def _record(
    api: QhubApi, stage: Stage, given: dict[str, Any], stage_outputs: StageOutputs, result: StageInputs
) -> dict[str, str] | None:
    """Records a stage's outputs the way QHub does (set_outputs adds derived values).

    Returns the provider environment they give later stages, or None when they are unusable.
    """
    try:
        api.record_outputs(stage, dict(given), stage_outputs)
        outputs = stage_outputs[stage_key(stage.name)]
        if stage.name == KUBERNETES_STAGE:
            return api.kubernetes_env(outputs["kubernetes_credentials"]["value"])
        if stage.name == KEYCLOAK_STAGE:
            return api.keycloak_env(outputs["keycloak_credentials"]["value"])
    except (KeyError, TypeError) as error:
        stage_outputs.pop(stage_key(stage.name), None)
        result.reason = f"its given outputs lack {error}: later stages that need them stay pending"
        return None
    return {}
