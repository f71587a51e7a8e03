#!/usr/bin/env python3
"""Count the test cases of the last `meson test` run.

    python3 build-aux/count-tests.py BUILDDIR

Reads BUILDDIR/meson-logs/testlog.json (one JSON object per test program:
"name", "result", "stdout", "command", ...) and the protocol of each test
from BUILDDIR/meson-info/intro-tests.json, then prints, as its last line,

    N passed, N failed

followed by ", N skipped" when some were skipped.

- A TAP test program (GTest run with --tap) counts its own results: each
  "ok" line is a pass ("ok ... # SKIP" a skip), each "not ok" line a failure
  ("not ok ... # TODO" a skip: g_test_incomplete). A program that meson
  judged a failure (FAIL, ERROR, TIMEOUT, ...) but that printed no
  "not ok" line crashed, or stopped early: it counts one more failure.
  A program skipped as a whole ("1..0 # SKIP") counts one skip.
- Any other test (protocol exitcode) counts as one pass, one failure or one
  skip, by meson's result.

Exits 0 when at least one test case ran and none failed, 1 otherwise.
"""

import json
import os
import re
import sys

PASS_RESULTS = {"OK", "EXPECTEDFAIL"}
SKIP_RESULTS = {"SKIP"}
# Anything else (FAIL, ERROR, TIMEOUT, UNEXPECTEDPASS, INTERRUPT, ...) fails.

# Only lines at the start of a line: indented lines belong to a subtest,
# which the enclosing test already summarises.
TAP_RESULT = re.compile(r"^(not ok|ok)\b(.*)$")
TAP_PLAN = re.compile(r"^\d+\.\.\d+")
# "# SKIP" / "# TODO" directive (case-insensitive, "skipped" too); an escaped
# "\#" is part of the description.
TAP_DIRECTIVE = re.compile(r"(?<!\\)#\s*(skip|todo)", re.IGNORECASE)


def read_protocols(builddir):
    """Maps test name to protocol ("tap", "exitcode", ...), where known."""
    path = os.path.join(builddir, "meson-info", "intro-tests.json")
    try:
        with open(path, encoding="utf-8") as f:
            tests = json.load(f)
    except (OSError, ValueError):
        return {}
    protocols = {}
    for t in tests:
        name = t.get("name")
        protocol = t.get("protocol", "exitcode")
        protocols.setdefault(name, protocol)
        # testlog.json names a test "project:suite / name" when the project
        # has several suites (mtest's get_pretty_suite).
        suites = t.get("suite") or []
        if suites:
            project = suites[0].split(":", 1)[0]
            parts = "+".join(s.split(":", 1)[1] if ":" in s else "" for s in suites)
            protocols[f"{project}:{parts} / {name}" if parts else f"{project} / {name}"] = protocol
    return protocols


def protocol_of(protocols, name, entry):
    protocol = protocols.get(name)
    if protocol is None and " / " in name:
        protocol = protocols.get(name.rsplit(" / ", 1)[1])
    if protocol is None:
        protocol = "tap" if looks_like_tap(entry) else "exitcode"
    return protocol


def looks_like_tap(entry):
    if "--tap" in (entry.get("command") or []):
        return True
    for line in (entry.get("stdout") or "").splitlines():
        if TAP_PLAN.match(line):
            return True
    return False


def count_tap(stdout, result):
    """Returns (passed, failed, skipped) for one TAP test program."""
    passed = failed = skipped = 0
    for line in stdout.splitlines():
        line = line.rstrip("\r")
        m = TAP_RESULT.match(line)
        if not m:
            continue
        status, rest = m.groups()
        directive = TAP_DIRECTIVE.search(rest)
        kind = directive.group(1).lower() if directive else None
        if status == "ok":
            if kind == "skip":
                skipped += 1
            else:
                # "ok ... # TODO" is an unexpected pass; TAP counts it as ok.
                passed += 1
        else:
            if kind in ("skip", "todo"):
                skipped += 1
            else:
                failed += 1

    if result in SKIP_RESULTS and passed == failed == 0:
        skipped = max(skipped, 1)
    elif result not in PASS_RESULTS and result not in SKIP_RESULTS and failed == 0:
        # Crashed, timed out, bailed out, or ran fewer tests than planned.
        failed = 1
    return passed, failed, skipped


def count_plain(result):
    if result in PASS_RESULTS:
        return 1, 0, 0
    if result in SKIP_RESULTS:
        return 0, 0, 1
    return 0, 1, 0


def main(argv):
    if len(argv) != 2:
        print("usage: count-tests.py BUILDDIR", file=sys.stderr)
        return 2
    builddir = argv[1]
    logpath = os.path.join(builddir, "meson-logs", "testlog.json")
    protocols = read_protocols(builddir)

    entries = []
    try:
        with open(logpath, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    entries.append(json.loads(line))
                except ValueError as e:
                    print(f"{logpath}:{lineno}: unreadable entry: {e}", file=sys.stderr)
                    entries.append({"name": f"<line {lineno}>", "result": "ERROR"})
    except OSError as e:
        print(f"no test log ({e}): meson test did not run", file=sys.stderr)

    total_passed = total_failed = total_skipped = 0
    failures = []
    for entry in entries:
        name = entry.get("name", "?")
        result = entry.get("result", "ERROR")
        protocol = protocol_of(protocols, name, entry)
        if protocol == "tap":
            passed, failed, skipped = count_tap(entry.get("stdout") or "", result)
        else:
            passed, failed, skipped = count_plain(result)
        if failed:
            failures.append(f"{name} ({result}, {failed} failed)")
        total_passed += passed
        total_failed += failed
        total_skipped += skipped

    if failures:
        print("Failed: " + "; ".join(failures))
    if total_passed + total_failed == 0:
        print("No test ran.")

    summary = f"{total_passed} passed, {total_failed} failed"
    if total_skipped:
        summary += f", {total_skipped} skipped"
    print(summary)
    return 0 if total_failed == 0 and total_passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
