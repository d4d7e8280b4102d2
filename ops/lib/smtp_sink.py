#!/usr/bin/env python3
"""A minimal SMTP server that accepts every mail and keeps it as a file (standard library only).

  smtp_sink.py PORT DIR

Each message received is written to DIR/<n>.eml with the envelope recipients on a first line
"X-Envelope-To: ...", so the ops check can count what the app's outbox really delivered.
"""

import os
import socketserver
import sys
import threading

counter = 0
counter_lock = threading.Lock()


class Handler(socketserver.StreamRequestHandler):

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))

    def handle(self):
        self.reply("220 ops-smtp-sink ready")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb in ("HELO", "EHLO"):
                self.reply("250 ops-smtp-sink")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(line.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                data = []
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                self.store(recipients, b"".join(data))
                self.reply("250 OK queued")
            elif verb == "RSET":
                recipients = []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")

    def store(self, recipients, message):
        global counter
        with counter_lock:
            counter += 1
            n = counter
        path = os.path.join(self.server.directory, f"{n:06d}.eml")
        with open(path + ".tmp", "wb") as f:
            f.write(("X-Envelope-To: " + ",".join(recipients) + "\r\n").encode("utf-8"))
            f.write(message)
        os.rename(path + ".tmp", path)


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    os.makedirs(sys.argv[2], exist_ok=True)
    with Server(("127.0.0.1", int(sys.argv[1])), Handler) as server:
        server.directory = sys.argv[2]
        server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
