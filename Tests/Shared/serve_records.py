"""What the serve tests (Tests/Browser, Tests/Load) share: a free loopback
port, and a transcript's answers without their times, to compare a session
typed at the page with the same lines typed at the terminal."""
import re
import socket

RECORDS = ("answer", "action-add", "action-edit", "action-remove", "advice", "skip", "parties", "table", "end")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(path):
    """The records that say what was answered and decided, without times.
    A hang-up, a kill and a resume leave their own marks; the answers are
    what count."""
    kept = []
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) > 1 and re.match(r"^\d\d:\d\d:\d\d\.\d{3}$", fields[0]) and fields[1] in RECORDS:
            kept.append("\t".join(fields[1:]))
    return [r for r in kept if r != "end\thangup"]
