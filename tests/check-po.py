#!/usr/bin/env python3
"""Check the translations: run by `meson test` (suite "po").

    python3 tests/check-po.py SOURCE_ROOT

1. po/POTFILES.in is complete: every file under app/, ui/ and resources/
   that holds translatable strings is listed, and every listed file exists.
2. `msgfmt --check --statistics` accepts each po/LANG.po (LANG from
   po/LINGUAS) and finds no fuzzy and no untranslated message.
3. Every message that xgettext extracts from the files of POTFILES.in (run
   the way meson's `cchc-planner-pot` target runs it) has a translation in
   each po/LANG.po that is neither empty nor fuzzy.

Exit status: 0 when all holds, 1 when something does not (each problem is
printed), 77 (skipped) when the gettext tools are missing.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

PACKAGE = "cchc-planner"
SCANNED_DIRS = ("app", "ui", "resources")

# Translatable strings in C: _("..."), N_("..."), C_("ctx", "..."),
# NC_(...), and the plural functions.
C_MARKERS = re.compile(
    r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_)\s*\(\s*"'
    r'|(?<![A-Za-z0-9_])(?:ngettext|g_dngettext|g_dgettext|g_dcgettext'
    r'|g_dpgettext2?|dgettext|dngettext|gettext)\s*\(')
# GtkBuilder (.ui) and other XML: translatable="yes".
XML_MARKERS = re.compile(r'translatable\s*=\s*["\'](?:yes|true|1)["\']')
# Files that hold translatable text by their very nature (xgettext reads
# them with its Desktop language or ITS rules; meson merges the translations
# back with msgfmt --desktop / --xml).
ALWAYS_TRANSLATABLE = re.compile(
    r'\.desktop(\.in)*$|\.metainfo\.xml(\.in)*$|\.appdata\.xml(\.in)*$'
    r'|\.gschema\.xml(\.in)*$|\.policy(\.in)*$')

# Arguments of meson's i18n.gettext(preset: 'glib'), as the pot target
# passes them to xgettext.
XGETTEXT_ARGS = [
    "-k_",
    "--from-code=UTF-8",
    "--add-comments",
    "--keyword=_",
    "--keyword=N_",
    "--keyword=C_:1c,2",
    "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2",
    "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format",
    "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format",
    "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format",
    "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format",
    "--flag=g_snprintf:3:c-format",
]

problems = []


def problem(text):
    problems.append(text)
    print("PROBLEM: " + text)


def tool_env():
    env = dict(os.environ)
    # English, parseable messages from the gettext tools.
    env["LC_ALL"] = "C"
    env.pop("LANGUAGE", None)
    return env


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, env=tool_env(), capture_output=True,
                          text=True, encoding="utf-8", errors="replace")


def read_list(path):
    """Non-empty, non-comment lines of POTFILES.in or LINGUAS."""
    items = []
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        problem(f"cannot read {path}: {e.strerror}")
        return items
    with f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("["):
                items.append(line)
    return items


def has_translatable_strings(path):
    name = os.path.basename(path)
    if ALWAYS_TRANSLATABLE.search(name):
        return True
    if not re.search(r"\.(c|h|ui|xml|in)$", name):
        return False
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        return False
    if name.endswith((".c", ".h")):
        return bool(C_MARKERS.search(text))
    return bool(XML_MARKERS.search(text))


def check_potfiles(srcdir, listed):
    for rel in listed:
        if not os.path.isfile(os.path.join(srcdir, rel)):
            problem(f"po/POTFILES.in lists {rel}, which does not exist")
    listed_set = set(listed)
    for top in SCANNED_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(srcdir, top)):
            dirnames.sort()
            for filename in sorted(filenames):
                path = os.path.join(dirpath, filename)
                rel = os.path.relpath(path, srcdir).replace(os.sep, "/")
                if rel not in listed_set and has_translatable_strings(path):
                    problem(f"{rel} has translatable strings but is not in po/POTFILES.in")


def msgfmt_statistics(srcdir, po):
    r = run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po])
    out = (r.stdout + r.stderr).strip()
    name = os.path.relpath(po, srcdir).replace(os.sep, "/")
    if r.returncode != 0:
        problem(f"msgfmt --check rejects {name}:\n{out}")
        return
    print(f"{name}: {out}")
    fuzzy = re.search(r"(\d+) fuzzy translation", out)
    untranslated = re.search(r"(\d+) untranslated message", out)
    if fuzzy and int(fuzzy.group(1)):
        problem(f"{name} has {fuzzy.group(1)} fuzzy translations")
    if untranslated and int(untranslated.group(1)):
        problem(f"{name} has {untranslated.group(1)} untranslated messages")


def entries_of(po_text):
    """Splits msgattrib output into entries (blocks), header left out."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", po_text) if b.strip()]
    # The header is the entry whose msgid is empty.
    return [b for b in blocks if not re.search(r'^msgid ""\nmsgstr', b, re.M)]


def check_extracted(srcdir, listed, podir, languages, tmpdir):
    existing = [rel for rel in listed if os.path.isfile(os.path.join(srcdir, rel))]
    if not existing:
        problem("po/POTFILES.in lists no existing file")
        return
    potfiles = os.path.join(tmpdir, "POTFILES")
    with open(potfiles, "w", encoding="utf-8") as f:
        f.write("\n".join(existing) + "\n")
    pot = os.path.join(tmpdir, PACKAGE + ".pot")
    r = run(["xgettext", "--package-name=" + PACKAGE, "-f", potfiles, "-D", srcdir,
             "-o", pot] + XGETTEXT_ARGS, cwd=srcdir)
    if r.returncode != 0:
        problem("xgettext failed:\n" + (r.stdout + r.stderr).strip())
        return
    if not os.path.exists(pot):
        # xgettext writes nothing when it finds no message at all.
        print("xgettext found no translatable message")
        return
    count = run(["msgattrib", "--no-obsolete", pot])
    print(f"xgettext extracted {len(entries_of(count.stdout))} messages "
          f"from {len(existing)} files")

    for lang in languages:
        po = os.path.join(podir, lang + ".po")
        if not os.path.isfile(po):
            continue
        merged = os.path.join(tmpdir, lang + ".po")
        r = run(["msgmerge", "--quiet", "--no-fuzzy-matching", "--no-wrap",
                 "-o", merged, po, pot])
        if r.returncode != 0:
            problem(f"msgmerge failed on po/{lang}.po:\n" + (r.stdout + r.stderr).strip())
            continue
        for what, option in (("no translation", "--untranslated"),
                             ("a fuzzy translation", "--only-fuzzy")):
            r = run(["msgattrib", option, "--no-obsolete", "--no-wrap", merged])
            if r.returncode != 0:
                problem(f"msgattrib {option} failed:\n" + r.stderr.strip())
                continue
            entries = entries_of(r.stdout)
            if entries:
                shown = "\n\n".join(entries[:40])
                more = f"\n... and {len(entries) - 40} more" if len(entries) > 40 else ""
                problem(f"{len(entries)} messages from the sources have {what} "
                        f"in po/{lang}.po:\n{shown}{more}")


def main(argv):
    if len(argv) != 2:
        print("usage: check-po.py SOURCE_ROOT", file=sys.stderr)
        return 2
    srcdir = os.path.abspath(argv[1])
    podir = os.path.join(srcdir, "po")

    missing = [t for t in ("xgettext", "msgfmt", "msgmerge", "msgattrib")
               if shutil.which(t) is None]
    if missing:
        print("skipped: gettext tools not found: " + ", ".join(missing))
        return 77

    listed = read_list(os.path.join(podir, "POTFILES.in"))
    languages = read_list(os.path.join(podir, "LINGUAS"))
    languages = [lang for item in languages for lang in item.split()]

    check_potfiles(srcdir, listed)

    for lang in languages:
        po = os.path.join(podir, lang + ".po")
        if not os.path.isfile(po):
            problem(f"po/LINGUAS names {lang}, but po/{lang}.po does not exist")
            continue
        msgfmt_statistics(srcdir, po)

    with tempfile.TemporaryDirectory(prefix="check-po-") as tmpdir:
        check_extracted(srcdir, listed, podir, languages, tmpdir)

    if problems:
        print(f"FAILED: {len(problems)} problems with the translations")
        return 1
    print(f"PASSED: translations complete for {', '.join(languages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
