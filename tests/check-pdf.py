#!/usr/bin/env python3
# The PDF documents of the sample plan, made by the headless command line
# and read back with poppler-utils: text present and in order, page sizes
# and counts, fonts embedded, the header block and the signature.
#
# Usage: check-pdf.py PATH/TO/cchc-planner
# Prints TAP.

import csv
import io
import os
import re
import subprocess
import sys
import tempfile

program = sys.argv[1]

# The numbered rows of Part IV of the seed plan (ke-hoach-cchc-2022.txt),
# in the seed's order; the single task of area 3 has no number there.
SEED_NUMBERS = ("1.1 1.2 1.3 1.4 2.1 2.2 4.1 4.2 4.3 4.4 5.1 5.2 5.3 "
                "6.1 6.2 6.3 6.4 6.5 6.6 6.7 6.8 7.1 7.2").split()

# Cells read off the seed's table, to check the CSV oracle itself.
SEED_ROWS = {
    "1.1": ("Thanh tra Sở", "Theo chỉ đạo của Bộ VHTTDL, UBND tỉnh"),
    "2.1": ("Văn phòng Sở", "Quý I/2022"),
    "7.2": ("Trung tâm Văn hóa Nghệ thuật tỉnh; Thư viện tỉnh", "Năm 2022"),
}

A4_PORTRAIT = (595.3, 841.9)
A4_LANDSCAPE = (841.9, 595.3)

results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))


def run(*args):
    env = dict(os.environ, LANGUAGE="vi")
    return subprocess.run([program, *args], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300)


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, timeout=120,
                          check=True).stdout


def page_sizes(path):
    info = tool("pdfinfo", "-f", "1", "-l", "9999", path)
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    return [(round(float(w), 1), round(float(h), 1)) for w, h in sizes]


def words(text):
    return " ".join(text.split())


def fonts(path):
    lines = tool("pdffonts", path).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def check_fonts(name, path):
    rows = fonts(path)
    check(f"{name}: has fonts", len(rows) > 0)
    # Columns from the right: object ID (2), uni, sub, emb.
    check(f"{name}: every font embedded", all(r[-5] == "yes" for r in rows),
          "\n".join(" ".join(r) for r in rows))
    check(f"{name}: the serif body font (Times New Roman or its metric twin)",
          all(re.search(r"LiberationSerif|TimesNewRoman", r[0]) for r in rows),
          "\n".join(r[0] for r in rows))


def read_csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))[1:]


def check_table_text(name, path, tasks):
    """Every task in order, each with its STT, lead unit and timeframe."""
    layout = tool("pdftotext", "-layout", path, "-")
    numbers = [m.group(1) for m in re.finditer(r"^\s*(\d+\.\d+)\s", layout, re.M)]
    check(f"{name}: -layout shows the seed's STT column in order",
          numbers == SEED_NUMBERS, f"got {numbers}")

    # Cells are top-aligned: a row's first line carries the first word of
    # its lead unit and of its timeframe beside the STT.
    lines = {m.group(1): m.group(0) for m in re.finditer(r"^\s*(\d+\.\d+)\s.*$", layout, re.M)}
    astray = [number for number, lead, timeframe in tasks
              if number and not all(part.split()[0] in lines.get(number, "")
                                    for part in (lead, timeframe) if part)]
    check(f"{name}: -layout shows each row's lead unit and timeframe on its STT's line",
          not astray, f"rows {astray}")

    # -raw keeps the drawing order: a row's cells one after the other.
    raw = words(tool("pdftotext", "-raw", path, "-"))
    position = 0
    missing = []
    for number, lead, timeframe in tasks:
        for part in (number, lead, timeframe):
            if not part:
                continue
            found = raw.find(words(part), position)
            if found < 0:
                missing.append(f"{number}: {part}")
                break
            position = found + len(words(part))
    check(f"{name}: each task's STT, lead unit and timeframe, in order", not missing,
          "\n".join(missing))


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "pdf.db")
    csv_path = os.path.join(tmp, "tasks.csv")
    r = run("--database", db, "--sample", "--export-csv", csv_path, "--what", "tasks")
    check("sample plan exported as CSV (the oracle)", r.returncode == 0, r.stderr)
    tasks = [(row[1], row[4], row[6]) for row in read_csv_rows(csv_path)]
    seen = {number: (lead, timeframe) for number, lead, timeframe in tasks}
    for number, (lead, timeframe) in SEED_ROWS.items():
        check(f"oracle row {number} agrees with the seed",
              number in seen and seen[number][0] == lead
              and seen[number][1].startswith(timeframe), str(seen.get(number)))

    pdfs = {}
    for what in ("table", "plan", "kpis", "activities"):
        pdfs[what] = os.path.join(tmp, f"{what}.pdf")
        r = run("--database", db, "--export-pdf", pdfs[what], "--what", what)
        check(f"--export-pdf --what {what} exits 0", r.returncode == 0, r.stderr)
        check(f"{what}: a PDF file", open(pdfs[what], "rb").read(5) == b"%PDF-")
        check_fonts(what, pdfs[what])

    # The implementation table: A4 landscape, four pages of the sample.
    sizes = page_sizes(pdfs["table"])
    check("table: every page A4 landscape", sizes and all(s == A4_LANDSCAPE for s in sizes),
          str(sizes))
    check("table: 3 to 5 pages", 3 <= len(sizes) <= 5, str(len(sizes)))
    check_table_text("table", pdfs["table"], tasks)
    pages = tool("pdftotext", "-layout", pdfs["table"], "-").split("\f")
    check("table: the header row on every page",
          all("Nhiệm vụ cụ thể" in p and "Thời gian thực hiện" in p
              for p in pages if p.strip()), "")

    # The whole plan: portrait text, landscape table pages, portrait end.
    sizes = page_sizes(pdfs["plan"])
    kinds = "".join("L" if s == A4_LANDSCAPE else "P" if s == A4_PORTRAIT else "?"
                    for s in sizes)
    check("plan: portrait pages, then landscape table pages, then portrait",
          re.fullmatch(r"P{3,}L{2,}P+", kinds) is not None, kinds)
    check_table_text("plan", pdfs["plan"], tasks)
    text = words(tool("pdftotext", "-layout", pdfs["plan"], "-"))
    for expected in ("UBND TỈNH HẬU GIANG", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: 05/KH-SVHTTDL", "Hậu Giang, ngày 05 tháng 01 năm 2022",
                     "KẾ HOẠCH", "Cải cách hành chính năm 2022", "I. MỤC TIÊU, CHỈ TIÊU",
                     "II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "2.1. Hoạt động cổ động trực quan",
                     "III. NHIỆM VỤ", "IV. KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC NĂM 2022",
                     "V. TỔ CHỨC THỰC HIỆN", "quý I (trước ngày 28/02)",
                     "báo cáo năm (trước ngày 07/11)", "Nơi nhận:", "- Sở Nội vụ;",
                     "GIÁM ĐỐC", "Lê Công Khanh"):
        check(f"plan: shows “{expected}”", expected in text)
    order = [text.find(s) for s in ("Căn cứ", "I. MỤC TIÊU", "II. CÔNG TÁC", "III. NHIỆM VỤ",
                                     "IV. KẾ HOẠCH", "V. TỔ CHỨC", "Nơi nhận:")]
    check("plan: parts in order", -1 not in order and order == sorted(order), str(order))
    # Part III names the areas that have words of their own; the sample's
    # propaganda area has none and is in the table (part IV) only.
    part3 = text[text.find("III. NHIỆM VỤ"):text.find("IV. KẾ HOẠCH")]
    check("plan: part III has the areas with text",
          "1. Cải cách thể chế" in part3 and "6. Xây dựng" in part3, part3[:200])
    check("plan: part III leaves out an area without text",
          "Công tác tuyên truyền CCHC" not in part3.split("6. Xây dựng")[-1],
          part3[-300:])

    # Page numbers: none on the first page, then 2, 3, … on top.
    pages = tool("pdftotext", "-layout", pdfs["plan"], "-").split("\f")
    tops = [p.strip().split("\n")[0].strip() for p in pages if p.strip()]
    check("plan: no page number on the first page", not tops[0].isdigit(), tops[0])
    check("plan: pages 2… numbered at the top",
          tops[1:] == [str(n) for n in range(2, len(tops) + 1)], str(tops))

    sizes = page_sizes(pdfs["kpis"])
    check("kpis: A4 portrait", sizes and all(s == A4_PORTRAIT for s in sizes), str(sizes))
    text = words(tool("pdftotext", "-raw", pdfs["kpis"], "-"))
    check("kpis: every KPI with its target",
          "Phấn đấu giải quyết trước và đúng hạn trên 95% hồ sơ TTHC" in text
          and "> 95%" in text, text[:300])

    sizes = page_sizes(pdfs["activities"])
    check("activities: A4 landscape", sizes and all(s == A4_LANDSCAPE for s in sizes),
          str(sizes))
    text = words(tool("pdftotext", "-raw", pdfs["activities"], "-"))
    for expected in ("Băng rôn", "10 băng rol", "06 pano", "2m x 3m", "Thi hỏi – đáp"):
        check(f"activities: shows “{expected}”", expected in text)

    # Errors: a clear message, a non-zero status, nothing written.
    r = run("--database", db, "--export-pdf", os.path.join(tmp, "x.pdf"), "--what", "report")
    check("--what report is refused", r.returncode != 0 and "--what" in r.stderr, r.stderr)
    check("nothing written for a refused --what", not os.path.exists(os.path.join(tmp, "x.pdf")))
    missing_dir = os.path.join(tmp, "no", "such", "dir", "x.pdf")
    r = run("--database", db, "--export-pdf", missing_dir, "--what", "table")
    check("an unwritable path fails with a message", r.returncode != 0 and r.stderr.strip(),
          r.stderr)
    old = os.path.join(tmp, "old.pdf")
    with open(old, "wb") as f:
        f.write(b"old content")
    r = run("--database", db, "--export-pdf", old, "--what", "nonsense")
    check("a failed export leaves an existing file as it was",
          open(old, "rb").read() == b"old content")

print(f"1..{len(results)}")
for i, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok and detail:
        for line in str(detail).splitlines()[:20]:
            print(f"#   {line}")
