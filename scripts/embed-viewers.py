#!/usr/bin/env python3
"""Opens N embed viewers at once against a running dashboard and reports the server's memory and
connections while they watch (docs/benchmarks.md, "Embed viewers").

Each viewer does what a browser showing /embed/{metric} in an iframe does: the page, its CSS and
script, then the chart at its frame's size (a few frame sizes among the viewers), on one kept-alive
HTTP connection that stays open while the viewer watches. Loopback only.

Usage: python3 scripts/embed-viewers.py --url http://127.0.0.1:5391 --pid <server pid> [--viewers 200] [--ramp 10] [--hold 20]
"""
import argparse
import http.client
import re
import subprocess
import threading
import time
import urllib.parse

FRAMES = [(320, 200), (640, 420), (800, 450), (1920, 1080)]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def established(port):
    out = subprocess.run(["ss", "-Htn", "state", "established", f"( sport = :{port} )"], capture_output=True, text=True).stdout
    return sum(1 for line in out.splitlines() if line.strip())


def viewer(host, port, index, hold, results, lock):
    width, height = FRAMES[index % len(FRAMES)]
    # The chart area is the frame less its title, legend and source lines.
    chart_w, chart_h = width - 20, int(height * 0.62)
    statuses = []
    connection = http.client.HTTPConnection(host, port, timeout=60)
    try:
        def get(path):
            connection.request("GET", path, headers={"Accept-Encoding": "identity"})
            response = connection.getresponse()
            body = response.read()
            statuses.append(response.status)
            return body.decode("utf-8", "replace")

        page = get("/embed/projects?district=" + urllib.parse.quote("通州区") + "&district=" + urllib.parse.quote("海门区"))
        get("/embed.css")
        get("/js/embed.js")
        chart = re.search(r'data-chart-src="([^"]+)"', page).group(1).replace("&amp;", "&")
        get(f"{chart}&width={chart_w}&height={chart_h}")
        time.sleep(hold)
    except Exception as error:  # noqa: BLE001 - a failed viewer is counted, not fatal
        statuses.append(repr(error))
    finally:
        connection.close()
    with lock:
        results.append(statuses)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:5391")
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--viewers", type=int, default=200)
    parser.add_argument("--ramp", type=float, default=10.0, help="seconds over which the viewers arrive")
    parser.add_argument("--hold", type=float, default=20.0, help="seconds each viewer keeps its connection open")
    args = parser.parse_args()
    target = urllib.parse.urlparse(args.url)
    if target.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only")

    before = rss_mb(args.pid)
    results, lock, threads = [], threading.Lock(), []
    peak_rss, peak_connections = before, 0
    start = time.time()
    for i in range(args.viewers):
        thread = threading.Thread(target=viewer, args=(target.hostname, target.port, i, args.hold, results, lock), daemon=True)
        thread.start()
        threads.append(thread)
        time.sleep(args.ramp / args.viewers)
        peak_rss, peak_connections = max(peak_rss, rss_mb(args.pid)), max(peak_connections, established(target.port))
    while any(t.is_alive() for t in threads) and time.time() - start < args.ramp + args.hold + 120:
        peak_rss, peak_connections = max(peak_rss, rss_mb(args.pid)), max(peak_connections, established(target.port))
        time.sleep(0.5)
    time.sleep(2)
    after = rss_mb(args.pid)
    flat = [s for statuses in results for s in statuses]
    ok = sum(1 for s in flat if s in (200, 304))
    print(f"viewers: {args.viewers} over {args.ramp:.0f} s, each holding its connection {args.hold:.0f} s")
    print(f"requests: {len(flat)}, answered 200/304: {ok}, other: {sorted(set(str(s) for s in flat if s not in (200, 304)))}")
    print(f"server RSS: {before:.0f} MB before, {peak_rss:.0f} MB peak, {after:.0f} MB after the viewers left")
    print(f"established connections to the server: {peak_connections} at most (one per viewer; no WebSocket, no circuit)")


if __name__ == "__main__":
    main()
