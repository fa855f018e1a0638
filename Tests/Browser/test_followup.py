#!/usr/bin/env python3
"""A follow-up done in the browser from a letter's link (issue 32, 3).

A table's session is typed through `samplan serve` on the day of the
event. Six weeks later `samplan due --letters --url` writes the pair's
letter; Debian's headless Chromium opens the letter's link, types the
letter's code, and does the follow-up at the page. The same follow-up
typed into `samplan oppfølging` at a terminal, on a copy of the
transcript, must give the same follow-up note, byte for byte, and the
same answers in the transcript.

    python3 Tests/Browser/test_followup.py .build/debug/samplan [SCREENSHOT_FOLDER]
"""
import atexit
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

from websockets.sync.client import connect

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "Shared"))
from serve_records import answers, free_port  # noqa: E402
from chromium import check, chromium  # noqa: E402
from test_page import Page  # noqa: E402

TYPED = os.path.join(HERE, "..", "Shared", "typed.nb.txt")
EVENT = "2026-11-23"
LATER = "2027-01-04"
# Done; started, with a new date; the first meeting held; the next
# follow-up; no new actions.
FOLLOWUP = ["1", "2", "15.02.2027", "ja", "19.04.2027", ""]


def serve(binary, work, env, port):
    server = subprocess.Popen([binary, "serve", "--dir", "served", "--tables", "3", "--listen", f"127.0.0.1:{port}"],
                              cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    atexit.register(lambda: server.poll() is None and server.kill())
    started = server.stdout.readline()
    check(f"127.0.0.1:{port}" in started, "the server did not start: " + started)
    return server


def stop(server):
    server.send_signal(signal.SIGTERM)
    check(server.wait(timeout=30) == 0, "serve did not stop cleanly")


def main():
    binary = os.path.abspath(sys.argv[1])
    shots = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else None
    lines = open(TYPED, encoding="utf-8").read().split("\n")[:-1]
    work = tempfile.mkdtemp(prefix="samplan-followup-")
    port = free_port()
    base = dict(os.environ, LANG="C.UTF-8")
    base.pop("SAMPLAN_COORDINATOR_PASSWORD", None)

    # The event: table 2's session, typed through the page's protocol.
    sheet = subprocess.run([binary, "serve", "--dir", "served", "--tables", "3", "--codes"], cwd=work,
                           env=dict(base, SAMPLAN_TODAY=EVENT), capture_output=True, text=True, check=True).stdout
    code = re.search(r"Bord 2\n.*koden ([A-Z]{5}-[A-Z]{5})", sheet).group(1)
    server = serve(binary, work, dict(base, SAMPLAN_TODAY=EVENT), port)
    with connect(f"ws://127.0.0.1:{port}/ws", max_size=1 << 22) as ws:
        ws.send(json.dumps({"type": "open", "code": code, "language": "nb", "columns": 80}))
        reply = json.loads(ws.recv(timeout=10))
        for text in lines:
            ws.send(json.dumps({"type": "line", "text": text}))
            reply = json.loads(ws.recv(timeout=10))
            if reply["type"] == "ended":
                break
        check(reply.get("reason") == "finished", f"the session did not finish: {reply}")
    stop(server)

    # Six weeks later: the letter, with the server's address and the code.
    link = f"http://127.0.0.1:{port}/"
    due = subprocess.run([binary, "due", "served", "--letters", "Brev", "--url", link], cwd=work,
                         env=dict(base, SAMPLAN_TODAY=LATER), capture_output=True, text=True)
    check(due.returncode == 0 and "Ett brev" in due.stderr, "due: " + due.stderr)
    letter = open(os.path.join(work, "Brev", os.listdir(os.path.join(work, "Brev"))[0]), encoding="utf-8").read()
    found = re.search(r"\n    (http://\S+)\n    Kode: ([A-Z]{5}-[A-Z]{5})\n", letter)
    check(found, "the letter has no link and code:\n" + letter)
    check(found.group(2) == code, "the letter's code is not the table's")
    transcript = [n for n in os.listdir(os.path.join(work, "served")) if n.endswith(".transcript")][0]
    os.makedirs(os.path.join(work, "terminal"))
    shutil.copy(os.path.join(work, "served", transcript), os.path.join(work, "terminal", transcript))

    # The follow-up in the browser, from the letter.
    server = serve(binary, work, dict(base, SAMPLAN_TODAY=LATER), port)
    driver = chromium(1100, 900)
    try:
        page = Page(driver, found.group(1))
        page.open_code(found.group(2))
        page.wait.until(lambda d: page.ready())
        check("Oppfølging av samarbeidsavtale" in page.screen_text(), "no follow-up: " + page.screen_text()[:400])
        for text in FOLLOWUP:
            check(not page.ended(), "the follow-up ended early")
            page.type_line(text)
        page.wait.until(lambda d: page.ended())
        page.wait.until(lambda d: page.element("end-message").text != "")
        check("Oppfølgingsnotatet er lagret" in page.element("end-message").text, "end: " + page.element("end-message").text)
        check(page.element("download").text == "Last ned notatet", "download: " + page.element("download").text)
        if shots:
            driver.save_screenshot(os.path.join(shots, "followup-end.png"))
    finally:
        driver.quit()
        stop(server)

    # The same follow-up at a terminal.
    terminal = subprocess.run([binary, "oppfølging", os.path.join("terminal", transcript)], cwd=work,
                              env=dict(base, SAMPLAN_TODAY=LATER), input="\n".join(FOLLOWUP) + "\n",
                              capture_output=True, text=True)
    check(terminal.returncode == 0, "terminal follow-up: " + terminal.stderr)
    note = transcript.replace(".transcript", f"-oppfolging-{LATER}.plan.txt")
    web_note = open(os.path.join(work, "served", note), encoding="utf-8").read()
    term_note = open(os.path.join(work, "terminal", note), encoding="utf-8").read()
    check(web_note == term_note, "the follow-up notes differ")
    web = answers(os.path.join(work, "served", transcript))
    term = answers(os.path.join(work, "terminal", transcript))
    check(web == term, "the transcripts' answers differ:\n" + "\n".join(
        f"{a!r} | {b!r}" for a, b in zip(web, term) if a != b)[:2000])
    check("Gjennomført" in web_note and "15.02.2027" in web_note, "the note lacks the answers:\n" + web_note)
    print(f"follow-up test: ok (letter → link → code → {len(FOLLOWUP)} answers; note {len(web_note)} bytes, as at the terminal)")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
