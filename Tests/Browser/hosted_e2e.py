#!/usr/bin/env python3
"""One installation for many organisations, end to end in headless Chromium (issue 15, point 4).

    Tests/Browser/hosted_e2e.py [--kader PATH] [--output DIR]

The site admin is added with `kader serve admin`, then two organisations and one person in each;
the server runs with --hosted. A policy officer of Waterland-Oost signs in, starts the youth-care
scan, answers crisis care on its page (the page's script saves it, carrying the session's CSRF
token) and finds it kept after a reload. Yusuf of Moskee Al-Fath signs in in a browser session of
his own: his start page does not list the officer's scan, and her scan's link answers as a link
that does not exist. The officer signs out with the button at the top; her scan's link then asks
for signing in. axe-core checks the sign-in page and the start page for WCAG 2.1 A/AA violations;
screenshots (hosted-login.png, hosted-start.png) go to --output.

On a phone (390 px wide) the sign-in form has each label above its field; the organisation's admin
and then the site admin go through their pages (start, people, the audit log, opening a room, site
administration): axe-core finds nothing and no page scrolls sideways (hosted-390-*.png).
"""

import os
import subprocess
import sys

from selenium.webdriver.common.by import By

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from browser import Accessibility, chromium_driver, screenshot  # noqa: E402
from kader_server import KaderServer, free_port, run_story  # noqa: E402
import scan_pages as pages  # noqa: E402

PASSWORD = "vier losse woorden samen"


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def admin(binary, data, *arguments):
    """`kader serve admin …` on the data directory, the password on standard input."""
    subprocess.run([binary, "serve", "admin", *arguments, "--data", data], input=PASSWORD + "\n", text=True, check=True,
                   capture_output=True, timeout=120)


def sign_in(driver, base, email):
    driver.get(base + "/")
    pages.wait_for(lambda: driver.current_url.split("?")[0].endswith("/login"), what="the sign-in page")
    pages.type_into(driver.find_element(By.ID, "sign-in-email"), email)
    pages.type_into(driver.find_element(By.ID, "sign-in-password"), PASSWORD)
    driver.find_element(By.ID, "sign-in").click()
    pages.wait_for(lambda: driver.find_elements(By.ID, "sign-out"), what=f"the start page of {email}")


def body(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def sign_out(driver):
    driver.find_element(By.ID, "sign-out").click()
    pages.wait_for(lambda: driver.current_url.split("?")[0].endswith("/login"), what="the sign-in page after signing out")


def check_phone_page(driver, axe, output, name):
    """The page on a phone: no WCAG violation, nothing wider than the screen, a screenshot."""
    check(not axe.check(driver, name), "axe-core: " + "; ".join(axe.report()))
    wide = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    check(wide <= 0, f"{name} scrolls sideways on a phone by {wide} px")
    screenshot(driver, output, "hosted-390-" + name)


def phone_tour(phone, base_url, axe, output):
    """The sign-in form stacked, then every page of an organisation's admin and of the site admin, at 390 px."""
    phone.get(base_url + "/login")
    for field in ("sign-in-email", "sign-in-password"):
        label = phone.find_element(By.CSS_SELECTOR, f'label[for="{field}"]').rect
        box = phone.find_element(By.ID, field).rect
        check(label["y"] + label["height"] <= box["y"], f"the label of {field} stands above its field: {label} {box}")
        check(box["width"] >= 300, f"{field} takes the phone's width, not {box['width']} px")
    check_phone_page(phone, axe, output, "login")
    sign_in(phone, base_url, "anouk@waterland.example")
    for path, name in [("/", "start"), ("/organisation/people", "people"), ("/organisation/log", "log"), ("/m/new", "room")]:
        phone.get(base_url + path)
        check_phone_page(phone, axe, output, name)
    sign_out(phone)
    sign_in(phone, base_url, "beheer@kader.example")
    check_phone_page(phone, axe, output, "site-admin")
    print("ok: on a phone the sign-in form is stacked and the admins' pages fit the screen without axe-core violations")


def story(binary, output):
    data = os.path.join(output, "data")
    admin(binary, data, "add-site-admin", "beheer@kader.example", "--name", "Sanne")
    admin(binary, data, "add-organisation", "Gemeente Waterland-Oost")
    admin(binary, data, "add-organisation", "Moskee Al-Fath")
    admin(binary, data, "add-user", "beleid@waterland.example", "--name", "Sanne de Vries", "--organisation",
          "Gemeente Waterland-Oost", "--role", "member")
    admin(binary, data, "add-user", "yusuf@alfath.example", "--name", "Yusuf", "--organisation", "Moskee Al-Fath",
          "--role", "member")
    admin(binary, data, "add-user", "anouk@waterland.example", "--name", "Anouk", "--organisation",
          "Gemeente Waterland-Oost", "--role", "admin")
    server = KaderServer(binary, data, free_port(), os.path.join(output, "server.log"), extra_args=["--hosted"])
    server.start()
    officer = chromium_driver(javascript=True)
    yusuf = chromium_driver(javascript=True)
    phone = chromium_driver(javascript=True, width=390, height=844)
    axe = Accessibility()
    try:
        officer.get(server.base_url + "/login")
        check(not axe.check(officer, "login"), "axe-core: " + "; ".join(axe.report()))
        screenshot(officer, output, "hosted-login")
        sign_in(officer, server.base_url, "beleid@waterland.example")
        check(not axe.check(officer, "start"), "axe-core: " + "; ".join(axe.report()))
        screenshot(officer, output, "hosted-start")
        token = pages.start_scan(officer, "jeugdhulp_azc")
        base = f"{server.base_url}/s/{token}"
        pages.type_into(officer.find_element(By.NAME, "organisation"), "Gemeente Waterland-Oost")
        officer.find_element(By.ID, "next").click()
        pages.wait_for(lambda: pages.domain_number(officer.current_url) == 1, what="the first domain page")
        for number in range(1, 20):
            officer.get(f"{base}/d/{number}")
            if officer.find_elements(By.ID, "q-crisiszorg"):
                break
        pages.choose(officer, "crisiszorg", "deels")
        pages.wait_saved(officer, "crisiszorg")
        officer.refresh()
        check(officer.find_element(By.ID, "q-crisiszorg-deels").is_selected(), "the script's save (with the CSRF token) is kept")
        print("ok: the officer signed in and the page's script saved crisis care")

        sign_in(yusuf, server.base_url, "yusuf@alfath.example")
        check(token not in yusuf.page_source, "another organisation's scan is not on Yusuf's start page")
        yusuf.get(base + "/result")
        check("Deze scan bestaat niet" in body(yusuf), "another organisation's scan link answers as one that does not exist")
        check("Waterland" not in body(yusuf), "nothing of the other organisation is shown")
        print("ok: Yusuf of another organisation sees nothing of the officer's scan")

        officer.get(server.base_url + "/")
        sign_out(officer)
        officer.get(base + "/result")
        check(officer.current_url.split("?")[0].endswith("/login"), "after signing out the scan asks for signing in")
        print("ok: the officer signed out; her scan's link asks for signing in again")

        phone_tour(phone, server.base_url, axe, output)
    finally:
        officer.quit()
        yusuf.quit()
        phone.quit()
        server.stop()


if __name__ == "__main__":
    sys.exit(run_story(story, __doc__, "one installation for many organisations", "kader-hosted-", ROOT))
