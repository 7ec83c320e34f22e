"""What a respondent does on the pages of `kader serve`, by the ids and names in the serve contract.

Each function acts like a person: it clicks radios and labels, types into fields and presses the
buttons. Only the date field is set as a person would type it in an en-US Chromium (MMDDYYYY).
"""

import re
import time

from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

TOKEN = re.compile(r"/s/([0-9a-f]{32})(?:/|$)")
DOMAIN_PAGE = re.compile(r"/s/[0-9a-f]{32}/d/(\d+)$")
SAVED = "opgeslagen"


class PageProblem(AssertionError):
    pass


def wait_for(condition, timeout=15, what="the page"):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            value = condition()
            if value:
                return value
        except (NoSuchElementException, StaleElementReferenceException) as error:
            last = error
        time.sleep(0.05)
    raise PageProblem(f"waited {timeout} s for {what}" + (f" ({last})" if last else ""))


def token_of(url):
    match = TOKEN.search(url)
    if not match:
        raise PageProblem(f"no scan link in {url}")
    return match.group(1)


def domain_number(url):
    match = DOMAIN_PAGE.search(url.split("?")[0])
    return int(match.group(1)) if match else None


def start_scan(driver, framework_id):
    """On the start page: "Start een scan" for one framework; returns the scan's token."""
    driver.find_element(By.ID, f"framework-{framework_id}")
    driver.find_element(By.ID, f"start-{framework_id}").click()
    wait_for(lambda: driver.current_url.split("?")[0].endswith("/start"), what="the context page")
    return token_of(driver.current_url)


def type_into(element, text):
    """Selects what the field holds and types over it: one change, as a person makes it (clear()
    would send a change of its own, and with the script a save of an empty field)."""
    element.send_keys(Keys.CONTROL, "a")
    element.send_keys(str(text))


def fill_context(driver, script):
    """Organisation, respondent, date and the framework's context fields, then "Volgende"."""
    type_into(driver.find_element(By.NAME, "organisation"), script.organisation)
    type_into(driver.find_element(By.NAME, "respondent"), script.respondent)
    date = driver.find_element(By.NAME, "date")
    if date.get_attribute("type") == "date":
        year, month, day = script.date.split("-")
        date.clear()
        date.send_keys(month + day + year)
    else:
        type_into(date, script.date)
    if date.get_attribute("value") != script.date:
        raise PageProblem(f"the date field holds {date.get_attribute('value')!r}, typed {script.date}")
    for field_id, value in script.context.items():
        type_into(driver.find_element(By.NAME, f"context.{field_id}"), value)
    driver.find_element(By.ID, "next").click()
    wait_for(lambda: domain_number(driver.current_url) == 1, what="the first domain page")


def visible_questions(driver):
    """The ids of the questions the page shows now (hidden not-relevant ones left out)."""
    ids = []
    for fieldset in driver.find_elements(By.CSS_SELECTOR, "form#scan-form fieldset.question"):
        if fieldset.get_attribute("hidden") is None and fieldset.is_displayed():
            ids.append(fieldset.get_attribute("id")[len("q-"):])
    return ids


def answer_words(value):
    """The words an example answer puts in the form: option ids, ja/nee, or the typed text."""
    if isinstance(value, bool):
        return ["ja" if value else "nee"]
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def choose(driver, question_id, word):
    """Clicks the label of one radio or checkbox, as a person clicks the text beside it; False when
    it was already chosen (nothing changes, nothing is saved)."""
    box = driver.find_element(By.ID, f"q-{question_id}-{word}")
    if box.is_selected():
        return False
    label = driver.find_element(By.CSS_SELECTOR, f'label[for="q-{question_id}-{word}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
    label.click()
    if not box.is_selected():
        raise PageProblem(f"clicking the label of {question_id} = {word} did not select it")
    return True


def wait_saved(driver, question_id):
    """With the script: waits until the question says "opgeslagen" (the server committed the change).

    The test changes one thing at a time and waits for it, as the status can only speak for the
    last change: "opgeslagen" from an earlier save must not cover one still on its way.
    """
    state = driver.find_element(By.ID, f"state-{question_id}")
    wait_for(lambda: SAVED in state.text, what=f"'{SAVED}' beside {question_id} (it shows {state.text!r})")


def fill_question(driver, question, answer, javascript):
    """Gives one answer (value, note, evidence); with the script, each part must show "opgeslagen"."""
    def changed():
        if javascript:
            wait_saved(driver, question.id)

    fieldset = driver.find_element(By.ID, f"q-{question.id}")
    inputs = fieldset.find_elements(By.CSS_SELECTOR, f'[name="answer.{question.id}"]')
    kinds = {i.get_attribute("type") for i in inputs}
    if kinds & {"radio", "checkbox"}:
        for word in answer_words(answer.value):
            if choose(driver, question.id, word):
                changed()
    else:
        field = inputs[0]
        value = answer.value
        text = str(value).replace(".", ",") if isinstance(value, float) else str(value)
        type_into(field, text)
        field.send_keys(Keys.TAB)
        changed()
    for prefix, text in (("note", answer.note), ("evidence", answer.evidence)):
        if text:
            field = driver.find_element(By.ID, f"{prefix}-{question.id}")
            type_into(field, text)
            field.send_keys(Keys.TAB)
            changed()


def fill_domain(driver, script, javascript):
    """Answers every shown question the example answers, again when an answer makes more apply."""
    filled = []
    while True:
        pending = [q for q in visible_questions(driver)
                   if q not in filled and script.answer(q) is not None]
        if not pending:
            return filled
        for question_id in pending:
            question = next(q for d in script.domains for q in d.questions if q.id == question_id)
            fill_question(driver, question, script.answer(question_id), javascript)
            filled.append(question_id)


def shown_answer(driver, question_id):
    """What the page shows as the answer to one question: the checked words or the field's text."""
    fieldset = driver.find_element(By.ID, f"q-{question_id}")
    inputs = fieldset.find_elements(By.CSS_SELECTOR, f'[name="answer.{question_id}"]')
    if inputs and inputs[0].get_attribute("type") in ("radio", "checkbox"):
        return [i.get_attribute("value") for i in inputs if i.is_selected()]
    return [inputs[0].get_attribute("value")] if inputs else []
