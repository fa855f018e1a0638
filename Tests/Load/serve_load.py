#!/usr/bin/env python3
"""Many tables at once against `samplan serve`, through the page's protocol.

Each table opens its code and types a whole session (Tests/Shared/typed.nb.txt,
confirming the roster's names) over a WebSocket on loopback, a line every
50–200 ms, and measures each line's acknowledgement: from sending the line to
the server's answer, which comes only once the line's records are durable.

With --sigterm the server is stopped with SIGTERM a third of the way in:
it must exit 0 with every session saved as after a hang-up (its transcript
ending `end hangup`, its plan written). With --kill it is killed with
SIGKILL two thirds of the way in. Either way it is started again, and each
table opens its code again and goes on from its last acknowledged line.
With --tls the server serves HTTPS and WebSockets over TLS, with a
self-signed certificate made by openssl. Either way every table must end with its
session finished, one plan, and exactly the answers the same lines give at
the terminal (0 lost answers). Prints the latencies' p50/p99 and the
server's peak memory; --json writes them for the benchmarks.

With --coordinator the coordinator's page is open all the while (its
server-sent events, read as a browser's EventSource reads them, logging in
again after a restart): every board it gets must list every table, and in
the end it must show every table finished with its plan.

    python3 Tests/Load/serve_load.py BINARY [--tables N] [--sigterm] [--kill] [--tls] [--coordinator] [--json FILE]
"""
import argparse
import asyncio
import atexit
import json
import os
import random
import re
import shutil
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import websockets

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Shared"))
from serve_records import answers, free_port  # noqa: E402

TYPED = os.path.join(HERE, "..", "Shared", "typed.nb.txt")
TODAY = "2026-11-23"


def fail(message):
    print("serve load: FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def peak_mib(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Server:
    def __init__(self, binary, work, port, env, tls):
        self.args = [binary, "serve", "--dir", "served", "--event", "roster.csv", "--listen", f"127.0.0.1:{port}"]
        if tls:
            self.args += ["--tls-cert", "cert.pem", "--tls-key", "key.pem"]
        self.log = ""
        self.work, self.env, self.peak = work, env, 0.0
        self.process = None

    def start(self):
        # A failed run leaves no server behind.
        atexit.register(lambda process=None: self.process and self.process.poll() is None and self.process.kill())
        self.process = subprocess.Popen(self.args, cwd=self.work, env=self.env, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
        said = self.process.stdout.readline() + self.process.stdout.readline()
        if "samplan serve" not in said:
            fail("the server did not start: " + said)

    def sample(self):
        if self.process:
            self.peak = max(self.peak, peak_mib(self.process.pid))

    def kill(self):
        self.sample()
        self.process.kill()
        self.process.wait()

    def stop(self):
        self.sample()
        self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout=60)
        self.log += self.process.stdout.read()
        return status


async def table(number, code, lines, url, latencies, resumed, random_pause, tls):
    """Types every line; after a lost connection, opens the code again and
    goes on after the last acknowledged line."""
    acknowledged = 0
    while True:
        try:
            async with websockets.connect(url, max_size=1 << 22, open_timeout=5, ssl=tls) as ws:
                await ws.send(json.dumps({"type": "open", "code": code, "language": "nb", "columns": 80}))
                first = json.loads(await ws.recv())
                if first["type"] == "refused":
                    if first.get("reason") in ("busy", "stopping"):
                        await asyncio.sleep(0.2)
                        continue
                    fail(f"table {number}: refused {first}")
                if acknowledged and "Velkommen tilbake" not in first.get("text", ""):
                    fail(f"table {number}: reopened without «Velkommen tilbake»")
                if acknowledged:
                    resumed.add(number)
                if first["type"] == "ended":
                    return
                while acknowledged < len(lines):
                    await asyncio.sleep(random_pause())
                    sent = time.perf_counter()
                    await ws.send(json.dumps({"type": "line", "text": lines[acknowledged]}))
                    reply = json.loads(await ws.recv())
                    if reply["type"] == "ended" and reply.get("reason") == "hangup":
                        # The server is stopping: the line was not taken. Open the code again.
                        break
                    latencies.append(time.perf_counter() - sent)
                    acknowledged += 1
                    if reply["type"] == "ended":
                        if reply.get("reason") != "finished":
                            fail(f"table {number}: ended {reply.get('reason')}")
                        return
                    if reply["type"] != "screen":
                        fail(f"table {number}: {reply}")
                else:
                    fail(f"table {number}: every line typed and no end")
        except (OSError, websockets.exceptions.WebSocketException, asyncio.TimeoutError):
            # The server is gone (killed) or not back yet.
            await asyncio.sleep(0.1)


class Coordinator(threading.Thread):
    """The coordinator's page: logs in with the password and reads the
    board's events, again after each restart, until told to stop."""

    def __init__(self, base, password, tables, tls):
        super().__init__(daemon=True)
        self.base, self.password, self.tables, self.tls = base, password, tables, tls
        self.boards, self.latest, self.problem = 0, None, None
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            try:
                login = urllib.request.Request(self.base + "/koordinator/login", data=self.password.encode(), method="POST")
                with urllib.request.urlopen(login, timeout=5, context=self.tls) as response:
                    cookie = response.headers["Set-Cookie"].split(";")[0]
                events = urllib.request.Request(self.base + "/koordinator/events", headers={"Cookie": cookie})
                with urllib.request.urlopen(events, timeout=10, context=self.tls) as stream:
                    for raw in stream:
                        line = raw.decode("utf-8")
                        if line.startswith("data: "):
                            board = json.loads(line[6:])
                            if len(board["rows"]) != self.tables:
                                self.problem = f"a board with {len(board['rows'])} of {self.tables} tables"
                            self.boards += 1
                            self.latest = board
                        if self.done.is_set():
                            return
            except (OSError, ValueError):
                time.sleep(0.2)

    def finished(self):
        return self.latest and all(r["state"] == "finished" and r["plan"] for r in self.latest["rows"])


def hung_up(served):
    """Every transcript's last record is a hang-up's end, each with its plan."""
    for name in os.listdir(served):
        if name.endswith(".transcript"):
            last = open(os.path.join(served, name), encoding="utf-8").read().rstrip("\n").split("\n")[-1]
            if not last.endswith("\tend\thangup"):
                fail(f"after SIGTERM {name} ends {last!r}")
            if not os.path.exists(os.path.join(served, name[: -len(".transcript")] + ".plan.txt")):
                fail(f"after SIGTERM {name} has no plan")


async def run(args, server, codes, lines, url, tls):
    latencies, resumed = [], set()
    rng = random.Random(31)
    pause = lambda: rng.uniform(0.05, 0.2)
    tasks = [asyncio.create_task(table(n, codes[n], lines, url, latencies, resumed, pause, tls)) for n in sorted(codes)]
    # A session of ~31 lines at ~125 ms a line: a third and two thirds in.
    third = len(lines) * 0.125 / 3
    if args.sigterm:
        await asyncio.sleep(third)
        status = await asyncio.get_running_loop().run_in_executor(None, server.stop)
        if status != 0:
            fail(f"serve exited {status} on SIGTERM with sessions open")
        hung_up(os.path.join(server.work, "served"))
        server.start()
    if args.kill:
        await asyncio.sleep(third)
        server.kill()
        await asyncio.sleep(0.3)
        server.start()
    while not all(t.done() for t in tasks):
        server.sample()
        await asyncio.sleep(0.2)
    for t in tasks:
        t.result()
    return latencies, resumed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--tables", type=int, default=130)
    parser.add_argument("--kill", action="store_true")
    parser.add_argument("--sigterm", action="store_true")
    parser.add_argument("--tls", action="store_true")
    parser.add_argument("--coordinator", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    typed = open(TYPED, encoding="utf-8").read().split("\n")[:-1]
    typed[1] = typed[2] = ""  # Enter confirms the roster's names.
    work = tempfile.mkdtemp(prefix="samplan-load-")
    with open(os.path.join(work, "roster.csv"), "w", encoding="utf-8") as f:
        f.write("table,dps,nav\n" + "".join(f"{n},DPS Østre {n},NAV Ålesund {n}\n" for n in range(1, args.tables + 1)))
    env = dict(os.environ, SAMPLAN_TODAY=TODAY, LANG="C.UTF-8", SAMPLAN_COORDINATOR_PASSWORD="last-og-koordinator")
    sheet = subprocess.run([binary, "serve", "--dir", "served", "--event", "roster.csv", "--codes"], cwd=work, env=env,
                           capture_output=True, text=True, check=True).stdout
    codes = {int(n): c for n, c in re.findall(r"Bord (\d+):.*\n.*koden ([A-Z]{5}-[A-Z]{5})", sheet)}
    if len(codes) != args.tables:
        fail(f"{len(codes)} codes for {args.tables} tables")
    port = free_port()
    tls = None
    if args.tls:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem",
                        "-days", "2", "-subj", "/CN=127.0.0.1"], cwd=work, check=True, capture_output=True)
        tls = ssl.create_default_context(cafile=os.path.join(work, "cert.pem"))
        tls.check_hostname = False
    server = Server(binary, work, port, env, args.tls)
    server.start()
    coordinator = None
    if args.coordinator:
        coordinator = Coordinator(f"{'https' if args.tls else 'http'}://127.0.0.1:{port}", env["SAMPLAN_COORDINATOR_PASSWORD"],
                                  args.tables, tls)
        coordinator.start()
    started = time.perf_counter()
    scheme = "wss" if args.tls else "ws"
    latencies, resumed = asyncio.run(run(args, server, codes, typed, f"{scheme}://127.0.0.1:{port}/ws", tls))
    elapsed = time.perf_counter() - started
    if coordinator:
        deadline = time.monotonic() + 10
        while not coordinator.finished() and time.monotonic() < deadline:
            time.sleep(0.1)
        coordinator.done.set()
        if coordinator.problem:
            fail("coordinator's page: " + coordinator.problem)
        if not coordinator.finished():
            fail("the coordinator's page does not show every table finished: "
                 + str([(r["table"], r["state"]) for r in (coordinator.latest or {"rows": []})["rows"] if r["state"] != "finished"][:10]))
    status = server.stop()
    if status != 0:
        fail(f"serve exited {status} on SIGTERM")
    if (args.kill or args.sigterm) and len(resumed) < args.tables * 0.9:
        fail(f"only {len(resumed)} of {args.tables} tables were in flight when the server stopped")
    # The log names tables and addresses, never a code or an answer.
    for secret in list(codes.values()) + [line for line in typed if len(line) > 3]:
        if secret in server.log or secret.replace("-", "") in server.log:
            fail(f"the server's log holds {secret!r}")

    # 0 lost answers: each table's transcript holds what the terminal records for the same lines.
    served = os.path.join(work, "served")
    by_table = {}
    for name in os.listdir(served):
        if name.endswith(".transcript"):
            text = open(os.path.join(served, name), encoding="utf-8").read()
            number = int(re.search(r"\ttable\t(\d+)\n", text).group(1))
            if number in by_table:
                fail(f"table {number} has two transcripts")
            by_table[number] = name
    plans = [n for n in os.listdir(served) if n.endswith(".plan.txt")]
    if len(by_table) != args.tables or len(plans) != args.tables:
        fail(f"{len(by_table)} transcripts and {len(plans)} plans for {args.tables} tables")
    lost = 0
    for number in sorted(codes):
        reference = os.path.join(work, f"terminal-{number}")
        done = subprocess.run([binary, "new", "--dir", reference, "--event", "roster.csv", "--table", str(number)],
                              cwd=work, env=env, input="\n".join(typed) + "\n", capture_output=True, text=True)
        if done.returncode != 0:
            fail(f"terminal session for table {number}: {done.stderr}")
        [name] = [n for n in os.listdir(reference) if n.endswith(".transcript")]
        want = answers(os.path.join(reference, name))
        got = answers(os.path.join(served, by_table[number]))
        if got != want:
            lost += 1
            print(f"table {number}: answers differ", file=sys.stderr)
        [plan] = [n for n in os.listdir(reference) if n.endswith(".plan.txt")]
        if open(os.path.join(reference, plan), encoding="utf-8").read() != open(os.path.join(served, plan), encoding="utf-8").read():
            fail(f"table {number}: the plan differs from the terminal's")
    if lost:
        fail(f"{lost} tables lost answers")
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    result = {"tables": args.tables, "lines": len(latencies), "p50_ms": round(p50, 2), "p99_ms": round(p99, 2),
              "peak_mib": round(server.peak, 1), "seconds": round(elapsed, 1), "killed": args.kill, "sigterm": args.sigterm, "tls": args.tls,
              "resumed": len(resumed)}
    print(f"serve load: ok: {args.tables} tables, {len(latencies)} lines acknowledged, 0 lost; "
          f"p50 {p50:.1f} ms, p99 {p99:.1f} ms; server peak {server.peak:.1f} MiB; {elapsed:.1f} s"
          + (f"; stopped with SIGTERM and {'SIGKILL' if args.kill else ''} mid-way" if args.sigterm else
             "; killed with SIGKILL mid-way" if args.kill else "")
          + (f", {len(resumed)} tables resumed" if resumed else "") + ("; over TLS" if args.tls else "")
          + (f"; the coordinator's page got {coordinator.boards} boards" if coordinator else ""))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
