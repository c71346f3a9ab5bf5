"""Adapters over the QHub/Nebari package installed in this virtualenv.

Two generations of internal API, both called exactly as `qhub deploy` calls them:
- functional (QHub 0.4.x, Nebari 2022.10-2023.7): `<pkg>.stages.input_vars.stage_0N_*(stage_outputs, config)`
  over the raw config dict checked by `<pkg>.schema.verify`;
- plugin (Nebari 2023.10+): `NebariTerraformStage(output_directory, config)` objects from
  `nebari_plugin_manager.ordered_stages`.
QHub 0.3.x has no stages: it is rendered with its own `qhub render` command instead.
"""

from __future__ import annotations

import importlib
from importlib import metadata
import os
import pathlib
import re
from typing import Any, Callable, ContextManager

from stage_inputs import Stage, StageKind, StageOutputs


class UnsupportedVersion(Exception):
    pass


class ConfigError(Exception):
    pass


def _env_set_by(context: Callable[[dict[str, Any]], ContextManager[None]], credentials: dict[str, Any]) -> dict[str, str]:
    """The environment QHub's provider context sets for these credentials (its own mapping)."""
    before = dict(os.environ)
    with context(credentials):
        during = dict(os.environ)
    return {name: value for name, value in during.items() if before.get(name) != value}


_FUNCTION_STAGE = re.compile(r"^stage_(\d\d)_(\w+)$")


class FunctionalApi:
    """QHub 0.4.x and Nebari 2022.10-2023.7."""

    def __init__(self, package: str, config_path: pathlib.Path, render_dir: pathlib.Path) -> None:
        self.package = package
        self.distribution = "qhub" if package == "qhub" else "nebari"
        self._input_vars = importlib.import_module(f"{package}.stages.input_vars")
        self._state_imports = importlib.import_module(f"{package}.stages.state_imports")
        self._utils = importlib.import_module(f"{package}.utils")
        self.config_path = config_path
        self.render_dir = render_dir
        schema = importlib.import_module(f"{package}.schema")
        # Deploy feeds the input-variable functions this raw, verified dict.
        self.config: dict[str, Any] = self._utils.load_yaml(config_path)
        try:
            schema.verify(self.config)
        except Exception as error:  # pydantic.ValidationError, whose module differs per version
            raise ConfigError(str(error)) from error

    @property
    def version(self) -> str:
        return metadata.version(self.distribution)

    @property
    def prevent_deploy(self) -> bool:
        return bool(self.config.get("prevent_deploy", False))

    def render(self) -> None:
        render = importlib.import_module(f"{self.package}.render")
        render.render_template(self.render_dir, self.config_path)

    def _functions(self) -> list[tuple[str, Callable[..., Any]]]:
        found = []
        for attribute in dir(self._input_vars):
            match = _FUNCTION_STAGE.match(attribute)
            if match:
                name = f"{match.group(1)}-{match.group(2).replace('_', '-')}"
                found.append((name, getattr(self._input_vars, attribute)))
        return sorted(found)

    def _directory(self, name: str) -> str:
        # Only the first two stages have one template per provider.
        per_provider = name.startswith(("01-", "02-"))
        return f"stages/{name}/{self.config['provider']}" if per_provider else f"stages/{name}"

    def stages(self) -> list[Stage]:
        # Render writes stage 01 only where deploy runs it (remote state on a cloud).
        return [
            Stage(name, self._directory(name), "terraform")
            for name, _ in self._functions()
            if (self.render_dir / self._directory(name)).is_dir()
        ]

    def input_vars(self, stage: Stage, stage_outputs: StageOutputs) -> dict[str, Any]:
        function = dict(self._functions())[stage.name]
        return dict(function(stage_outputs, self.config))

    def state_imports(self, stage: Stage) -> list[tuple[str, str]]:
        function = getattr(self._state_imports, "stage_" + stage.name.replace("-", "_"), None)
        return [(str(address), str(id_)) for address, id_ in function({}, self.config)] if function else []

    def record_outputs(self, stage: Stage, outputs: dict[str, Any], stage_outputs: StageOutputs) -> None:
        stage_outputs[f"stages/{stage.name}"] = outputs

    def kubernetes_env(self, credentials: dict[str, Any]) -> dict[str, str]:
        return _env_set_by(self._utils.kubernetes_provider_context, credentials)

    def keycloak_env(self, credentials: dict[str, Any]) -> dict[str, str]:
        return _env_set_by(self._utils.keycloak_provider_context, credentials)


def _kustomize_stage_class() -> tuple[type, ...]:
    try:
        from _nebari.stages.base import NebariKustomizeStage
    except ImportError:  # before Nebari 2024.9
        return ()
    return (NebariKustomizeStage,)


class PluginApi:
    """Nebari 2023.10 and later."""

    distribution = "nebari"

    def __init__(self, config_path: pathlib.Path, render_dir: pathlib.Path) -> None:
        from _nebari.config import read_configuration
        from nebari.plugins import nebari_plugin_manager

        self.render_dir = render_dir
        self._stage_classes = list(nebari_plugin_manager.ordered_stages)
        try:
            self.config = read_configuration(config_path, nebari_plugin_manager.config_schema)
        except Exception as error:  # pydantic.ValidationError, or a cloud API refusing a lookup
            raise ConfigError(str(error)) from error
        self._instances = {cls.name: cls(output_directory=render_dir, config=self.config) for cls in self._stage_classes}

    @property
    def version(self) -> str:
        return metadata.version("nebari")

    @property
    def prevent_deploy(self) -> bool:
        return bool(self.config.prevent_deploy)

    def _kind(self, instance: Any) -> StageKind:
        from _nebari.stages.base import NebariTerraformStage
        from nebari.hookspecs import NebariStage

        if isinstance(instance, NebariTerraformStage):
            return "terraform"
        if isinstance(instance, _kustomize_stage_class()):
            return "kustomize"
        # A stage that keeps the base deploy (bootstrap) only contributes rendered files.
        return "render-only" if type(instance).deploy is NebariStage.deploy else "python"

    def stages(self) -> list[Stage]:
        return [
            Stage(name, str(getattr(instance, "stage_prefix", "")), self._kind(instance))
            for name, instance in self._instances.items()
        ]

    def render(self) -> None:
        from _nebari.render import render_template

        # Kustomize stages render by downloading kustomize and helm; they are not planned anyway.
        renderable = [cls for cls in self._stage_classes if self._kind(self._instances[cls.name]) != "kustomize"]
        render_template(self.render_dir, self.config, renderable)

    def input_vars(self, stage: Stage, stage_outputs: StageOutputs) -> dict[str, Any]:
        return dict(self._instances[stage.name].input_vars(stage_outputs))

    def state_imports(self, stage: Stage) -> list[tuple[str, str]]:
        # Stage 02 returns None rather than [] for providers without imports.
        return [(str(address), str(id_)) for address, id_ in self._instances[stage.name].state_imports() or []]

    def record_outputs(self, stage: Stage, outputs: dict[str, Any], stage_outputs: StageOutputs) -> None:
        # set_outputs adds derived values later stages read (node_selectors, domain).
        self._instances[stage.name].set_outputs(stage_outputs, outputs)

    def kubernetes_env(self, credentials: dict[str, Any]) -> dict[str, str]:
        from _nebari.stages.infrastructure import kubernetes_provider_context

        return _env_set_by(kubernetes_provider_context, credentials)

    def keycloak_env(self, credentials: dict[str, Any]) -> dict[str, str]:
        from _nebari.stages.kubernetes_keycloak import keycloak_provider_context

        return _env_set_by(keycloak_provider_context, credentials)


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def load_api(config_path: pathlib.Path, render_dir: pathlib.Path) -> FunctionalApi | PluginApi:
    """Picks the API of whichever QHub/Nebari this interpreter has, newest first."""
    if _importable("nebari.plugins"):
        return PluginApi(config_path, render_dir)
    for package in ("_nebari", "nebari", "qhub"):
        if _importable(f"{package}.stages.input_vars"):
            return FunctionalApi(package, config_path, render_dir)
    if _importable("qhub"):
        raise UnsupportedVersion("this QHub has no deploy stages (0.3.x): render it with `qhub render` and plan its roots")
    raise UnsupportedVersion("neither qhub nor nebari is installed in this Python environment")

