#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh (meant to be sourced by them, or run on
# its own):
#   1. install the missing build dependencies (Debian/Ubuntu, apt-get; through
#      sudo when not root),
#   2. configure the build folder _build in the repository root (warnings are
#      errors when CI=true),
#   3. build.
# Safe to run again: a second run installs nothing, keeps the configured
# folder and lets ninja rebuild only what changed.
#
# Environment:
#   CCHC_BUILD_DIR    build folder (default: _build in the repository root)
#   CCHC_SKIP_DEPS=1  do not check or install packages
#   CCHC_SANITIZE=1   build with AddressSanitizer and UBSan, in a folder of
#                     its own (default: _build-sanitize)
#   CI=true           configure with --werror

set -euo pipefail

cchc_srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cchc_meson_args=()
if [[ ${CCHC_SANITIZE:-} == 1 ]]; then
    cchc_builddir=${CCHC_BUILD_DIR:-$cchc_srcdir/_build-sanitize}
    # b_lundef=false: the sanitizers' runtime is linked into the programs.
    cchc_meson_args=(-Db_sanitize=address,undefined -Db_lundef=false)
else
    cchc_builddir=${CCHC_BUILD_DIR:-$cchc_srcdir/_build}
fi
case $cchc_builddir in
    /*) ;;
    *) cchc_builddir=$cchc_srcdir/$cchc_builddir ;;
esac

# Debian package names.
cchc_packages=(
    gcc
    pkg-config
    python3
    meson
    ninja-build
    gettext
    libglib2.0-bin
    libgtk-4-dev
    libjson-glib-dev
    libsqlite3-dev
    librsvg2-common
    desktop-file-utils
    appstream
    xvfb
    xauth
    dbus
    poppler-utils
    fonts-liberation2
)

cchc_log () {
    printf '==> %s\n' "$*" >&2
}

cchc_die () {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

cchc_install_deps () {
    if [[ ${CCHC_SKIP_DEPS:-} == 1 ]]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        cchc_log "not a Debian/Ubuntu system: not installing packages; make sure these (or their equivalents) are installed: ${cchc_packages[*]}"
        return 0
    fi

    local pkg status
    local -a missing=()
    for pkg in "${cchc_packages[@]}"; do
        # shellcheck disable=SC2016  # ${Status} is dpkg-query's, not ours
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        # "install ok installed" (twice over for a package of two
        # architectures); not "deinstall ok config-files", "half-installed".
        if [[ $status != *"ok installed"* ]]; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi

    cchc_log "installing missing build dependencies: ${missing[*]}"
    local -a asroot=()
    if [[ $(id -u) != 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            cchc_die "missing packages and no sudo to install them; as root, run:
    apt-get update && apt-get install --no-install-recommends ${missing[*]}"
        fi
        if [[ -t 0 ]]; then
            asroot=(sudo)
        else
            # No terminal to ask a password on: fail instead of hanging.
            asroot=(sudo -n)
        fi
    fi

    if ! "${asroot[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update; then
        cchc_log "apt-get update failed; trying to install with the package lists at hand"
    fi
    if ! "${asroot[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends "${missing[@]}"; then
        cchc_die "could not install the build dependencies; install them yourself:
    sudo apt-get install --no-install-recommends ${missing[*]}"
    fi
}

# True when a D-Bus session bus can be reached: GTK warns without one (and
# GTest makes warnings fatal), so the tests get a private one otherwise.
cchc_have_session_bus () {
    [[ -n ${DBUS_SESSION_BUS_ADDRESS:-} ]] ||
        [[ -n ${XDG_RUNTIME_DIR:-} && -S $XDG_RUNTIME_DIR/bus ]]
}

# Prints the value of a meson option of the configured build folder.
cchc_meson_option () {
    meson introspect --buildoptions "$cchc_builddir" 2>/dev/null | python3 -c '
import json, sys
for option in json.load(sys.stdin):
    if option["name"] == sys.argv[1]:
        print(str(option["value"]).lower())
' "$1"
}

cchc_configure () {
    local werror=false current
    if [[ ${CI:-} == true ]]; then
        werror=true
    fi

    if [[ -f $cchc_builddir/meson-private/coredata.dat ]]; then
        if current=$(cchc_meson_option werror) && [[ -n $current ]]; then
            if [[ $current != "$werror" ]]; then
                cchc_log "reconfiguring $cchc_builddir with werror=$werror"
                meson configure "$cchc_builddir" -Dwerror="$werror" || return
            fi
            return 0
        fi
        # Left by another meson version, or a configuration that broke.
        cchc_log "configuring $cchc_builddir anew"
        meson setup --wipe "$cchc_builddir" "$cchc_srcdir" -Dwerror="$werror" \
            "${cchc_meson_args[@]}"
        return
    fi

    cchc_log "configuring $cchc_builddir"
    meson setup "$cchc_builddir" "$cchc_srcdir" -Dwerror="$werror" "${cchc_meson_args[@]}"
}

cchc_build () {
    cchc_log "building in $cchc_builddir"
    meson compile -C "$cchc_builddir"
}

# The functions return a failure instead of relying on set -e, which does
# not apply inside a condition (test.sh calls them in one).
cchc_setup () {
    cchc_install_deps && cchc_configure && cchc_build
}

# Run directly: do the whole set-up.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    cchc_setup
fi
