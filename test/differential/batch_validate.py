"""Run QHub's/Nebari's own config validation on many files in one process.

Run with the python of a qhub/nebari virtualenv (src/qhub/venv.ts):
    python batch_validate.py < paths.json      # a JSON list of file paths
Prints one JSON object per line: {"file", "valid", "kind", "message"}, where kind is
"ok", "invalid" (a pydantic ValidationError: the schema rejected it), "yaml" (the YAML
loader rejected it) or "crash" (any other exception, e.g. a list where a mapping is
expected; the real `validate` command would exit non-zero with a traceback).

Each call does what that version's `validate` command does after reading the file:
- qhub 0.3.x: ruamel.yaml safe_load, then qhub.schema.verify (qhub/cli/validate.py);
- qhub 0.4.x: qhub.utils.load_yaml, then qhub.schema.verify (qhub/cli/main.py validate);
- nebari 2022.10-2023.5: nebari.utils.load_yaml + nebari.schema.verify;
- nebari 2023.7: _nebari.utils.load_yaml + _nebari.schema.verify;
- nebari >= 2023.10: nebari_plugin_manager.read_config (_nebari/subcommands/validate.py).
From 2023.10 the provider sections call cloud APIs while validating; those functions are
replaced by offline stand-ins that accept every value, as nebari's own unit tests mock
them (tests/tests_unit/conftest.py), so only the static schema is compared.
"""

import json
import sys


class AcceptsAnything(list):
    """A cloud API answer that contains every region, zone, instance and version."""

    def __init__(self, sample):
        super().__init__([sample])

    def __contains__(self, item):
        return True

    def keys(self):
        return self


class MatchesAnyPrefix(str):
    """A Kubernetes version for checks of the form `available.startswith(requested)`."""

    def startswith(self, *args, **kwargs):
        return True


# Every string the file being validated mentions. Some checks build their own set from the API
# answer (`{_["slug"] for _ in digital_ocean.regions()}`), so "contains everything" is not
# expressible; answering with every value the config names accepts them just the same.
MENTIONED = []


def mentioned_strings(path):
    from ruamel.yaml import YAML

    found = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                walk(key)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif node is not None and not isinstance(node, bool):
            found.append(str(node))

    try:
        with open(path) as f:
            walk(YAML(typ="safe", pure=True).load(f))
    except Exception:
        pass  # the validator itself reports an unreadable file
    return found


def slugs():
    return [{"slug": value, "name": value} for value in MENTIONED + ["1.29"]]


def offline_cloud_answers():
    """Replace the cloud API calls that nebari >= 2023.10 validators make."""
    kubernetes_versions = lambda *a, **k: AcceptsAnything(MatchesAnyPrefix("1.29"))
    stand_ins = {
        "amazon_web_services": {
            "check_credentials": lambda *a, **k: None,
            "regions": lambda *a, **k: AcceptsAnything("us-west-2"),
            "zones": lambda *a, **k: AcceptsAnything("us-west-2a"),
            "kubernetes_versions": kubernetes_versions,
            "instances": lambda *a, **k: AcceptsAnything("m5.xlarge"),
            "kms_key_arns": lambda *a, **k: {},
        },
        "google_cloud": {
            "check_credentials": lambda *a, **k: None,
            "regions": lambda *a, **k: AcceptsAnything("us-central1"),
            "kubernetes_versions": kubernetes_versions,
            "instances": lambda *a, **k: AcceptsAnything("e2-standard-4"),
        },
        "azure_cloud": {
            "check_credentials": lambda *a, **k: None,
            "kubernetes_versions": kubernetes_versions,
        },
        "digital_ocean": {
            "check_credentials": lambda *a, **k: None,
            "regions": lambda *a, **k: slugs(),
            "instances": lambda *a, **k: slugs(),
            "kubernetes_versions": lambda *a, **k: MENTIONED + ["1.29"],
        },
    }
    import importlib

    for module_name, functions in stand_ins.items():
        try:
            module = importlib.import_module(f"_nebari.provider.cloud.{module_name}")
        except ImportError:
            continue  # e.g. digital_ocean, removed in 2024.12.1
        for name, function in functions.items():
            if hasattr(module, name):
                setattr(module, name, function)


def make_validator():
    """Return validate(path) for the installed package, chosen by what it contains."""
    try:
        from nebari.plugins import nebari_plugin_manager  # nebari >= 2023.10

        offline_cloud_answers()

        def validate(path):
            MENTIONED[:] = mentioned_strings(path)
            nebari_plugin_manager.read_config(path)

        return validate
    except ImportError:
        pass
    for utils_module, schema_module in (("_nebari.utils", "_nebari.schema"), ("nebari.utils", "nebari.schema"), ("qhub.utils", "qhub.schema")):
        try:
            utils = __import__(utils_module, fromlist=["load_yaml"])
            schema = __import__(schema_module, fromlist=["verify"])
        except ImportError:
            continue
        if hasattr(utils, "load_yaml"):

            def validate(path, utils=utils, schema=schema):
                import pathlib

                schema.verify(utils.load_yaml(pathlib.Path(path)))

            return validate
    # qhub 0.3.x: no load_yaml helper, the CLI reads the file itself.
    from ruamel import yaml
    from qhub.schema import verify

    def validate(path):
        with open(path) as f:
            verify(yaml.safe_load(f.read()))

    return validate


def classify(error):
    import pydantic

    if isinstance(error, pydantic.ValidationError):
        return "invalid"
    module = type(error).__module__ or ""
    if module.startswith("ruamel"):
        return "yaml"
    return "crash"


def main():
    import io
    import contextlib

    paths = json.load(sys.stdin)
    validate = make_validator()
    for path in paths:
        # Validators print (rich, warnings); keep stdout for the JSON lines only.
        noise = io.StringIO()
        try:
            with contextlib.redirect_stdout(noise):
                validate(path)
            verdict = {"file": path, "valid": True, "kind": "ok", "message": ""}
        except (Exception, SystemExit) as error:  # every failure is a verdict, never the end of the batch
            verdict = {"file": path, "valid": False, "kind": classify(error), "message": f"{type(error).__name__}: {error}"[:2000]}
        print(json.dumps(verdict), flush=True)


if __name__ == "__main__":
    main()
