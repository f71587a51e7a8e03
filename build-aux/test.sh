#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test
# suite (under xvfb-run when there is no display). The last line printed is
#
#   N passed, N failed[, N skipped]
#
# counting individual test cases (see build-aux/count-tests.py). Exits
# non-zero when a test failed or when no test ran. Extra arguments go to
# `meson test` (e.g. --suite core, or a test name).

set -euo pipefail

here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source=build-aux/setup.sh
source "$here/setup.sh"

if ! (cchc_setup); then
    echo "The set-up or the build failed: no test was run." >&2
    echo "0 passed, 1 failed"
    exit 1
fi

testlog=$cchc_builddir/meson-logs/testlog.json
rm -f "$testlog"

runner=()
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    cchc_log "no display: running the tests under xvfb-run"
    runner=(xvfb-run -a -s "-screen 0 1600x1200x24")
fi
if ! cchc_have_session_bus && command -v dbus-run-session >/dev/null 2>&1; then
    runner+=(dbus-run-session --)
fi

# Under the sanitizers (CCHC_SANITIZE=1, see setup.sh): any error fails its
# test; leaks are not looked for (GTK keeps some of its memory to the end).
if [[ ${CCHC_SANITIZE:-} == 1 ]]; then
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
fi

status=0
"${runner[@]}" meson test -C "$cchc_builddir" --print-errorlogs "$@" || status=$?

cchc_log "UI screenshots: $cchc_builddir/tests/*.png"

# Prints the closing line; exits non-zero on a failed or missing test.
python3 "$here/count-tests.py" "$cchc_builddir" || status=1
exit "$status"
