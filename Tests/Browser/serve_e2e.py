#!/usr/bin/env python3
"""The browser self-scan end to end, in headless Chromium: `kader serve` as a board member uses it.

    Tests/Browser/serve_e2e.py [--kader PATH] [--output DIR]

From a clean data directory, for every bundled framework (Frameworks/*.yaml), twice (with
JavaScript, and without), with the answers of one of its Examples:
start page → "Start een scan" → organisation, respondent, date, context → every domain page. With
JavaScript each answer must show "opgeslagen" and the live score must move; without, "Volgende"
saves. Halfway the server is killed with SIGKILL and started again; the scan is resumed by its link,
shows what was saved, and is finished. On the result page the response file and the JSON result
are downloaded: `kader scan --format json` on the response file must give exactly the page's JSON
(parsed), and the scores, levels and advice must be those of `kader scan` on the example itself.
Then, with the script on, at 1280 and at 360 px wide, axe-core checks the start, context, fill and
result pages of the finished moskeeonderwijs scan for WCAG 2.1 A/AA violations (axe-core's promise
needs the page's JavaScript), and screenshots of them are kept in --output (default: a temporary
folder): start.png, context.png, fill.png, result.png (whole pages; *-top.png: the first screen),
and the same with -360.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
import urllib.request

from selenium.webdriver.common.by import By

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from browser import Accessibility, chromium_driver, screenshot  # noqa: E402
from kader_server import KaderServer, free_port, kader_binary  # noqa: E402
import scan_pages as pages  # noqa: E402
from result_checks import compare_with_example, live_score_matches  # noqa: E402
from scan_answers import bundled_framework_ids, example_in_form_order, examples_for, load_script  # noqa: E402


class Run:
    """One run of the story: the server, the output folder, what was checked and what failed."""

    def __init__(self, binary, output):
        self.binary = binary
        self.output = output
        self.server = KaderServer(binary, os.path.join(output, "data"), free_port(), os.path.join(output, "server.log"))
        self.axe = Accessibility()
        self.passed = []
        self.failed = []

    def kader(self, *arguments, cwd=None):
        done = subprocess.run([self.binary, *arguments], capture_output=True, text=True, timeout=120, cwd=cwd)
        if done.returncode not in (0, 1):   # 1: the scan ran and found a precondition or a critical gap
            raise AssertionError(f"kader {' '.join(arguments)} exited {done.returncode}: {done.stderr[:500]}")
        return done.stdout

    def download(self, url, folder):
        """Saves a download under the name the server gives it (Content-Disposition), as a browser does."""
        with urllib.request.urlopen(url, timeout=30) as response:
            data = response.read()
            if response.status != 200:
                raise AssertionError(f"{url} answered {response.status}")
            match = re.search(r'filename="?([^";]+)"?', response.headers.get("Content-Disposition", ""))
        name = os.path.basename(match.group(1)) if match else os.path.basename(url.split("?")[0])
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        return path


def example_for(framework_id, javascript):
    """With JavaScript the first example of the framework, without it the second: more answers seen."""
    examples = examples_for(ROOT, framework_id)
    return examples[0] if javascript or len(examples) == 1 else examples[1]


def fill_scan(run, driver, script, javascript):
    """The whole scan of one framework; returns the scan's token once the result page shows."""
    mode = "js" if javascript else "nojs"
    driver.get(run.server.base_url + "/")
    token = pages.start_scan(driver, script.framework_id)
    pages.fill_context(driver, script)
    domains = len(script.domains)
    halfway = (domains + 1) // 2
    resumed = False
    answered = set()     # the questions filled in so far, all of them saved
    number = 1
    while number is not None:
        progress = driver.find_element(By.ID, "progress").text
        expected = script.progress.expected(script.domains[number - 1]) + " · "
        if not progress.startswith(expected):
            raise AssertionError(f"{mode} {script.framework_id}: progress {progress!r}, expected {expected} ...")
        live_before = driver.find_element(By.ID, "live-domain").text if javascript else None
        filled = pages.fill_domain(driver, script, javascript)
        answered.update(filled)
        if javascript:
            status = driver.find_element(By.ID, "save-status").text.strip()
            if filled and status != pages.SAVED:
                raise AssertionError(f"{script.framework_id} domain {number}: the page status says {status!r}")
            live = driver.find_element(By.ID, "live-domain").text
            run.live_scores.append((script.framework_id, number, live_before, live))
        if javascript and number == halfway and not resumed:
            # Saved by the script alone: the server is killed before "Volgende" is pressed.
            resumed = True
            resume_after_kill(run, driver, token, script, answered, number + 1)
            number += 1
            continue
        before = driver.current_url
        driver.find_element(By.ID, "next").click()
        pages.wait_for(lambda: driver.current_url != before, what="the page after 'Volgende'")
        following = pages.domain_number(driver.current_url)
        if following == number:
            if "added=" not in driver.current_url:
                raise AssertionError(f"'Volgende' on domain {number} stayed on it: {driver.current_url}")
            continue   # new questions apply: the same page again, with them shown
        if not javascript and number == halfway and not resumed:
            resumed = True
            resume_after_kill(run, driver, token, script, answered, following)
        number = following
    pages.wait_for(lambda: driver.current_url.split("?")[0].endswith("/result"), what="the result page")
    return token


def resume_after_kill(run, driver, token, script, answered, next_domain):
    """SIGKILL, start again on the same data, open the scan's link: everything saved is still there."""
    run.server.kill()
    run.server.start()
    driver.get(f"{run.server.base_url}/s/{token}")
    landed = pages.domain_number(driver.current_url)
    if landed is None or landed > next_domain:
        raise AssertionError(f"the resume link led to {driver.current_url}, expected a domain page up to {next_domain}")
    for question_id in pages.visible_questions(driver):
        answer = script.answer(question_id)
        if question_id in answered and sorted(pages.shown_answer(driver, question_id)) != sorted(pages.answer_words(answer.value)):
            raise AssertionError(f"after SIGKILL, {question_id} shows {pages.shown_answer(driver, question_id)}, "
                                 f"saved {answer.value!r}")
    driver.get(f"{run.server.base_url}/s/{token}/d/{next_domain}")


def check_result(run, driver, token, script, javascript):
    mode = "js" if javascript else "nojs"
    driver.find_element(By.ID, "report")
    links = {name: driver.find_element(By.ID, f"download-{name}").get_attribute("href") for name in ("yaml", "json")}
    base = f"{script.framework_id}-{mode}"
    folder = os.path.join(run.output, base)
    response_path = run.download(links["yaml"], folder)
    with open(run.download(links["json"], folder), encoding="utf-8") as f:
        page_json = json.load(f)
    # As someone who downloaded both: `kader scan` on the file, in the download folder.
    scanned = json.loads(run.kader("scan", os.path.basename(response_path), "--format", "json", cwd=folder))
    if scanned != page_json:
        differing = sorted(k for k in set(scanned) | set(page_json) if scanned.get(k) != page_json.get(k))
        raise AssertionError(f"{base}: kader scan on the downloaded response differs from the page's JSON in {differing}")
    example = example_in_form_order(script, os.path.join(run.output, base + "-example.yaml"))
    example_json = json.loads(run.kader("scan", example, "--format", "json"))
    compare_with_example(page_json, example_json, base)
    if javascript:
        live_score_matches(run.live_scores, page_json, script.framework_id)


def page_checks(run, token, width, height):
    """The start, first, fill, result and history pages of one finished scan and the upload page, with the
    page's script on: axe-core, a screenshot of each, and no sideways scrolling."""
    driver = chromium_driver(javascript=True, width=width, height=height)
    suffix = "" if width >= 1000 else f"-{width}"
    problems = []
    try:
        for name, path in [("start", "/"), ("context", f"/s/{token}/start"), ("fill", f"/s/{token}/d/2"),
                           ("result", f"/s/{token}/result"), ("history", f"/s/{token}/history"), ("upload", "/upload")]:
            driver.get(run.server.base_url + path)
            # Measured before the screenshots: capturing a whole page lays it out again at its full height.
            overflow = driver.execute_script("return document.documentElement.scrollWidth") - width
            if overflow > 0:
                problems.append(f"the {name} page at {width} px scrolls sideways by {overflow} px")
            run.axe.check(driver, f"{name} page at {width} px")
            screenshot(driver, run.output, name + suffix)
            screenshot(driver, run.output, name + suffix + "-top", full_page=False)
    finally:
        driver.quit()
    if problems:
        raise AssertionError("; ".join(problems))


def backup_while_running(run):
    """`kader serve backup FILE` beside the running server: a copy with every scan and answer, and a
    second backup to the same FILE is refused (nothing is overwritten)."""
    import sqlite3
    target = os.path.join(run.output, "backup.sqlite")
    if os.path.exists(target):
        os.remove(target)
    run.kader("serve", "backup", target, "--data", run.server.data_dir)
    counts = []
    for path in (target, os.path.join(run.server.data_dir, "kader.sqlite")):
        database = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        counts.append(database.execute("SELECT (SELECT COUNT(*) FROM scans), (SELECT COUNT(*) FROM answers)").fetchone())
        database.close()
    if counts[0] != counts[1] or counts[0][1] == 0:
        raise AssertionError(f"the backup holds {counts[0]} scans and answers, the database {counts[1]}")
    again = subprocess.run([run.binary, "serve", "backup", target, "--data", run.server.data_dir], capture_output=True, text=True)
    if again.returncode == 0:
        raise AssertionError("a second backup to the same file was not refused")


def story(run, framework_id, javascript):
    script = load_script(ROOT, framework_id, example_for(framework_id, javascript))
    driver = chromium_driver(javascript)
    try:
        token = fill_scan(run, driver, script, javascript)
        check_result(run, driver, token, script, javascript)
        return token
    except Exception:
        screenshot(driver, run.output, f"failure-{framework_id}-{'js' if javascript else 'nojs'}")
        raise
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kader", help="the kader binary (default: $KADER or .build/debug/kader)")
    parser.add_argument("--output", help="keep screenshots, downloads, data and the server log here")
    parser.add_argument("--only", help="one framework id (default: every bundled framework)")
    parser.add_argument("--modes", default="js,nojs", help="js, nojs or both (default js,nojs)")
    arguments = parser.parse_args()
    output = os.path.abspath(arguments.output or tempfile.mkdtemp(prefix="kader-browser-"))
    shutil.rmtree(os.path.join(output, "data"), ignore_errors=True)
    os.makedirs(output, exist_ok=True)
    run = Run(os.path.abspath(arguments.kader) if arguments.kader else kader_binary(ROOT), output)
    run.live_scores = []
    run.server.start()
    frameworks = [arguments.only] if arguments.only else bundled_framework_ids(ROOT)
    shot_token = None
    # Screenshots and axe-core on the mosque board's scan (the README shows it), else the first.
    pictured = "moskeeonderwijs" if "moskeeonderwijs" in frameworks else frameworks[0]
    try:
        for framework_id in frameworks:
            for javascript in [m == "js" for m in arguments.modes.split(",")]:
                name = f"{framework_id} {'with' if javascript else 'without'} JavaScript"
                try:
                    token = story(run, framework_id, javascript)
                    if framework_id == pictured and (javascript or shot_token is None):
                        shot_token = token
                    run.passed.append(name)
                    print("passed:", name, flush=True)
                except Exception as error:
                    run.failed.append(name)
                    print(f"FAILED: {name}: {error}", flush=True)
                    traceback.print_exc()
        for width, height in ((1280, 1000), (360, 800)):
            name = f"pages at {width} px (axe-core, screenshots)"
            try:
                if shot_token is None:
                    raise AssertionError(f"no finished {pictured} scan to look at")
                page_checks(run, shot_token, width, height)
                run.passed.append(name)
            except Exception as error:
                run.failed.append(name)
                print(f"FAILED: {name}: {error}", flush=True)
        try:
            backup_while_running(run)
            run.passed.append("kader serve backup while the server runs")
        except Exception as error:
            run.failed.append("kader serve backup while the server runs")
            print(f"FAILED: backup: {error}", flush=True)
        violations = run.axe.report()
        print(f"axe-core {run.axe.version} ({', '.join(run.axe.tags or [])}) on {len(run.axe.pages)} pages: "
              f"{len(violations)} violations")
        for line in violations:
            print("  " + line)
        (run.failed if violations or not run.axe.pages else run.passed).append("accessibility (axe-core)")
        code = run.server.stop()
        if code != 0:
            run.failed.append(f"Ctrl-C stop (exit code {code})")
    finally:
        if run.server.process is not None:
            run.server.kill()
    print(f"screenshots, downloads and the server log: {output}")
    print(f"browser: {len(run.passed)} passed, {len(run.failed)} failed")
    sys.exit(1 if run.failed else 0)


if __name__ == "__main__":
    main()
