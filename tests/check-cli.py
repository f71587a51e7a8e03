#!/usr/bin/env python3
# The headless command line and the CSV it writes, read back with Python's
# csv module (a real CSV parser) and compared with the plan's JSON.
#
# Usage: check-cli.py PATH/TO/cchc-planner SOURCE_ROOT
# Prints TAP.

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile

program, source_root = sys.argv[1], sys.argv[2]
sample_path = os.path.join(source_root, "data", "sample-plan-2022.json")
good_path = os.path.join(source_root, "tests", "data", "good-plan.json")
bad_dir = os.path.join(source_root, "tests", "data", "bad-plans")

results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))


def run(*args, language="vi"):
    env = dict(os.environ, LANGUAGE=language)
    return subprocess.run([program, *args], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    return raw, list(csv.reader(io.StringIO(text[1:] if text.startswith("\ufeff") else text,
                                            newline="")))


with open(sample_path, encoding="utf-8") as f:
    sample = json.load(f)
units = {u["id"]: u["name"] for u in sample["units"]}
plan = sample["plan"]

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "cli.db")

    # Import, then export the same plan as JSON: the data comes back.
    out_json = os.path.join(tmp, "out.json")
    r = run("--database", db, "--import", sample_path, "--export-json", out_json)
    check("import and export JSON exit 0", r.returncode == 0, r.stderr)
    with open(out_json, encoding="utf-8") as f:
        exported = json.load(f)
    check("exported JSON equals the sample", exported == sample)

    # Tasks CSV: BOM, CRLF, Vietnamese header, every row of the table.
    tasks_csv = os.path.join(tmp, "tasks.csv")
    r = run("--database", db, "--export-csv", tasks_csv, "--what", "tasks", "--plan", "2022")
    check("export tasks CSV exit 0", r.returncode == 0, r.stderr)
    raw, rows = read_csv(tasks_csv)
    check("CSV starts with a UTF-8 BOM", raw.startswith(b"\xef\xbb\xbf"))
    check("CSV lines end with CRLF", raw.count(b"\r\n") >= len(rows) and b"\n" not in raw.replace(b"\r\n", b""))
    check("tasks header in Vietnamese",
          rows[0] == ["Lĩnh vực", "STT", "Nhiệm vụ cụ thể", "Sản phẩm", "Đơn vị chủ trì",
                      "Đơn vị phối hợp", "Thời gian thực hiện", "Thời hạn"], rows[0])
    expected = []
    for a, area in enumerate(plan["areas"], 1):
        number = 0
        for task in area["tasks"]:
            if task.get("numbered", True):
                number += 1
            expected.append([
                f"{a}. {area['title']}",
                f"{a}.{number}" if task.get("numbered", True) else "",
                task["text"],
                task["product"],
                units.get(task["lead_unit"], ""),
                "; ".join(units[u] for u in task["cooperating_units"]),
            ])
    got = [row[:6] for row in rows[1:]]
    check("24 task rows", len(got) == 24, len(got))
    for i, (e, g) in enumerate(zip(expected, got)):
        check(f"task row {i + 1} ({e[1] or 'unnumbered'}) matches the plan", e == g, f"{e} != {g}")
    timeframes = {row[1]: row[6] for row in rows[1:]}
    check("timeframe text of 6.3", timeframes.get("6.3") == "Quý I/2022 và thường xuyên",
          timeframes.get("6.3"))
    check("due date of 2.1 is the end of quarter I",
          [row[7] for row in rows[1:] if row[1] == "2.1"] == ["31/03/2022"])

    # KPIs and activities.
    kpis_csv = os.path.join(tmp, "kpis.csv")
    r = run("--database", db, "--export-csv", kpis_csv, "--what", "kpis")
    _, rows = read_csv(kpis_csv)
    check("KPI CSV has every KPI in order",
          r.returncode == 0 and [row[1] for row in rows[1:]] == [k["text"] for k in plan["kpis"]])
    check("KPI target written for documents", rows[5][2] == "> 95%" if len(rows) > 5 else False,
          rows)
    activities_csv = os.path.join(tmp, "activities.csv")
    r = run("--database", db, "--export-csv", activities_csv, "--what", "activities")
    _, rows = read_csv(activities_csv)
    check("activity CSV has every activity in order",
          r.returncode == 0 and
          [row[2] for row in rows[1:]] == [a["description"] for a in plan["activities"]])
    check("activity quantities",
          [row[3] for row in rows[1:]] ==
          [str(a["quantity"]) if a["quantity"] else "" for a in plan["activities"]])

    # English header when the interface is in English.
    r = run("--database", db, "--export-csv", kpis_csv, "--what", "kpis", language="en")
    _, rows = read_csv(kpis_csv)
    check("header follows the interface language", rows[0] == ["No.", "KPI", "Target"], rows[0])

    # Quotes, commas and line breaks survive the round trip through CSV.
    with open(good_path, encoding="utf-8") as f:
        good = json.load(f)
    tricky = 'Văn bản có "ngoặc kép", dấu phẩy,\r\nvà xuống dòng; \'; DROP TABLE task; --'
    good["plan"]["areas"][0]["tasks"][0]["text"] = tricky
    tricky_json = os.path.join(tmp, "tricky.json")
    with open(tricky_json, "w", encoding="utf-8") as f:
        json.dump(good, f, ensure_ascii=False)
    tricky_csv = os.path.join(tmp, "tricky.csv")
    r = run("--database", os.path.join(tmp, "tricky.db"), "--import", tricky_json,
            "--export-csv", tricky_csv, "--what", "tasks")
    _, rows = read_csv(tricky_csv)
    check("quotes, commas and line breaks read back verbatim",
          r.returncode == 0 and len(rows) == 2 and rows[1][2] == tricky, rows)

    # Errors: non-zero exit, a message on stderr naming the place, nothing changed.
    before = sha256(db)
    r = run("--database", db, "--import", os.path.join(bad_dir, "unknown-lead-unit.json"))
    check("bad import exits non-zero", r.returncode != 0)
    check("bad import names file and path on stderr",
          "unknown-lead-unit.json: plan.areas[0].tasks[0].lead_unit" in r.stderr, r.stderr)
    check("bad import leaves the database unchanged", sha256(db) == before)
    r = run("--database", db, "--import", sample_path)
    check("importing the same plan twice is refused", r.returncode != 0 and "đã có" in r.stderr,
          r.stderr)
    r = run("--database", db, "--import", sample_path, "--replace")
    check("--replace imports it again", r.returncode == 0, r.stderr)
    r = run("--database", db, "--export-csv", tasks_csv, "--what", "people")
    check("unknown --what is refused", r.returncode != 0 and "--what" in r.stderr, r.stderr)
    r = run("--database", db, "--export-json", out_json, "--plan", "1999")
    check("unknown --plan is refused and lists the plans",
          r.returncode != 0 and "1999" in r.stderr and "2022" in r.stderr, r.stderr)
    # Two plans of 2022: the year names neither, the UUID does.
    with open(good_path, encoding="utf-8") as f:
        good_uuid = json.load(f)["plan"]["id"]
    r = run("--database", db, "--import", good_path)
    check("a second plan of 2022 is imported", r.returncode == 0, r.stderr)
    r = run("--database", db, "--export-json", out_json, "--plan", "2022")
    check("--plan YEAR with two plans of that year is refused and lists them",
          r.returncode != 0 and "nhiều kế hoạch" in r.stderr and good_uuid in r.stderr, r.stderr)
    r = run("--database", db, "--export-json", out_json, "--plan", good_uuid)
    with open(out_json, encoding="utf-8") as f:
        check("--plan UUID picks that plan",
              r.returncode == 0 and json.load(f)["plan"]["id"] == good_uuid, r.stderr)
    missing_db = os.path.join(tmp, "missing", "dir", "x.db")
    r = run("--database", missing_db, "--export-json", out_json)
    check("an export from a database that does not exist is refused",
          r.returncode != 0 and "không tồn tại" in r.stderr, r.stderr)
    check("… and makes neither the database nor its folders",
          not os.path.exists(os.path.join(tmp, "missing")))
    empty_db = os.path.join(tmp, "empty.db")
    open(empty_db, "w").close()
    r = run("--database", empty_db, "--export-json", out_json)
    check("an empty database has no plan to export",
          r.returncode != 0 and "chưa có kế hoạch" in r.stderr, r.stderr)
    not_db = os.path.join(tmp, "not-a-db.db")
    with open(not_db, "w") as f:
        f.write("hello")
    r = run("--database", not_db, "--export-json", out_json)
    check("a file that is not a database gives its error",
          r.returncode != 0 and "không phải là cơ sở dữ liệu" in r.stderr, r.stderr)

    # --sample loads the sample plan into an empty database.
    sample_db = os.path.join(tmp, "sample.db")
    r = run("--database", sample_db, "--sample", "--export-json", out_json)
    with open(out_json, encoding="utf-8") as f:
        check("--sample loads the sample plan", r.returncode == 0 and json.load(f) == sample,
              r.stderr)

print(f"1..{len(results)}")
for i, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} {name}")
    if not ok and detail != "":
        for line in str(detail).splitlines() or [""]:
            print(f"# {line}")
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
