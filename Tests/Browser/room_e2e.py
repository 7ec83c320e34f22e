#!/usr/bin/env python3
"""The masterclass room end to end, in headless Chromium: a trainer and five participants, each in a
browser session of their own.

    Tests/Browser/room_e2e.py [--kader PATH] [--output DIR]

The trainer (1280x720, the size of a projector) opens a room with the example case of
interventies_samenleven and keeps the screen open. Five participants (360 px wide, as on a phone;
the fifth without JavaScript) go to /m, type the code and their first name, read the case and
score questions of the second domain: with JavaScript each answer must show "opgeslagen", without
"Volgende" saves. The trainer's screen must follow without a reload (Server-Sent Events): the count
of participants and answers on it grows while a marker the test set on the page stays (a reload
would clear it), and the question the participants disagree on comes first. The trainer shows the
ranking (the participants' first names appear), closes the room: the code then gives the page
"gesloten" (410) and a participant's next answer is "niet opgeslagen". The ZIP holds five response
files named after the participants. axe-core checks the trainer's screen, the join page and a
participant's page for WCAG 2.1 A/AA violations; screenshots are kept in --output: trainer.png
(1280x720, the first screen), trainer-full.png, join-360.png, participant-360.png.
"""

import argparse
import io
import os
import re
import shutil
import sys
import tempfile
import traceback
import urllib.request
import zipfile

from selenium.webdriver.common.by import By

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from browser import Accessibility, chromium_driver, screenshot  # noqa: E402
from kader_server import KaderServer, free_port, kader_binary  # noqa: E402
from scan_pages import PageProblem, type_into, wait_for  # noqa: E402

NAMES = ["Fatima", "Joost", "Anouk", "Sem", "Noor"]
# Everyone agrees on pa_vorm; pa_groepen splits the room.
ANSWERS = {"pa_vorm": ["voldoende"] * 5, "pa_groepen": ["ontbreekt", "sterk", "ontbreekt", "sterk", "summier"]}


def counts(trainer):
    element = trainer.find_element(By.ID, "room-counts")
    return int(element.get_attribute("data-joined")), int(element.get_attribute("data-answers"))


def open_room(trainer, base):
    trainer.get(base + "/m/new")
    trainer.find_element(By.CSS_SELECTOR, "#room-examples form button").click()
    wait_for(lambda: "/m/t/" in trainer.current_url, what="the trainer's screen")
    code = trainer.find_element(By.ID, "join-code").text.strip()
    if not re.fullmatch(r"[A-HJ-NP-Z2-9]{6}", code):
        raise PageProblem(f"the join code {code!r} is not six unambiguous characters")
    # Gone after a reload: the page must be updated in place.
    trainer.execute_script("window.kaderMarker = 'no reload';")
    return trainer.current_url, code


def join(participant, base, code, name):
    participant.get(base + "/m")
    type_into(participant.find_element(By.ID, "join-code-input"), code.lower())
    type_into(participant.find_element(By.ID, "join-name"), name)
    participant.find_element(By.ID, "join-submit").click()
    wait_for(lambda: re.search(r"/m/p/[0-9a-f]{32}$", participant.current_url), what="the case page")
    if f"U doet mee als {name}." not in participant.find_element(By.ID, "participant-name").text:
        raise PageProblem("the case page does not say under which name the participant takes part")
    participant.find_element(By.ID, "room-begin").click()
    wait_for(lambda: participant.current_url.endswith("/d/1"), what="the first domain")
    participant.get(participant.current_url[:-1] + "2")


def score(participant, number, javascript):
    for question, values in ANSWERS.items():
        value = values[number]
        participant.find_element(By.CSS_SELECTOR, f"label[for='q-{question}-{value}']").click()
        if javascript:
            wait_for(lambda: participant.find_element(By.ID, f"state-{question}").text == "opgeslagen", what=f"{question} saved")
    if not javascript:
        participant.find_element(By.ID, "next").click()
        wait_for(lambda: participant.current_url.endswith("/d/3"), what="the next domain after Volgende")


def check_screen(run, trainer, joined, answers):
    wait_for(lambda: counts(trainer) == (joined, answers), timeout=20, what=f"{joined} joined and {answers} answers on the screen")
    if trainer.execute_script("return window.kaderMarker") != "no reload":
        raise PageProblem("the trainer's screen was reloaded instead of updated in place")
    run.updates.append((joined, answers))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kader", help="the kader binary (default: $KADER or .build/debug/kader)")
    parser.add_argument("--output", help="keep screenshots, the data and the server log here")
    arguments = parser.parse_args()
    output = os.path.abspath(arguments.output or tempfile.mkdtemp(prefix="kader-room-browser-"))
    shutil.rmtree(os.path.join(output, "data"), ignore_errors=True)
    os.makedirs(output, exist_ok=True)
    binary = os.path.abspath(arguments.kader) if arguments.kader else kader_binary(ROOT)
    server = KaderServer(binary, os.path.join(output, "data"), free_port(), os.path.join(output, "server.log"))
    axe = Accessibility()
    server.start()
    drivers = []
    run = argparse.Namespace(updates=[])
    failed = None
    try:
        trainer = chromium_driver(True, 1280, 720)
        drivers.append(trainer)
        screen_url, code = open_room(trainer, server.base_url)
        check_screen(run, trainer, 0, 0)
        participants = []
        for number, name in enumerate(NAMES):
            javascript = number < 4
            participant = chromium_driver(javascript, 360, 800)
            drivers.append(participant)
            join(participant, server.base_url, code, name)
            participants.append(participant)
            check_screen(run, trainer, number + 1, 2 * number)
            score(participant, number, javascript)
            check_screen(run, trainer, number + 1, 2 * (number + 1))
        first = trainer.find_elements(By.CSS_SELECTOR, "#room-questions article.room-question")[0].get_attribute("id")
        if first != "spread-pa_groepen":
            raise PageProblem(f"the question with most disagreement is not first: {first}")
        if any(name in trainer.find_element(By.ID, "room-live").text for name in NAMES):
            raise PageProblem("participants are named on the screen before the trainer asked for the ranking")
        screenshot(trainer, output, "trainer", full_page=False)
        axe.check(trainer, "trainer's screen")
        screenshot(trainer, output, "trainer-full")
        axe.check(participants[0], "participant's page")
        screenshot(participants[0], output, "participant-360", full_page=False)
        trainer.find_element(By.ID, "room-ranking-toggle").click()
        wait_for(lambda: trainer.find_elements(By.ID, "room-ranking"), what="the ranking")
        if not all(name in trainer.find_element(By.ID, "room-ranking").text for name in NAMES):
            raise PageProblem("the ranking does not name the participants by their first names")
        zip_url = trainer.find_element(By.ID, "room-zip").get_attribute("href")
        with urllib.request.urlopen(zip_url) as response:
            archive = zipfile.ZipFile(io.BytesIO(response.read()))
        names = sorted(archive.namelist())
        if len(names) != 5 or not all(any(n.lower() in f for f in names) for n in NAMES):
            raise PageProblem(f"the ZIP does not hold one response per participant: {names}")
        trainer.find_element(By.ID, "room-close").click()
        wait_for(lambda: trainer.find_elements(By.ID, "room-closed"), what="the closed room")
        late = chromium_driver(True, 360, 800)
        drivers.append(late)
        late.get(server.base_url + "/m")
        axe.check(late, "join page")
        screenshot(late, output, "join-360", full_page=False)
        type_into(late.find_element(By.ID, "join-code-input"), code)
        type_into(late.find_element(By.ID, "join-name"), "Laatkomer")
        late.find_element(By.ID, "join-submit").click()
        wait_for(lambda: "gesloten" in late.find_element(By.TAG_NAME, "main").text, what="the closed-room page")
        participants[0].find_element(By.CSS_SELECTOR, "label[for='q-pa_fase-sterk']").click()
        wait_for(lambda: "niet opgeslagen" in participants[0].find_element(By.ID, "state-pa_fase").text, what="a refused save")
        violations = axe.report()
        for line in violations:
            print("  " + line)
        if violations:
            raise PageProblem(f"{len(violations)} accessibility violations")
        del screen_url
    except Exception as error:  # noqa: BLE001 - reported, with a screenshot of every session
        failed = error
        traceback.print_exc()
        for number, driver in enumerate(drivers):
            try:
                screenshot(driver, output, f"failure-{number}")
            except Exception:  # noqa: BLE001
                pass
    finally:
        for driver in drivers:
            driver.quit()
        code = server.stop()
    print(f"screen updated in place {len(run.updates)} times: {run.updates}")
    print(f"screenshots and the server log: {output}")
    if failed or code != 0:
        print(f"room browser test FAILED: {failed or f'Ctrl-C stop (exit code {code})'}")
        sys.exit(1)
    print("room browser test passed: a trainer and five participants, the screen updated without a reload")


if __name__ == "__main__":
    main()
