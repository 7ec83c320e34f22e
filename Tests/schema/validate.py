#!/usr/bin/env python3
"""Validates Kader's bundled files against the JSON Schemas that `kader schema` prints.

    python3 Tests/schema/validate.py PATH/TO/kader [REPO_ROOT]

- every Frameworks/*.yaml against the framework schema;
- every Examples/**/*.yaml with a top-level `answers:` or `framework:` key against the response
  schema, and the JSON of `kader scan EXAMPLE --format json` against the result schema (and its key
  order against the schema's property order, which the result promises to keep);
- a few deliberately broken documents, which the schema must reject (and a minimal valid one,
  which it must accept), so the run proves the schemas are strict. Each of these is also given to
  `kader validate`, so the schema and the loader are checked to agree;
- the JSON example in docs/result.md against the result schema;
- the import mapping files among the test fixtures against the mapping schema.

Prints one line per file. Exit status: 0 all good, 1 something failed (with the JSON path of each
schema error), 3 python's jsonschema or PyYAML is missing.
"""

import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as missing:  # pragma: no cover - reported to the Swift test, which skips
    print(f"missing python module: {missing.name} (pip install jsonschema pyyaml)", file=sys.stderr)
    sys.exit(3)


class KaderYAMLLoader(yaml.SafeLoader):
    """A SafeLoader with YAML 1.2 core scalars, as Kader and the YAML language server read them.

    PyYAML follows YAML 1.1: `2026-11-23` becomes a date, `yes`/`no`/`on`/`off` booleans and
    `1:30` a number. Kader reads dates as text and only `true`/`false` as booleans, so plain
    scalars are resolved here as in YAML 1.2's core schema: null, true/false, ints, floats, and
    everything else a string.
    """


KaderYAMLLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]:
    KaderYAMLLoader.add_implicit_resolver(tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    return int(text, 16) if text.startswith("0x") else int(text, 10)


KaderYAMLLoader.add_constructor("tag:yaml.org,2002:int", construct_int)


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=KaderYAMLLoader)


# ---------------------------------------------------------------------------------------------

failures = []


def rel(path):
    try:
        return str(pathlib.Path(path).relative_to(ROOT))
    except ValueError:
        return str(path)


def most_telling(error):
    """For anyOf/oneOf, the nested error that says what went wrong: the deepest one, from a branch
    of the right shape (a mapping with a bad key rather than 'is not a string') when there is one."""
    if not error.context:
        return error
    leaves = [most_telling(e) for e in error.context]
    shaped = [e for e in leaves if not (e.validator == "type" and e.absolute_path == error.absolute_path)] or leaves
    return max(shaped, key=lambda e: len(e.absolute_path))


def schema_errors(validator, instance):
    """Each error as 'JSON path: message'."""
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
    lines = []
    for error in errors:
        leaf = most_telling(error)
        lines.append(f"{leaf.json_path}: {leaf.message[:300]}")
    return lines


def report(kind, name, problems):
    if problems:
        print(f"FAIL {kind:9} {name}")
        for problem in problems:
            print(f"       {problem}")
        failures.append(f"{kind} {name}")
    else:
        print(f"ok   {kind:9} {name}")


def run_kader(*arguments):
    return subprocess.run([KADER, *arguments], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, NO_COLOR="1"))


def key_order_problems(instance, schema, root_schema, path="$"):
    """The result promises a stable key order: the order of the schema's `properties`."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = root_schema["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    problems = []
    if not isinstance(schema, dict):
        return problems
    if isinstance(instance, dict) and "properties" in schema:
        expected = [key for key in schema["properties"] if key in instance]
        if list(instance) != expected:
            problems.append(f"{path}: keys {list(instance)} are not in the order {expected}")
        for key, value in instance.items():
            if key in schema["properties"]:
                problems += key_order_problems(value, schema["properties"][key], root_schema, f"{path}.{key}")
    elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for index, value in enumerate(instance):
            problems += key_order_problems(value, schema["items"], root_schema, f"{path}[{index}]")
    return problems


# ---------------------------------------------------------------------------------------------

MINIMAL_FRAMEWORK = """\
kader: 1
id: proef
version: "1.0"
title: {nl: Proef, en: Trial}
scales:
  - id: mate
    options:
      - {id: nee, value: 0, label: {nl: Nee, en: No}}
      - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
      - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
domains:
  - id: basis
    title: {nl: Basis, en: Basics}
    questions:
      - id: vraag
        scale: mate
        text: {nl: Een vraag., en: A question.}
      - id: open
        type: text
        text: {nl: Een open vraag., en: An open question.}
rules:
  - id: laag
    when: "vraag < 'ja'"
    advice: {nl: Doe iets., en: Do something.}
"""

MINIMAL_RESPONSE = """\
framework: proef
version: "1.0"
date: 2026-03-14
answers:
  vraag: {value: ja, note: Zeker., evidence: notulen}
  open: Goed.
"""


def edited(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


# (name, text, schema kind, should the schema accept it)
STRICTNESS_CASES = [
    ("minimal framework", MINIMAL_FRAMEWORK, "framework", True),
    ("unknown top-level key", MINIMAL_FRAMEWORK + "colour: blue\n", "framework", False),
    ("question of unknown type", edited(MINIMAL_FRAMEWORK, "type: text", "type: essay"), "framework", False),
    ("key of another question kind", edited(MINIMAL_FRAMEWORK, "type: text", "type: text\n        options: []"), "framework", False),
    ("question without text", edited(MINIMAL_FRAMEWORK, "        text: {nl: Een vraag., en: A question.}\n", ""), "framework", False),
    ("id with a dash", edited(MINIMAL_FRAMEWORK, "id: basis", "id: ba-sis"), "framework", False),
    ("text in a third language", edited(MINIMAL_FRAMEWORK, "{nl: Basis, en: Basics}", "{nl: Basis, de: Basis}"), "framework", False),
    ("rule without effect", edited(MINIMAL_FRAMEWORK, "    advice: {nl: Doe iets., en: Do something.}\n", ""), "framework", False),
    ("scored option without value", edited(MINIMAL_FRAMEWORK, "{id: ja, value: 1,", "{id: ja,"), "framework", False),
    ("minimal response", MINIMAL_RESPONSE, "response", True),
    ("response with unknown key", MINIMAL_RESPONSE + "score: 10\n", "response", False),
    ("response with a bad date", edited(MINIMAL_RESPONSE, "2026-03-14", "14-03-2026"), "response", False),
    ("answer with unknown key", edited(MINIMAL_RESPONSE, "evidence: notulen", "proof: notulen"), "response", False),
]


def check_strictness(validators):
    with tempfile.TemporaryDirectory() as folder:
        framework_path = pathlib.Path(folder, "proef.yaml")
        framework_path.write_text(MINIMAL_FRAMEWORK, encoding="utf-8")
        for index, (name, text, kind, valid) in enumerate(STRICTNESS_CASES):
            document = yaml.load(text, Loader=KaderYAMLLoader)
            errors = schema_errors(validators[kind], document)
            problems = []
            if valid and errors:
                problems += ["the schema rejects a valid document:"] + errors
            if not valid and not errors:
                problems.append("the schema accepts a document it must reject")
            # The loader must agree.
            path = pathlib.Path(folder, f"case{index}.yaml")
            path.write_text(text, encoding="utf-8")
            arguments = ["validate", str(path)] + (["--framework", str(framework_path)] if kind == "response" else [])
            loader = run_kader(*arguments)
            if valid and loader.returncode != 0:
                problems.append(f"kader validate rejects it (status {loader.returncode}): {loader.stdout.strip()} {loader.stderr.strip()}"[:600])
            if not valid and loader.returncode != 1:
                problems.append(f"kader validate exits {loader.returncode}, expected 1")
            expectation = "accepted" if valid else "rejected"
            report("strict", f"{name} ({kind}, {expectation})", problems)

        # A scan with what the bundled examples may lack: a notice (a required question left
        # unanswered), prorated points, a note with evidence.
        framework = edited(edited(MINIMAL_FRAMEWORK, "    questions:", "    prorate: true\n    questions:"),
                           "        type: text", "        type: text\n        required: true")
        framework_path.write_text(framework, encoding="utf-8")
        response_path = pathlib.Path(folder, "response.yaml")
        response_path.write_text(edited(MINIMAL_RESPONSE, "  open: Goed.\n", ""), encoding="utf-8")
        scan = run_kader("scan", str(response_path), "--framework", str(framework_path), "--format", "json", "--lang", "en")
        problems = [f"kader scan exited {scan.returncode}: {scan.stderr.strip()[:600]}"] if scan.returncode != 0 else []
        if not problems:
            output = json.loads(scan.stdout)
            schema = validators["result"].schema
            problems = schema_errors(validators["result"], output) + key_order_problems(output, schema, schema)
            if not output["notices"] or output["domains"][0]["prorated_points"] is None:
                problems.append("expected a notice and prorated points")
        report("strict", "scan with a notice and proration (result, accepted)", problems)

    # The result schema is strict too.
    result = {"kader_result": 1}
    errors = schema_errors(validators["result"], dict(result, extra=True))
    report("strict", "result with unknown key (result, rejected)",
           [] if any("extra" in error for error in errors) else ["the schema accepts an unknown key"])


# ---------------------------------------------------------------------------------------------


def main(argv):
    global KADER, ROOT
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    KADER = os.path.abspath(argv[1])
    ROOT = pathlib.Path(argv[2] if len(argv) > 2 else pathlib.Path(__file__).resolve().parents[2]).resolve()

    validators = {}
    for kind in ["framework", "response", "result", "results-header", "results", "mapping"]:
        run = run_kader("schema", kind)
        if run.returncode != 0:
            print(f"FAIL schema    {kind}: kader schema {kind} exited {run.returncode}: {run.stderr.strip()}")
            return 1
        try:
            schema = json.loads(run.stdout)
            jsonschema.Draft202012Validator.check_schema(schema)
        except (ValueError, jsonschema.exceptions.SchemaError) as error:
            print(f"FAIL schema    {kind}: not a valid JSON Schema: {str(error)[:500]}")
            return 1
        validators[kind] = jsonschema.Draft202012Validator(schema)
        print(f"ok   schema    {kind}")

    frameworks = sorted(ROOT.glob("Frameworks/*.yaml"))
    for path in frameworks:
        try:
            document = load_yaml(path)
        except yaml.YAMLError as error:
            report("framework", rel(path), [f"not YAML: {error}"])
            continue
        report("framework", rel(path), schema_errors(validators["framework"], document))

    examples = sorted(ROOT.glob("Examples/**/*.yaml"))
    scanned = 0
    for path in examples:
        try:
            document = load_yaml(path)
        except yaml.YAMLError as error:
            report("response", rel(path), [f"not YAML: {error}"])
            continue
        if not isinstance(document, dict) or not ({"answers", "framework"} & set(document)):
            print(f"skip response  {rel(path)} (no answers: or framework: key)")
            continue
        report("response", rel(path), schema_errors(validators["response"], document))

        scan = run_kader("scan", str(path), "--format", "json")
        if scan.returncode != 0:
            report("result", rel(path), [f"kader scan exited {scan.returncode}: {scan.stderr.strip()[:800]}"])
            continue
        try:
            output = json.loads(scan.stdout)
        except ValueError as error:
            report("result", rel(path), [f"kader scan printed no JSON: {error}"])
            continue
        scanned += 1
        schema = validators["result"].schema
        report("result", rel(path), schema_errors(validators["result"], output) + key_order_problems(output, schema, schema))

    # The example in docs/result.md must be a valid result too.
    doc = ROOT / "docs" / "result.md"
    if doc.exists():
        blocks = re.findall(r"```json\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
        problems = [] if blocks else ["no ```json example"]
        for block in blocks:
            try:
                example = json.loads(block)
            except ValueError as error:
                problems.append(f"not JSON: {error}")
                continue
            schema = validators["result"].schema
            problems += schema_errors(validators["result"], example) + key_order_problems(example, schema, schema)
        report("result", rel(doc), problems)

    # The compact results file of `kader aggregate --results` for each bundled framework's
    # examples: the header line, then every line, against their schemas and in key order.
    with tempfile.TemporaryDirectory() as scratch:
        for folder in sorted(path for path in ROOT.glob("Examples/*") if (ROOT / "Frameworks" / (path.name + ".yaml")).exists()):
            target = pathlib.Path(scratch) / (folder.name + ".jsonl")
            run = run_kader("aggregate", str(folder), "--results", str(target))
            if run.returncode != 0:
                report("results", rel(folder), [f"kader aggregate exited {run.returncode}: {run.stderr.strip()[:800]}"])
                continue
            lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
            problems = []
            for number, line in enumerate(lines, start=1):
                kind = "results-header" if number == 1 else "results"
                schema = validators[kind].schema
                found = schema_errors(validators[kind], line) + key_order_problems(line, schema, schema)
                problems += [f"line {number}: {p}" for p in found]
            report("results", f"{rel(folder)} ({len(lines)} lines)", problems)

    # What `kader new` writes, in both languages of its comments.
    with tempfile.TemporaryDirectory() as scratch:
        for language in ["nl", "en"]:
            run = subprocess.run([KADER, "new", "nieuw_" + language, "--lang", language], cwd=scratch, capture_output=True, text=True)
            if run.returncode != 0:
                report("framework", f"kader new ({language})", [f"kader new exited {run.returncode}: {run.stderr.strip()[:800]}"])
                continue
            for path in sorted(pathlib.Path(scratch).glob(f"nieuw_{language}*.yaml")):
                kind = "framework" if path.name == f"nieuw_{language}.yaml" else "response"
                report(kind, f"kader new ({language}) {path.name}", schema_errors(validators[kind], load_yaml(path)))

    for path in sorted(ROOT.glob("Tests/KaderTests/Fixtures/csv/*.yaml")):
        report("mapping", rel(path), schema_errors(validators["mapping"], load_yaml(path)))

    check_strictness(validators)

    print(f"{len(frameworks)} frameworks, {len(examples)} example files, {scanned} results; "
          f"{len(failures)} failed" + (": " + ", ".join(failures) if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
