"""Unit tests of stage_inputs.compute_stage_inputs over a fake QHub API (no QHub needed)."""

from __future__ import annotations

import pathlib
import sys
import unittest
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3] / "src" / "qhub" / "python"))

from stage_inputs import Stage, StageOutputs, compute_stage_inputs  # noqa: E402


class FakeApi:
    """Stages shaped like QHub 0.4.5's: 02 feeds the kubernetes context, 05 the keycloak one, 07 needs 06's realm."""

    def __init__(self, extra: list[Stage] | None = None) -> None:
        self._stages = [
            Stage("01-terraform-state", "stages/01-terraform-state/gcp", "terraform"),
            Stage("02-infrastructure", "stages/02-infrastructure/gcp", "terraform"),
            Stage("03-kubernetes-initialize", "stages/03-kubernetes-initialize", "terraform"),
            Stage("05-kubernetes-keycloak", "stages/05-kubernetes-keycloak", "terraform"),
            Stage("06-kubernetes-keycloak-configuration", "stages/06-kubernetes-keycloak-configuration", "terraform"),
            Stage("07-kubernetes-services", "stages/07-kubernetes-services", "terraform"),
        ] + (extra or [])

    def stages(self) -> list[Stage]:
        return self._stages

    def input_vars(self, stage: Stage, stage_outputs: StageOutputs) -> dict[str, Any]:
        if stage.name == "07-kubernetes-services":
            return {"realm_id": stage_outputs["stages/06-kubernetes-keycloak-configuration"]["realm_id"]["value"]}
        if stage.name == "06-kubernetes-keycloak-configuration":
            return {"token": __import__("os").environ["QHUB_GITOPS_TEST_UNSET_VARIABLE"]} if stage.directory == "env" else {}
        return {"name": stage.name}

    def state_imports(self, stage: Stage) -> list[tuple[str, str]]:
        return [("module.a.b", "bucket")] if stage.name == "01-terraform-state" else []

    def record_outputs(self, stage: Stage, outputs: dict[str, Any], stage_outputs: StageOutputs) -> None:
        stage_outputs[f"stages/{stage.name}"] = outputs

    def kubernetes_env(self, credentials: dict[str, Any]) -> dict[str, str]:
        return {"KUBE_HOST": credentials["host"]}

    def keycloak_env(self, credentials: dict[str, Any]) -> dict[str, str]:
        return {"KEYCLOAK_URL": credentials["url"]}


KUBE = {"kubernetes_credentials": {"value": {"host": "https://k"}}}
KEYCLOAK = {"keycloak_credentials": {"value": {"url": "https://kc"}}}


def by_name(results: list[Any]) -> dict[str, Any]:
    return {result.name: result for result in results}


class ComputeStageInputsTest(unittest.TestCase):
    def test_first_deployment_plans_01_and_02_and_keeps_the_rest_pending_with_a_reason(self) -> None:
        results = by_name(compute_stage_inputs(FakeApi(), {}))
        self.assertEqual(results["01-terraform-state"].status, "ready")
        self.assertEqual(results["01-terraform-state"].state_imports, [("module.a.b", "bucket")])
        self.assertEqual(results["02-infrastructure"].input_vars, {"name": "02-infrastructure"})
        for name in ("03-kubernetes-initialize", "05-kubernetes-keycloak", "07-kubernetes-services"):
            self.assertEqual(results[name].status, "pending")
            self.assertIn("02-infrastructure", results[name].reason)
            self.assertIsNone(results[name].input_vars)

    def test_outputs_of_02_set_the_kubernetes_environment_of_every_later_stage(self) -> None:
        results = by_name(compute_stage_inputs(FakeApi(), {"stages/02-infrastructure": KUBE}))
        self.assertEqual(results["02-infrastructure"].env, {})
        self.assertTrue(results["02-infrastructure"].outputs_given)
        self.assertEqual(results["03-kubernetes-initialize"].env, {"KUBE_HOST": "https://k"})
        self.assertEqual(results["05-kubernetes-keycloak"].status, "ready")
        self.assertEqual(results["06-kubernetes-keycloak-configuration"].status, "pending")
        self.assertIn("05-kubernetes-keycloak", results["06-kubernetes-keycloak-configuration"].reason)

    def test_a_missing_stage_output_makes_the_stage_pending_naming_that_stage(self) -> None:
        known = {"stages/02-infrastructure": KUBE, "stages/05-kubernetes-keycloak": KEYCLOAK}
        results = by_name(compute_stage_inputs(FakeApi(), known))
        self.assertEqual(results["06-kubernetes-keycloak-configuration"].env, {"KUBE_HOST": "https://k", "KEYCLOAK_URL": "https://kc"})
        services = results["07-kubernetes-services"]
        self.assertEqual(services.status, "pending")
        self.assertEqual(services.reason, "needs the outputs of stage 06-kubernetes-keycloak-configuration, which has no outputs yet")

    def test_all_outputs_given_computes_every_stage(self) -> None:
        known = {
            "stages/02-infrastructure": KUBE,
            "stages/05-kubernetes-keycloak": KEYCLOAK,
            "stages/06-kubernetes-keycloak-configuration": {"realm_id": {"value": "qhub"}},
        }
        results = compute_stage_inputs(FakeApi(), known)
        self.assertEqual([result.status for result in results], ["ready"] * 6)
        self.assertEqual(by_name(results)["07-kubernetes-services"].input_vars, {"realm_id": "qhub"})

    def test_a_stage_output_without_its_key_leaves_later_stages_pending(self) -> None:
        results = by_name(compute_stage_inputs(FakeApi(), {"stages/02-infrastructure": {"kubeconfig_filename": {"value": "/tmp/k"}}}))
        self.assertFalse(results["02-infrastructure"].outputs_given)
        self.assertIn("kubernetes_credentials", results["02-infrastructure"].reason)
        self.assertEqual(results["03-kubernetes-initialize"].status, "pending")

    def test_a_missing_environment_variable_is_an_error_naming_it(self) -> None:
        api = FakeApi()
        api._stages[4] = Stage("06-kubernetes-keycloak-configuration", "env", "terraform")
        known = {"stages/02-infrastructure": KUBE, "stages/05-kubernetes-keycloak": KEYCLOAK}
        result = by_name(compute_stage_inputs(api, known))["06-kubernetes-keycloak-configuration"]
        self.assertEqual(result.status, "error")
        self.assertEqual(result.reason, "needs the environment variable QHUB_GITOPS_TEST_UNSET_VARIABLE, which is not set")

    def test_stages_outside_terraform_are_listed_as_not_planned_with_why(self) -> None:
        api = FakeApi(
            [
                Stage("10-kubernetes-kuberhealthy", "stages/10-kubernetes-kuberhealthy", "kustomize"),
                Stage("20-plugin", "stages/20-plugin", "python"),
            ]
        )
        kustomize, plugin = compute_stage_inputs(api, {})[-2:]
        self.assertEqual((kustomize.status, plugin.status), ("not-planned", "not-planned"))
        self.assertIn("Kubernetes Python client", kustomize.reason)
        self.assertIn("its own Python code", plugin.reason)


if __name__ == "__main__":
    unittest.main()
