"""Chromium through Selenium for the browser test: a driver with or without JavaScript, axe-core, screenshots."""

import json
import os

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# WCAG 2.1 A and AA, the level issue 13 asks for. Older axe-core releases (3.x, which
# axe-selenium-python 2.x ships for Python < 3.12) know no wcag21 tags; those are left out and said.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def chromium_driver(javascript, width=1280, height=1000):
    """Headless Chromium; without JavaScript the page's own scripts never run (the test's still do)."""
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--lang=en-US", f"--window-size={width},{height}", "--hide-scrollbars"]:
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    binary = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if os.path.exists(binary):
        options.binary_location = binary
    driver_path = os.environ.get("CHROMEDRIVER") or "/usr/bin/chromedriver"
    service = Service(driver_path) if os.path.exists(driver_path) else Service()
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(60)
    driver.implicitly_wait(0)
    if width < 500:
        # Headless Chromium keeps a window at least 500 px wide: a phone's width is emulated instead.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    return driver


def axe_script():
    """axe-core's source, as axe-selenium-python ships it."""
    import axe_selenium_python
    path = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


class Accessibility:
    """Runs axe-core on the page the driver shows and collects WCAG 2.1 A/AA violations per page."""

    def __init__(self):
        self.source = axe_script()
        self.version = None
        self.tags = None
        self.pages = []        # (page name, url, violations)

    def check(self, driver, name):
        driver.execute_script(self.source)
        if self.tags is None:
            self.version = driver.execute_script("return axe.version")
            known = set(driver.execute_script("return axe.getRules().flatMap(r => r.tags)"))
            self.tags = [t for t in WCAG_TAGS if t in known]
        options = {"runOnly": {"type": "tag", "values": self.tags}, "resultTypes": ["violations"]}
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            f"axe.run(document, {json.dumps(options)}).then(done, e => done({{error: String(e)}}));")
        if "error" in result:
            raise RuntimeError(f"axe-core failed on {name}: {result['error']}")
        violations = result["violations"]
        self.pages.append((name, driver.current_url, violations))
        return violations

    def report(self):
        lines = []
        for name, url, violations in self.pages:
            for v in violations:
                targets = "; ".join(" ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"])
                                    for n in v["nodes"][:5])
                lines.append(f"{name} ({url}): {v['id']} [{v['impact']}] {v['help']} - {len(v['nodes'])} element(s): {targets}")
        return lines


def screenshot(driver, directory, name, full_page=True):
    """A PNG of the whole page (the window is stretched to the page's height first)."""
    path = os.path.join(directory, name + ".png")
    height = driver.execute_script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
    width = driver.execute_script("return window.screen.width")
    if width < 500:
        # An emulated phone: the page is captured through the DevTools protocol at its own width.
        import base64
        height = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]["height"]
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "captureBeyondViewport": True, "clip": {"x": 0, "y": 0, "width": width,
                                                   "height": min(height, 8000) if full_page else 800, "scale": 1}})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        return path
    size = driver.get_window_size()
    if full_page:
        driver.set_window_size(size["width"], min(max(height, 600), 8000))
    driver.save_screenshot(path)
    driver.set_window_size(size["width"], size["height"])
    return path
