"""Checks on the result of a scan filled in through the browser."""


def differences(left, right, path="", limit=12):
    """The paths where two parsed JSON values differ, at most `limit` of them."""
    found = []

    def walk(a, b, at):
        if len(found) >= limit:
            return
        if isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) | set(b)):
                walk(a.get(key, "<missing>"), b.get(key, "<missing>"), f"{at}.{key}")
        elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for index, (x, y) in enumerate(zip(a, b)):
                walk(x, y, f"{at}[{index}]")
        elif a != b:
            found.append(f"{at}: {str(a)[:120]!r} vs {str(b)[:120]!r}")

    walk(left, right, path)
    return found


def without_plan(result):
    """A result without its action plan."""
    return {key: value for key, value in result.items() if key != "plan"}


def compare_with_example(page_json, example_json, name):
    """The scan typed in from an example gives the example's own result: same answers, scores, advice.

    Both come from the same engine, so they must be equal everywhere: the header, the context, every
    answer with its note and evidence, every score, level, rule and advice item.
    """
    # The action plan is made on the result page after the answers, not typed in from the example,
    # so the example's `plan:` is left out here (the download's own round trip still includes it).
    found = differences(without_plan(page_json), without_plan(example_json))
    if found:
        raise AssertionError(f"{name}: the result differs from kader scan on the example:\n    " + "\n    ".join(found))


def score_texts(score):
    """How a score may be written on the page: Dutch decimal comma or a point, with or without a decimal."""
    texts = {f"{score:g}", f"{score:g}".replace(".", ",")}
    if float(score).is_integer():
        texts |= {f"{score:.1f}", f"{score:.1f}".replace(".", ",")}
    return texts


def live_score_matches(live_scores, page_json, framework_id):
    """The live score moved while a domain was answered, and then named that domain's final score
    (the engine's); a domain with too few answers for a score has nothing to show."""
    domains = page_json["domains"]
    for framework, number, before, live in live_scores:
        if framework != framework_id or number > len(domains):
            continue
        score = domains[number - 1].get("score")
        if score is None:
            continue
        if live == before:
            raise AssertionError(f"{framework_id} domain {number}: the live score stayed {live!r} while it was answered")
        if not any(text in live for text in score_texts(score)):
            raise AssertionError(f"{framework_id} domain {number}: the live score says {live!r}, the result {score}")
