#!/usr/bin/env python3
"""The page of `samplan serve` in a real browser (issue 31).

Debian's headless Chromium, driven by Selenium, types a whole session in
Norwegian (æ ø å) at table 1: it uses Tab, ↑, Ctrl-C and a slash command,
closes the tab half-way, opens the code again in a new tab and finishes,
downloads the agreement, and compares it with the same answers typed into
the terminal: the same plan, and the same answers in the transcript. It
also checks a wrong code, the page at 200 % zoom (no sideways scrolling)
and takes two screenshots (mid-session and at the end).

    python3 Tests/Browser/test_page.py .build/debug/samplan [SCREENSHOT_FOLDER]

`make test` runs it (and installs chromium, chromium-driver and selenium
when missing). Exits non-zero with a message on the first failure.
"""
import atexit
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Shared"))
from chromium import check, chromium  # noqa: E402
from serve_records import answers, free_port  # noqa: E402

TYPED = os.path.join(HERE, "..", "Shared", "typed.nb.txt")
TODAY = "2026-11-23"
DPS = "DPS Lillestrøm, allmennpsykiatrisk poliklinikk"
NAV = "NAV Lillestrøm"


class Page:
    def __init__(self, driver, url):
        self.driver = driver
        self.url = url
        self.wait = WebDriverWait(driver, 20)

    def element(self, id):
        return self.driver.find_element(By.ID, id)

    def blocks(self):
        return self.driver.execute_script("return document.querySelectorAll('#screen > div').length")

    def screen_text(self):
        return self.element("screen").text

    def open_code(self, code):
        self.driver.get(self.url)
        self.wait.until(lambda d: self.element("code").is_displayed())
        box = self.element("code")
        box.clear()
        box.send_keys(code + Keys.ENTER)

    def ready(self):
        """The answer to the last line has come: the field takes typing."""
        line = self.element("line")
        return line.is_displayed() and line.get_attribute("readonly") is None

    def wait_ready(self, before):
        self.wait.until(lambda d: self.blocks() > before and self.ready() or self.element("end").is_displayed())

    def type_line(self, text):
        before = self.blocks()
        line = self.element("line")
        line.send_keys(text + Keys.ENTER)
        self.wait_ready(before + 1)

    def ended(self):
        return self.element("end").is_displayed()


def main():
    binary = os.path.abspath(sys.argv[1])
    shots = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else None
    lines = open(TYPED, encoding="utf-8").read().split("\n")[:-1]
    lines[1], lines[2] = DPS, NAV
    work = tempfile.mkdtemp(prefix="samplan-browser-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    with open(os.path.join(work, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(f"table,dps,nav\n1,{DPS.split(',')[0]},{NAV}\n2,DPS Kongsvinger,NAV Kongsvinger\n")
    env = dict(os.environ, SAMPLAN_TODAY=TODAY, LANG="C.UTF-8")
    sheet = subprocess.run([binary, "serve", "--dir", "served", "--event", "roster.csv", "--codes"],
                           cwd=work, env=env, capture_output=True, text=True, check=True).stdout
    code = re.search(r"Bord 1: .*\n.*koden ([A-Z]{5}-[A-Z]{5})", sheet).group(1)
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--dir", "served", "--event", "roster.csv",
                               "--listen", f"127.0.0.1:{port}"], cwd=work, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # A failed run leaves no server behind.
    atexit.register(lambda: server.poll() is None and server.kill())
    started = server.stdout.readline() + server.stdout.readline()
    check(f"http://127.0.0.1:{port}/" in started, "the server did not say where to open: " + started)
    driver = chromium(1100, 900, downloads)
    try:
        page = Page(driver, f"http://127.0.0.1:{port}/")
        # A wrong code is refused in words, and nothing opens.
        page.open_code("AAAAA-AAAAA")
        page.wait.until(lambda d: page.element("open-message").text != "")
        check("finnes ikke" in page.element("open-message").text, "wrong code: " + page.element("open-message").text)

        page.open_code(code.lower())
        page.wait.until(lambda d: page.ready())
        check("Sitter noen fra kommunen" in page.screen_text(), "first question missing")
        check(len(driver.find_elements(By.CSS_SELECTOR, "#choices button")) == 3, "the three choices are not buttons")

        # Tab completes a slash command; the command shows its help.
        line = page.element("line")
        line.send_keys("/hj")
        line.send_keys(Keys.TAB)
        page.wait.until(lambda d: page.element("line").get_attribute("value") == "/hjelp")
        page.type_line("")
        check("/tilbake" in page.screen_text(), "/hjelp did not list the commands")
        # Ctrl-C clears a half-typed line.
        line = page.element("line")
        line.send_keys("noe som ikke skal sendes")
        line.send_keys(Keys.CONTROL, "c")
        check(line.get_attribute("value") == "", "Ctrl-C did not clear the line")

        # A double click on a choice answers once: the second click waits
        # for the answer, and the next question is not answered unseen.
        before = page.blocks()
        ActionChains(driver).double_click(driver.find_elements(By.CSS_SELECTOR, "#choices button")[1]).perform()
        page.wait_ready(before + 1)
        time.sleep(0.5)
        check(page.element("prompt").text.startswith("[2/26]"), "a double click answered twice: " + page.element("prompt").text)

        half = 12
        for index, text in enumerate(lines[:half]):
            if index == 0:
                continue  # answered by the click
            if index == 9:
                # ↑ brings back the answer before, which is then sent as typed.
                page.element("line").send_keys(Keys.ARROW_UP)
                check(page.element("line").get_attribute("value") == lines[8], "↑ did not bring back " + lines[8])
                page.element("line").send_keys(Keys.CONTROL, "c")
            page.type_line(text)
            check(not page.ended(), f"ended early at line {index}")
        if shots:
            driver.save_screenshot(os.path.join(shots, "serve-mid-session.png"))

        # Close the tab half-way: a hang-up. A new tab opens the code again.
        first = driver.current_window_handle
        driver.switch_to.new_window("tab")
        second = driver.current_window_handle
        driver.switch_to.window(first)
        driver.close()
        driver.switch_to.window(second)
        page = Page(driver, f"http://127.0.0.1:{port}/")
        deadline = time.time() + 10
        while True:
            page.open_code(code)
            page.wait.until(lambda d: page.element("line").is_displayed() or page.element("open-message").text)
            if page.element("line").is_displayed():
                break
            check(time.time() < deadline, "reopening: " + page.element("open-message").text)
            time.sleep(0.2)
        page.wait.until(lambda d: page.ready())
        check("Velkommen tilbake" in page.screen_text(), "no welcome back: " + page.screen_text()[:300])
        for text in lines[half:]:
            if page.ended():
                break
            page.type_line(text)
        page.wait.until(lambda d: page.ended())
        # The end is said as an alert, a moment after the page turns (`say`).
        page.wait.until(lambda d: page.element("end-message").text != "")
        check("Ferdig" in page.element("end-message").text, "end: " + page.element("end-message").text)
        if shots:
            driver.save_screenshot(os.path.join(shots, "serve-end.png"))

        page.element("download").click()
        deadline = time.time() + 10
        while not [n for n in os.listdir(downloads) if n.endswith(".plan.txt")]:
            check(time.time() < deadline, "no download: " + str(os.listdir(downloads)))
            time.sleep(0.1)
        downloaded = [n for n in os.listdir(downloads) if n.endswith(".plan.txt")][0]
        served = open(os.path.join(downloads, downloaded), encoding="utf-8").read()

        # At 200 % zoom (half the width) nothing scrolls sideways.
        driver.set_window_size(550, 900)
        page.open_code(code)
        page.wait.until(lambda d: page.ended() or page.element("line").is_displayed())
        width = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        check(width[0] <= width[1], f"sideways scrolling at 200 %: {width}")
    finally:
        driver.quit()
        server.send_signal(signal.SIGTERM)
        status = server.wait(timeout=20)
    check(status == 0, f"serve exited {status} on SIGTERM")

    # The same answers at the terminal.
    terminal = subprocess.run([binary, "new", "--dir", "terminal", "--event", "roster.csv", "--table", "1"],
                              cwd=work, env=env, input="\n".join(lines) + "\n", capture_output=True, text=True)
    check(terminal.returncode == 0, "terminal session: " + terminal.stderr)
    plans = [n for n in os.listdir(os.path.join(work, "terminal")) if n.endswith(".plan.txt")]
    typed = open(os.path.join(work, "terminal", plans[0]), encoding="utf-8").read()
    check(served == typed, "the downloaded plan differs from the terminal's")
    check(downloaded == plans[0], f"plan names differ: {downloaded} / {plans[0]}")
    on_disk = open(os.path.join(work, "served", downloaded), encoding="utf-8").read()
    check(on_disk == served, "the downloaded plan differs from the one on the server")
    web_transcript = [n for n in os.listdir(os.path.join(work, "served")) if n.endswith(".transcript")]
    term_transcript = [n for n in os.listdir(os.path.join(work, "terminal")) if n.endswith(".transcript")]
    web = answers(os.path.join(work, "served", web_transcript[0]))
    term = answers(os.path.join(work, "terminal", term_transcript[0]))
    # The click sent «2» where the terminal's line says «2».
    check(web == term, "the transcripts' answers differ:\n" + "\n".join(
        f"{a!r} | {b!r}" for a, b in zip(web, term) if a != b)[:2000])
    print(f"browser test: ok ({len(lines)} lines, {len(web)} records, plan {len(served)} bytes)")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
