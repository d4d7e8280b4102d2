#!/usr/bin/env python3
"""Matches the app's mail outbox with what the SMTP sink received (standard library only).

  mails.py SINK_DIR OUTBOX_TSV

OUTBOX_TSV: the outbox rows as psql -AtF '<tab>' prints "status<tab>recipient<tab>subject".
Exit 0 when every row is SENT and each (recipient, subject) of the outbox was received exactly as
many times as the outbox holds it. Mail received that the outbox no longer holds is reported:
the demo loader deletes its replay's assignment mails, which the outbox may have sent meanwhile
when it runs every few seconds.
"""

import collections
import email
import email.header
import email.policy
import pathlib
import sys


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    received = collections.Counter()
    for path in sorted(pathlib.Path(sys.argv[1]).glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        to = message["X-Envelope-To"]
        received[(str(to), str(message["Subject"]))] += 1
    queued = collections.Counter()
    unsent = 0
    for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        status, recipient, subject = line.split("\t", 2)
        queued[(recipient, subject)] += 1
        if status != "SENT":
            unsent += 1
    missing = sum(max(0, n - received[key]) for key, n in queued.items())
    twice = sum(max(0, received[key] - n) for key, n in queued.items())
    gone = sum(n for key, n in received.items() if key not in queued)
    rows = sum(queued.values())
    print(f"{rows} mails in the outbox, {unsent} not sent; received by the SMTP server: "
          f"{rows - missing} of them, {missing} missing, {twice} more than once"
          + (f"; {gone} others no longer in the outbox (the demo replay's)" if gone else ""))
    return 0 if unsent == 0 and missing == 0 and twice == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
