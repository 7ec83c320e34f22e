#!/usr/bin/env python3
"""Filling in together, end to end in headless Chromium: a policy officer and three colleagues.

    Tests/Browser/together_e2e.py [--kader PATH] [--output DIR]

The policy officer of Waterland-Oost starts the youth-care scan (jeugdhulp_azc), opens "Samen
invullen" and invites three colleagues by name and role. Each colleague opens their own link in a
browser session of their own (no shared cookies), fills in the first page and answers the
critical question on crisis care, with a note; the youth team says "Deels geregeld" because the
night line went unanswered twice, the others "Volledig geregeld". Each colleague's page shows only
their own answer, and their link does not open the owner's combined view. The owner's combined
view lists crisis care first, proposes the lowest answer ("Deels geregeld"), marked as such, with
the youth team's note; the owner sets it as the agreed answer, and the scan's downloaded response
file holds it. axe-core checks the combined view at 1280 and 360 px for WCAG 2.1 A/AA violations;
screenshots (together.png, together-360.png, and *-top.png of the first screen) go to --output.
"""

import os
import sys
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from browser import Accessibility, chromium_driver, screenshot  # noqa: E402
from kader_server import KaderServer, free_port, run_story  # noqa: E402
import scan_pages as pages  # noqa: E402

COLLEAGUES = [
    ("Sanne de Vries", "beleid", "volledig", "Telefoonnummer crisisdienst hangt bij de nachtdienst van het COA; getest in juni."),
    ("Youssef El Amrani", "jeugdteam", "deels", "In september nam de nachtdienst twee keer niet op."),
    ("Marieke Bos", "JGZ", "volledig", "Nummer bekend bij de GGD."),
]


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def invite(driver, name, role):
    pages.type_into(driver.find_element(By.ID, "invite-name"), name)
    pages.type_into(driver.find_element(By.ID, "invite-role"), role)
    count = len(driver.find_elements(By.CSS_SELECTOR, "a.colleague-link"))
    driver.find_element(By.ID, "invite-button").click()
    pages.wait_for(lambda: len(driver.find_elements(By.CSS_SELECTOR, "a.colleague-link")) == count + 1, what=f"the link for {name}")


def crisis_domain(driver, base):
    """The number of the domain page that asks about crisis care."""
    for number in range(1, 20):
        driver.get(f"{base}/d/{number}")
        if driver.find_elements(By.ID, "q-crisiszorg"):
            return number
    raise AssertionError("no domain page asks crisiszorg")


def colleague_fills_in(binary_url, link, answer, note, others_notes):
    """One colleague in a browser session of their own: the first page, then crisis care."""
    driver = chromium_driver(javascript=True)
    try:
        driver.get(link)
        pages.wait_for(lambda: driver.current_url.split("?")[0].endswith("/start"), what="the colleague's first page")
        driver.find_element(By.ID, "colleague-note")
        driver.find_element(By.ID, "next").click()
        pages.wait_for(lambda: pages.domain_number(driver.current_url) == 1, what="the first domain page")
        base = link.rstrip("/")
        driver.get(f"{base}/d/{crisis_domain(driver, base)}")
        pages.choose(driver, "crisiszorg", answer)
        pages.wait_saved(driver, "crisiszorg")
        note_field = driver.find_element(By.ID, "note-crisiszorg")
        pages.type_into(note_field, note)
        driver.find_element(By.ID, "q-crisiszorg").find_element(By.CSS_SELECTOR, "legend").click()   # leaves the field: saved
        pages.wait_saved(driver, "crisiszorg")
        driver.refresh()
        check(driver.find_element(By.ID, f"q-crisiszorg-{answer}").is_selected(), "the colleague's own answer is kept")
        text = driver.find_element(By.TAG_NAME, "body").text
        for other in others_notes:
            check(other not in text, f"a colleague's page shows another colleague's note: {other!r}")
        driver.get(f"{base}/together")
        check("alleen voor wie de scan begon" in driver.find_element(By.TAG_NAME, "body").text,
              "a colleague's link opens the owner's combined view")
    finally:
        driver.quit()


def story(binary, output):
    server = KaderServer(binary, os.path.join(output, "data"), free_port(), os.path.join(output, "server.log"))
    server.start()
    owner = chromium_driver(javascript=True)
    axe = Accessibility()
    try:
        owner.get(server.base_url + "/")
        token = pages.start_scan(owner, "jeugdhulp_azc")
        base = f"{server.base_url}/s/{token}"
        pages.type_into(owner.find_element(By.NAME, "organisation"), "Gemeente Waterland-Oost")
        pages.type_into(owner.find_element(By.NAME, "respondent"), "Beleidsmedewerker jeugd")
        owner.find_element(By.ID, "next").click()
        pages.wait_for(lambda: pages.domain_number(owner.current_url) == 1, what="the first domain page")
        owner.get(base + "/start")
        owner.find_element(By.ID, "together-link").click()
        pages.wait_for(lambda: owner.current_url.split("#")[0].endswith("/together"), what="the combined view")
        for name, role, _, _ in COLLEAGUES:
            invite(owner, name, role)
        links = [a.get_attribute("href") for a in owner.find_elements(By.CSS_SELECTOR, "a.colleague-link")]
        check(len(set(links)) == 3, f"three personal links: {links}")
        for index, (name, role, answer, note) in enumerate(COLLEAGUES):
            others = [c[3] for c in COLLEAGUES if c[3] != note]
            colleague_fills_in(server.base_url, links[index], answer, note, others)
            print(f"ok: {name} ({role}) filled in separately: crisiszorg = {answer}")
        owner.get(base + "/together")
        first = owner.find_element(By.CSS_SELECTOR, "#discuss article.together-item")
        check(first.get_attribute("id") == "item-crisiszorg", f"crisis care is discussed first, not {first.get_attribute('id')}")
        proposal = owner.find_element(By.ID, "proposal-crisiszorg").text
        check("Deels" in proposal and "laagste" in proposal and "Youssef" in proposal, f"the proposal: {proposal!r}")
        check(COLLEAGUES[1][3] in owner.find_element(By.ID, "agree-note-crisiszorg").get_attribute("value"),
              "the note of whoever gave the lowest answer goes with the proposal")
        for width in (1280, 360):
            shot = owner if width == 1280 else chromium_driver(javascript=True, width=360, height=800)
            try:
                if width == 360:
                    shot.get(base + "/together")
                suffix = "" if width == 1280 else "-360"
                violations = axe.check(shot, "together" + suffix)
                check(not violations, "axe-core: " + "; ".join(axe.report()))
                screenshot(shot, output, "together" + suffix)
                screenshot(shot, output, "together" + suffix + "-top", full_page=False)
            finally:
                if width == 360:
                    shot.quit()
        button = owner.find_element(By.ID, "agree-button-crisiszorg")
        owner.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        pages.wait_for(lambda: "nog niet" not in owner.find_element(By.ID, "agreed-crisiszorg").text, what="the agreed answer")
        check("Deels" in owner.find_element(By.ID, "agreed-crisiszorg").text, "the agreed answer is Deels geregeld")
        with urllib.request.urlopen(base + "/download/response.yaml", timeout=30) as response:
            text = response.read().decode("utf-8")
        check("crisiszorg:" in text and "deels" in text.split("crisiszorg:")[1].splitlines()[0] + text.split("crisiszorg:")[1][:80],
              "the scan's response file holds the agreed answer")
        print("ok: the owner saw crisis care first, the lowest answer proposed with its note, and agreed on it")
    finally:
        owner.quit()
        server.stop()


if __name__ == "__main__":
    sys.exit(run_story(story, __doc__, "filling in together", "kader-together-", ROOT))
