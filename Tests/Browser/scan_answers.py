"""What a respondent types: a bundled framework's questions in page order, with the answers of one example.

The browser test fills in a whole scan of each bundled framework with the answers of one of its
Examples, so that the result is a meaningful one (levels, advice, gaps) rather than one option
clicked everywhere. yaml is read with PyYAML's safe loader: the test reads the files, it never
interprets them the way Kader does.
"""

import datetime
import os
from dataclasses import dataclass, field

import yaml


@dataclass
class Answer:
    """One answer as the example file gives it: a value (text, number, option id or list), a note, evidence."""
    value: object
    note: str = None
    evidence: str = None


@dataclass
class Question:
    id: str
    kind: str                # scale, yesno, choice, multi, number or text
    relevant: str = None     # the relevance condition, when the framework has one
    options: list = None     # the option ids of a choice or multi question, in the framework's order


@dataclass
class Domain:
    id: str
    questions: list = field(default_factory=list)
    number: str = ""         # the declared number in Dutch ("Vooraf", "3"), or its place


@dataclass
class Progress:
    """How the page names its place: "Aspect 2 van 7", or the number when it is a word ("Vooraf")."""
    word: str
    counted: int

    def expected(self, domain):
        if domain.number.isdigit():
            return f"{self.word} {domain.number} van {self.counted}"
        return domain.number


@dataclass
class ScanScript:
    """Everything one respondent enters for one framework, in the order the pages ask it."""
    framework_id: str
    framework_path: str
    example_path: str
    organisation: str
    respondent: str
    date: str
    context: dict
    context_kinds: dict
    domains: list
    answers: dict
    progress: Progress = None

    def answer(self, question_id):
        return self.answers.get(question_id)

    @property
    def question_count(self):
        return sum(len(d.questions) for d in self.domains)


def _answer(raw):
    if isinstance(raw, dict) and "value" in raw:
        return Answer(value=raw["value"], note=raw.get("note"), evidence=raw.get("evidence"))
    return Answer(value=raw)


def _date_text(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    return str(value)


def load_script(root, framework_id, example_name):
    """The framework Frameworks/ID.yaml with the answers of Examples/ID/EXAMPLE."""
    framework_path = os.path.join(root, "Frameworks", framework_id + ".yaml")
    example_path = os.path.join(root, "Examples", framework_id, example_name)
    with open(framework_path, encoding="utf-8") as f:
        framework = yaml.safe_load(f)
    with open(example_path, encoding="utf-8") as f:
        example = yaml.safe_load(f)
    domains = []
    for place, d in enumerate(framework["domains"], start=1):
        questions = [Question(q["id"], q.get("type", "scale"), q.get("relevant"),
                              [o["id"] for o in q.get("options", [])]) for q in d["questions"]]
        number = d.get("number", place)
        domains.append(Domain(d["id"], questions, str(number["nl"] if isinstance(number, dict) else number)))
    word = ((framework.get("report") or {}).get("domain_word") or {}).get("nl", "domein")
    progress = Progress(word[:1].upper() + word[1:], sum(1 for d in domains if d.number.isdigit()))
    return ScanScript(
        framework_id=framework["id"],
        framework_path=framework_path,
        example_path=example_path,
        organisation=str(example.get("organisation", "")),
        respondent=str(example.get("respondent", "")),
        date=_date_text(example.get("date", "")),
        context={k: v for k, v in (example.get("context") or {}).items()},
        context_kinds={c["id"]: c.get("type", "text") for c in framework.get("context", [])},
        domains=domains,
        answers={k: _answer(v) for k, v in (example.get("answers") or {}).items()},
        progress=progress,
    )


def bundled_framework_ids(root):
    """Every framework in Frameworks/, so a new bundled framework is tested without editing the test."""
    names = sorted(n for n in os.listdir(os.path.join(root, "Frameworks")) if n.endswith(".yaml"))
    return [n[:-len(".yaml")] for n in names]


def examples_for(root, framework_id):
    """The example responses of one framework (Examples/ID/*.yaml), sorted by name."""
    folder = os.path.join(root, "Examples", framework_id)
    return sorted(n for n in os.listdir(folder) if n.endswith(".yaml"))


def example_in_form_order(script, path):
    """The example with each several-choices answer in the order the form lists the options.

    A form sends ticked boxes in page order, and a result lists a multi answer in the order it was
    given, so the example is compared in that order. Writes the copy to `path` and returns it.
    """
    with open(script.example_path, encoding="utf-8") as f:
        example = yaml.safe_load(f)
    for domain in script.domains:
        for question in domain.questions:
            raw = example.get("answers", {}).get(question.id)
            holder, key = (raw, "value") if isinstance(raw, dict) else (example["answers"], question.id)
            if question.kind == "multi" and isinstance(holder.get(key) if raw is not None else None, list):
                order = {option: n for n, option in enumerate(question.options)}
                holder[key] = sorted(holder[key], key=lambda option: order.get(option, len(order)))
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(example, f, allow_unicode=True, sort_keys=False)
    return path
