#!/usr/bin/env python3
"""HTTP client of the ops scripts (standard library only).

  client.py login   BASE USER PASSWORD             prints the SESSION cookie after a form login
  client.py session BASE COOKIE [N]                 N GETs with one session: which nodes answered
  client.py load    BASE COOKIE SECONDS THREADS OUT one line per request in OUT (JSON); each
                                                    thread pauses THINK_MS (env, default 50) between
                                                    requests; stops early when OUT.stop exists
  client.py report  OUT PHASES                      requests, errors and nodes per phase

The login goes through the login form as a browser does: GET /login for the CSRF cookie and
token, POST the form, follow nothing. Every request afterwards must be answered 200 by the app;
a redirect (to /login: the session was lost), another status or a broken connection counts as an
error.
"""

import http.client
import json
import os
import re
import sys
import threading
import time
import urllib.parse

PAGES = ["/tasks", "/directives", "/tasks?status=OPEN&sort=deadline", "/dashboard", "/tasks?timeliness=OVERDUE"]


def connect(base):
    url = urllib.parse.urlsplit(base)
    return http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)


def session_cookie(response):
    for name, value in response.getheaders():
        if name.lower() == "set-cookie" and value.startswith("SESSION="):
            return value.split(";", 1)[0]
    return None


def login(base, user, password):
    conn = connect(base)
    conn.request("GET", "/login")
    page = conn.getresponse()
    body = page.read().decode("utf-8", "replace")
    # The login page makes no session: its CSRF token comes with a cookie of its own.
    cookies = [value.split(";", 1)[0] for name, value in page.getheaders() if name.lower() == "set-cookie"]
    token = re.search(r'name="_csrf" value="([^"]+)"', body)
    if page.status != 200 or not cookies or not token:
        sys.exit(f"login page: status {page.status}, no CSRF cookie or token")
    form = urllib.parse.urlencode({"username": user, "password": password, "_csrf": token.group(1)})
    conn.request("POST", "/login", body=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": "; ".join(cookies)})
    answer = conn.getresponse()
    answer.read()
    location = answer.getheader("Location", "")
    if answer.status != 302 or "error" in location or "/login" in location:
        sys.exit(f"login refused: status {answer.status}, Location {location}")
    cookie = session_cookie(answer)
    if not cookie:
        sys.exit("login answered without a session cookie")
    return cookie


def get(conn, path, cookie):
    conn.request("GET", path, headers={"Cookie": cookie})
    response = conn.getresponse()
    response.read()
    return response.status, response.getheader("X-Dondoc-Node", "-")


def session(base, cookie, n):
    """Exit 0 when every GET was answered 200 with the same session, by at least two nodes."""
    nodes = {}
    failures = 0
    for i in range(n):
        conn = connect(base)  # a new connection each time: the proxy balances per request anyway
        status, node = get(conn, PAGES[i % len(PAGES)], cookie)
        conn.close()
        nodes[node] = nodes.get(node, 0) + 1
        if status != 200:
            failures += 1
    summary = ", ".join(f"{node}: {count}" for node, count in sorted(nodes.items()))
    print(f"{n} requests with one session, {failures} not 200; answered by {summary}")
    return 0 if failures == 0 and len([node for node in nodes if node != "-"]) >= 2 else 1


def load(base, cookie, seconds, threads, out):
    deadline = time.time() + seconds
    think = float(os.environ.get("THINK_MS", "50")) / 1000
    stop = out + ".stop"
    lock = threading.Lock()
    sink = open(out, "w", buffering=1)

    def worker(k):
        conn = connect(base)
        i = k
        while time.time() < deadline and not os.path.exists(stop):
            path = PAGES[i % len(PAGES)]
            i += 1
            started = time.time()
            try:
                status, node = get(conn, path, cookie)
                error = None
            except Exception as e:  # a broken connection is an error the user would see
                status, node, error = 0, "-", type(e).__name__
                conn.close()
                conn = connect(base)
                time.sleep(0.05)
            line = {"t": round(started, 3), "ms": round((time.time() - started) * 1000, 1),
                    "status": status, "node": node, "path": path}
            if error:
                line["error"] = error
            with lock:
                sink.write(json.dumps(line) + "\n")
            time.sleep(think)
        conn.close()

    workers = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    sink.close()
    return 0


def report(out, phases_file):
    """PHASES has lines 'epoch-seconds name'; each phase lasts until the next line. A request
    belongs to the phase in which it was answered (or failed)."""
    phases = []
    with open(phases_file) as f:
        for line in f:
            if line.strip():
                t, name = line.split(None, 1)
                phases.append((float(t), name.strip()))
    events = [json.loads(line) for line in open(out) if line.strip()]
    for e in events:
        e["end"] = e["t"] + e["ms"] / 1000
    if not events:
        print("no requests were made")
        return 1
    print(f"{'phase':<28} {'requests':>8} {'errors':>6}  nodes")
    summary = {}
    for i, (start, name) in enumerate(phases):
        end = phases[i + 1][0] if i + 1 < len(phases) else float("inf")
        inside = [e for e in events if start <= e["end"] < end]
        errors = [e for e in inside if e["status"] != 200]
        nodes = {}
        for e in inside:
            if e["status"] == 200:
                nodes[e["node"]] = nodes.get(e["node"], 0) + 1
        kinds = {}
        for e in errors:
            kind = e.get("error") or str(e["status"])
            kinds[kind] = kinds.get(kind, 0) + 1
        print(f"{name:<28} {len(inside):>8} {len(errors):>6}  "
              + ", ".join(f"{n}: {c}" for n, c in sorted(nodes.items()))
              + (f"  errors: {kinds}" if kinds else ""))
        summary[name] = {"requests": len(inside), "errors": len(errors), "nodes": nodes, "kinds": kinds,
                         "start": start, "end": end,
                         "first_error": min((e["end"] for e in errors), default=None),
                         "last_error": max((e["end"] for e in errors), default=None)}
    total_errors = sum(1 for e in events if e["status"] != 200)
    print(f"{'total':<28} {len(events):>8} {total_errors:>6}")
    with open(out + ".summary.json", "w") as f:
        json.dump(summary, f)
    return 0


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command == "login" and len(argv) == 5:
        print(login(argv[2].rstrip("/"), argv[3], argv[4]))
        return 0
    if command == "session" and len(argv) in (4, 5):
        return session(argv[2].rstrip("/"), argv[3], int(argv[4]) if len(argv) == 5 else 10)
    if command == "load" and len(argv) == 7:
        return load(argv[2].rstrip("/"), argv[3], float(argv[4]), int(argv[5]), argv[6])
    if command == "report" and len(argv) == 4:
        return report(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
