#!/usr/bin/env python3
"""Load test for `kader serve`: many respondents at once, each saving answers to its own scan.

    Tests/Load/serve_load.py [--kader PATH] [--respondents 100] [--duration 20] [--enforce-targets]
                             [--database postgres://USER:PASSWORD@HOST:PORT/DB] [--servers 2]

Starts the server on a free port of 127.0.0.1 with a fresh data directory, creates one scan per
respondent (moskeeonderwijs), and then, for --duration seconds, lets every respondent save answers
one after the other as the page's script does (POST /s/TOKEN/answer, the next as soon as the
previous is acknowledged) and fetch its result page after every --result-every saves; a respondent
with fewer than --min-saves saves goes on until it has them, so that a slow (debug) build still
shows every respondent saving and reading its result. Prints p50,
p90, p99 and the maximum latency of each kind of request and the throughput.

With --database the server keeps its data in a new schema of that PostgreSQL database instead of a
SQLite file (Tests/Load/load_database.py); with --servers N, N `kader serve` processes share the
database, as behind a load balancer, and each respondent's requests go to them in turn.

Afterwards the servers are killed with SIGKILL (no shutdown code runs) and the database is read back
(sqlite3, or psql): every answer the server acknowledged must be there, with the value, note and
revision of its last acknowledged save, and each scan's revision must equal the number of saves it
acknowledged. Any error response or lost answer fails the run (exit 1). The latency targets (p99 save
< 50 ms, p99 result page < 150 ms on the 2-core machine, release build) fail the run only with
--enforce-targets: CI runs this on a debug build on a shared machine, where only correctness counts.
"""

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Browser"))

import yaml  # noqa: E402
from http_client import Connection  # noqa: E402
from kader_server import KaderServer, free_port, kader_binary  # noqa: E402
from load_database import PostgresData, SQLiteData, stored  # noqa: E402

FRAMEWORK = "moskeeonderwijs"
SAVE_P99_TARGET_MS = 50
RESULT_P99_TARGET_MS = 150


def scale_questions(root):
    """(question id, option ids) of every question on an answer scale, in framework order."""
    with open(os.path.join(root, "Frameworks", FRAMEWORK + ".yaml"), encoding="utf-8") as f:
        framework = yaml.safe_load(f)
    scales = {s["id"]: s["options"] for s in framework["scales"]}

    def offered(question):
        # A question's `allow` leaves out "weet niet" or "n.v.t." (docs/framework-format.md); the server
        # refuses what it leaves out, so a respondent never picks it.
        allowed = set(question.get("allow", ["unknown", "not_applicable"]))
        return [o["id"] for o in scales[question["scale"]] if o.get("role") is None or o["role"] in allowed]

    return [(q["id"], offered(q)) for d in framework["domains"] for q in d["questions"] if "scale" in q]


class Respondent:
    """One person with one scan; remembers what the server acknowledged."""

    def __init__(self, number, token):
        self.number = number
        self.token = token
        self.acknowledged = {}   # question id -> (option, note, revision)
        self.saves = 0
        self.results = 0


class Figures:
    def __init__(self):
        self.save_ms = []
        self.result_ms = []
        self.errors = []

    def error(self, text):
        if len(self.errors) < 20:
            self.errors.append(text)
        else:
            self.errors.append(None)


async def create_scan(host, port, number):
    connection = Connection(host, port)
    try:
        status, headers, _ = await connection.request("POST", "/scans", {"framework": FRAMEWORK})
        match = re.fullmatch(r"/s/([0-9a-f]{32})/start", headers.get("location", ""))
        if status != 303 or not match:
            raise RuntimeError(f"POST /scans answered {status} {headers.get('location')}")
        return Respondent(number, match.group(1))
    finally:
        await connection.close()


async def respond(host, ports, respondent, questions, deadline, result_every, min_saves, pace, figures):
    connections = [Connection(host, port) for port in ports]
    requests = 0

    def next_connection():
        nonlocal requests
        requests += 1
        return connections[(respondent.number + requests) % len(connections)]

    try:
        if pace:  # people do not all start in the same millisecond
            await asyncio.sleep(random.uniform(0, pace))
        while time.monotonic() < deadline or respondent.saves < min_saves:
            question, options = questions[respondent.saves % len(questions)]
            option = options[(respondent.number + respondent.saves // len(questions)) % len(options)]
            note = f"respondent {respondent.number}, opslag {respondent.saves}: ‘{option}’ & <ok>"
            previous = respondent.acknowledged.get(question, (None, None, 0))[2]
            form = {"question": question, f"answer.{question}": option, f"note.{question}": note,
                    f"rev.{question}": str(previous)}
            started = time.perf_counter()
            status, _, body = await next_connection().request("POST", f"/s/{respondent.token}/answer", form)
            figures.save_ms.append((time.perf_counter() - started) * 1000)
            reply = json.loads(body) if status == 200 else {}
            if status != 200 or reply.get("saved") is not True:
                figures.error(f"save {question}={option}: {status} {body[:200]!r}")
                return
            respondent.acknowledged[question] = (option, note, reply["revision"])
            respondent.saves += 1
            if pace:  # a person reads the next question before answering it: 0.5 to 1.5 times the pace
                await asyncio.sleep(random.uniform(0.5 * pace, 1.5 * pace))
            if respondent.saves % result_every == 0:
                started = time.perf_counter()
                status, _, body = await next_connection().request("GET", f"/s/{respondent.token}/result")
                figures.result_ms.append((time.perf_counter() - started) * 1000)
                if status != 200 or b'id="report"' not in body:
                    figures.error(f"result page: {status} {body[:200]!r}")
                    return
                respondent.results += 1
    except Exception as error:  # a dropped connection is an error of the run, not of the test
        figures.error(f"respondent {respondent.number}: {type(error).__name__}: {error}")
    finally:
        for connection in connections:
            await connection.close()


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def summary(name, values, seconds):
    return (f"{name:<12} {len(values):>7} requests  {len(values) / seconds:>8.1f}/s  "
            f"p50 {percentile(values, 0.50):6.1f} ms  p90 {percentile(values, 0.90):6.1f} ms  "
            f"p99 {percentile(values, 0.99):6.1f} ms  max {max(values, default=float('nan')):6.1f} ms")


def check_database(data, respondents):
    """Every acknowledged answer is in the database as last acknowledged; returns the problems."""
    problems = []
    scans, answers = stored(data)
    for respondent in respondents:
        if respondent.token not in scans:
            problems.append(f"scan {respondent.token} is missing")
            continue
        scan_id, revision = scans[respondent.token]
        if revision != respondent.saves:
            problems.append(f"scan {respondent.number}: revision {revision}, but {respondent.saves} saves acknowledged")
        kept = answers.get(scan_id, {})
        for question, (option, note, answer_revision) in respondent.acknowledged.items():
            found = kept.get(question)
            if found is None:
                problems.append(f"scan {respondent.number}: acknowledged answer to {question} is missing")
            elif yaml.safe_load(found[0]) != option or found[1] != note or found[2] != answer_revision:
                problems.append(f"scan {respondent.number}: {question} holds {found}, acknowledged {option!r} rev {answer_revision}")
        if len(kept) != len(respondent.acknowledged):
            problems.append(f"scan {respondent.number}: {len(kept)} answers stored, {len(respondent.acknowledged)} acknowledged")
    return problems


async def create_scans(port, count):
    return await asyncio.gather(*(create_scan("127.0.0.1", port, n) for n in range(count)))


def run_wrk(arguments, server, respondents, questions, work):
    """The same load from wrk (C, two threads): saves, then result pages; returns its figures per mode."""
    plan = os.path.join(work, "wrk-plan.txt")
    with open(plan, "w", encoding="utf-8") as f:
        f.write("\n".join(r.token for r in respondents) + "\n--\n")
        f.write("\n".join(" ".join([q, *options]) for q, options in questions) + "\n")
    figures = {}
    for mode in ("save", "result"):
        done = subprocess.run(["wrk", "-t2", f"-c{arguments.respondents}", f"-d{int(arguments.duration)}s", "--latency",
                               "-s", os.path.join(HERE, "serve_wrk.lua"), server.base_url, "--", plan, mode],
                              capture_output=True, text=True, timeout=arguments.duration + 120)
        line = next((l for l in done.stdout.splitlines() if l.startswith(f"wrk {mode}:")), None)
        if done.returncode != 0 or line is None:
            raise RuntimeError(f"wrk {mode} failed ({done.returncode}): {done.stdout[-500:]} {done.stderr[-500:]}")
        words = line.split(":", 1)[1].split()
        figures[mode] = {words[i]: float(words[i + 1]) for i in range(0, len(words), 2)}
        if done.stderr.strip():
            print(done.stderr.strip())
    return figures


def check_wrk_counts(data, respondents, acknowledged):
    """Each acknowledged save raised its scan's revision by one in the same transaction: count them."""
    scans, _ = stored(data)
    total = sum(scans.get(r.token, (0, 0))[1] for r in respondents)
    if total < acknowledged:
        return [f"wrk: {acknowledged} saves acknowledged, the scans' revisions add up to {total}"]
    return []


async def run(arguments, servers):
    questions = scale_questions(ROOT)
    respondents = await create_scans(servers[0].port, arguments.respondents)
    figures = Figures()
    started = time.monotonic()
    deadline = started + arguments.duration
    await asyncio.gather(*(respond("127.0.0.1", [server.port for server in servers], r, questions, deadline, arguments.result_every,
                                   arguments.min_saves, arguments.pace, figures)
                           for r in respondents))
    return respondents, figures, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kader", help="the kader binary (default: $KADER or .build/debug/kader)")
    parser.add_argument("--respondents", type=int, default=100)
    parser.add_argument("--duration", type=float, default=20, help="seconds of load")
    parser.add_argument("--result-every", type=int, default=10, help="fetch the result page after this many saves")
    parser.add_argument("--min-saves", type=int, default=10,
                        help="each respondent goes on past --duration until it has this many saves (default 10)")
    parser.add_argument("--pace", type=float, default=0,
                        help="seconds a respondent takes per answer (0: save again at once, the server's saturation)")
    parser.add_argument("--enforce-targets", action="store_true", help="fail when a p99 misses its target")
    parser.add_argument("--wrk", action="store_true", help="also measure with wrk (Tests/Load/serve_wrk.lua)")
    parser.add_argument("--keep", help="keep the data directory and server log in this directory")
    parser.add_argument("--database", help="a PostgreSQL URL: the server keeps its data in a new schema there (dropped afterwards)")
    parser.add_argument("--servers", type=int, default=1, help="kader serve processes on the same database (default 1)")
    arguments = parser.parse_args()

    binary = os.path.abspath(arguments.kader) if arguments.kader else kader_binary(ROOT)
    work = arguments.keep or tempfile.mkdtemp(prefix="kader-load-")
    os.makedirs(work, exist_ok=True)
    data = PostgresData(arguments.database) if arguments.database else SQLiteData(work)
    servers = [KaderServer(binary, os.path.join(work, "data"), free_port(), os.path.join(work, f"server-{n}.log"),
                           data.server_args()) for n in range(max(arguments.servers, 1))]
    wrk_figures, wrk_respondents = None, []
    try:
        for server in servers:
            server.start()
        respondents, figures, seconds = asyncio.run(run(arguments, servers))
        if arguments.wrk:
            wrk_respondents = asyncio.run(create_scans(servers[0].port, arguments.respondents))
            wrk_figures = run_wrk(arguments, servers[0], wrk_respondents, scale_questions(ROOT), work)
    finally:
        for server in servers:
            if server.process is not None:
                server.kill()
    problems = check_database(data, respondents)
    if wrk_figures:
        problems += check_wrk_counts(data, wrk_respondents, int(wrk_figures["save"]["acknowledged"]))
        for mode, name in (("save", "save answer"), ("result", "result page")):
            f = wrk_figures[mode]
            print(f"wrk {name:<12} {int(f['requests']):>7} requests  {f['requests'] / f['seconds']:>8.1f}/s  "
                  f"p50 {f['p50_ms']:6.1f} ms  p90 {f['p90_ms']:6.1f} ms  p99 {f['p99_ms']:6.1f} ms  max {f['max_ms']:6.1f} ms  "
                  f"failed {int(f['failed'])} socket errors {int(f['socket_errors'])}")
            if f["failed"] or f["socket_errors"]:
                figures.error(f"wrk {mode}: {int(f['failed'])} failed replies, {int(f['socket_errors'])} socket errors")
    if not arguments.keep:
        data.remove()

    saves = sum(r.saves for r in respondents)
    print(f"kader serve under load: {arguments.respondents} respondents, {seconds:.1f} s, {len(servers)} server(s), "
          f"{data.name}, {binary}")
    print(summary("save answer", figures.save_ms, seconds))
    print(summary("result page", figures.result_ms, seconds))
    print(f"acknowledged saves {saves}, answers checked in the database after SIGKILL: "
          f"{sum(len(r.acknowledged) for r in respondents)}, problems {len(problems)}, errors {len(figures.errors)}")
    failed = False
    for error in figures.errors:
        print("error:", error if error is not None else "(more errors left out)")
        failed = True
    for problem in problems[:20]:
        print("lost:", problem)
        failed = True
    if saves == 0 or not figures.result_ms:
        print("error: no save or no result page was acknowledged")
        failed = True
    save_p99, result_p99 = percentile(figures.save_ms, 0.99), percentile(figures.result_ms, 0.99)
    verdict = (f"targets: p99 save {save_p99:.1f} ms (< {SAVE_P99_TARGET_MS}), "
               f"p99 result page {result_p99:.1f} ms (< {RESULT_P99_TARGET_MS})")
    missed = save_p99 >= SAVE_P99_TARGET_MS or result_p99 >= RESULT_P99_TARGET_MS
    print(verdict + (": missed" if missed else ": met"))
    if missed and arguments.enforce_targets:
        failed = True
    if not arguments.keep:
        shutil.rmtree(work, ignore_errors=True)
    print("load:", "0 passed, 1 failed" if failed else "1 passed, 0 failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
