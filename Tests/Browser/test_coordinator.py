#!/usr/bin/env python3
"""The coordinator's page of `samplan serve` in a real browser (issue 32, 1).

Debian's headless Chromium, driven by Selenium, opens the page while ten
tables type through the page's protocol (WebSocket, as the table's page
does). It checks that a wrong password is refused and shows nothing; that
after every answer the page shows that table's progress, as the transcript
says it, within 2 seconds, without reloading; that a table that hangs up
half-way shows as left early, a finished one as finished with its plan;
and that the page holds none of the tables' codes. The password is the one
the server printed at start. A screenshot goes to SCREENSHOT_FOLDER.

    python3 Tests/Browser/test_coordinator.py .build/debug/samplan [SCREENSHOT_FOLDER]
"""
import atexit
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from websockets.sync.client import connect

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Shared"))
from chromium import check, chromium, fail  # noqa: E402
from serve_records import free_port  # noqa: E402

TYPED = os.path.join(HERE, "..", "Shared", "typed.nb.txt")
TODAY = "2026-11-23"
TABLES = 10
ROUNDS = 5


class Table:
    """One table's page, as the protocol sees it."""

    def __init__(self, number, code, url):
        self.number = number
        self.socket = connect(url, max_size=1 << 22, open_timeout=5).__enter__()
        self.socket.send(json.dumps({"type": "open", "code": code, "language": "nb", "columns": 80}))
        first = json.loads(self.socket.recv(timeout=10))
        check(first["type"] == "screen", f"table {number} did not open: {first}")

    def line(self, text):
        self.socket.send(json.dumps({"type": "line", "text": text}))
        return json.loads(self.socket.recv(timeout=10))

    def close(self):
        self.socket.close()


def where(binary, work, env, number):
    """Where the table's session stands, as `summary` reads its transcript."""
    folder = os.path.join(work, "served")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".transcript"):
            continue
        run = subprocess.run([binary, "summary", os.path.join(folder, name), "--format", "json"],
                             env=env, capture_output=True, text=True)
        session = json.loads(run.stdout)["sessions"][0]
        if session.get("table") == number:
            return session
    fail(f"no transcript for table {number}")


def main():
    binary = os.path.abspath(sys.argv[1])
    shots = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else None
    lines = open(TYPED, encoding="utf-8").read().split("\n")[:-1]
    work = tempfile.mkdtemp(prefix="samplan-coordinator-")
    env = dict(os.environ, SAMPLAN_TODAY=TODAY, LANG="C.UTF-8")
    env.pop("SAMPLAN_COORDINATOR_PASSWORD", None)
    sheet = subprocess.run([binary, "serve", "--dir", "served", "--tables", str(TABLES), "--codes"],
                           cwd=work, env=env, capture_output=True, text=True, check=True).stdout
    codes = dict((int(n), c) for n, c in re.findall(r"Bord (\d+)\n.*koden ([A-Z]{5}-[A-Z]{5})", sheet))
    check(len(codes) == TABLES, "the code sheet: " + sheet)
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--dir", "served", "--tables", str(TABLES),
                               "--listen", f"127.0.0.1:{port}"], cwd=work, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    atexit.register(lambda: server.poll() is None and server.kill())
    started = "".join(server.stdout.readline() for _ in range(3))
    found = re.search(r"Koordinatorens side: (http://\S+/koordinator), passord ([A-Z]{4}-[A-Z]{4}-[A-Z]{4})", started)
    check(found, "the server did not show the coordinator's page and password: " + started)
    page_url, password = found.group(1), found.group(2)
    base = f"http://127.0.0.1:{port}"

    # Without the password, nothing: not the board, not a plan, not the sheet.
    for path in ("/koordinator/events", "/koordinator/plan/1", "/koordinator/samling.csv"):
        try:
            urllib.request.urlopen(base + path, timeout=5)
            fail(path + " answered without the password")
        except urllib.error.HTTPError as error:
            check(error.code == 401, f"{path}: {error.code}")

    driver = chromium(1400, 1000)
    tables = []
    try:
        wait = WebDriverWait(driver, 10)
        driver.get(page_url)
        wait.until(lambda d: d.find_element(By.ID, "password").is_displayed())
        driver.find_element(By.ID, "password").send_keys("FEIL-PASS-ORD" + Keys.ENTER)
        wait.until(lambda d: d.find_element(By.ID, "login-message").text != "")
        check("Feil passord" in driver.find_element(By.ID, "login-message").text, "a wrong password was not refused: " + driver.find_element(By.ID, "login-message").text)
        check(not driver.find_element(By.ID, "board").is_displayed(), "the board showed after a wrong password")
        check("?" not in driver.current_url and password not in driver.current_url, "the password reached the address")

        driver.find_element(By.ID, "password").send_keys(password + Keys.ENTER)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#rows tr")) == TABLES)
        check(password not in driver.current_url, "the password reached the address")
        # A mark that a reload would wipe.
        driver.execute_script("window.samplanMark = 'not reloaded';")
        check(all("Ikke startet" in r.text for r in driver.find_elements(By.CSS_SELECTOR, "#rows tr")), "not all tables waiting")

        def row_text(number):
            # Read in one step: the page redraws its rows as boards arrive.
            return driver.execute_script(
                "const row = document.getElementById(arguments[0]); return row ? row.innerText : ''", f"table-{number}")

        def shows(number, expected, what):
            deadline = time.monotonic() + 2.0
            while expected not in row_text(number):
                if time.monotonic() > deadline:
                    fail(f"table {number} after {what}: expected «{expected}» within 2 s, page shows «{row_text(number)}»")
                time.sleep(0.05)

        for number in range(1, TABLES + 1):
            tables.append(Table(number, codes[number], f"ws://127.0.0.1:{port}/ws"))
        checked = 0
        for round_ in range(ROUNDS):
            for table in tables:
                reply = table.line(lines[round_])
                check(reply["type"] == "screen", f"table {table.number}: {reply}")
                session = where(binary, work, env, table.number)
                expected = f"Spørsmål {min(session['answered'] + 1, session['asked'])} av {session['asked']}"
                shows(table.number, expected, f"line {round_ + 1}")
                checked += 1

        # Table 2 hangs up half-way; table 1 finishes.
        tables[1].close()
        shows(2, "Avsluttet tidlig", "a hang-up")
        for text in lines[ROUNDS:]:
            reply = tables[0].line(text)
            if reply["type"] == "ended":
                break
        check(reply["type"] == "ended" and reply.get("reason") == "finished", f"table 1 did not finish: {reply}")
        shows(1, "Ferdig", "the last answer")
        link = driver.find_element(By.CSS_SELECTOR, "#table-1 a")
        check(link.get_attribute("href").endswith("/koordinator/plan/1"), "no plan link")
        # The plan opens in the coordinator's browser, as the session saved it.
        plan = driver.execute_async_script(
            "const done = arguments[0]; fetch('/koordinator/plan/1').then(r => r.text()).then(done)")
        check("SAMARBEIDSAVTALE" in plan, "the plan did not open: " + plan[:200])
        check(driver.execute_script("return window.samplanMark") == "not reloaded", "the page was reloaded")
        totals = driver.find_element(By.ID, "totals").text
        check("Tiltak: 3 i 10 planer" in totals and "Åpent, per suksesskriterium" in totals, "totals: " + totals)
        counts = driver.find_element(By.ID, "counts").text
        check(counts == "10 bord: 1 ferdig, 8 i gang, 1 avsluttet tidlig, 0 ikke startet.", "counts: " + counts)

        # The page holds no table code, in any form.
        held = driver.page_source + driver.execute_script("return JSON.stringify(window.latest || null) + document.body.innerText")
        for code in codes.values():
            for form in (code, code.replace("-", ""), code.lower()):
                check(form not in held, "the page holds a table's code")
        if shots:
            driver.save_screenshot(os.path.join(shots, "coordinator.png"))

        # The server goes away: the page says so where it is seen.
        server.terminate()
        server.wait(timeout=30)
        WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "lost").is_displayed())
        check("Mistet kontakten" in driver.find_element(By.ID, "lost").text, "no word that the server is gone")

        print(f"coordinator test: passed ({checked} answers followed on the page, each within 2 s)")
    finally:
        for table in tables:
            try:
                table.close()
            except Exception:
                pass
        driver.quit()
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
