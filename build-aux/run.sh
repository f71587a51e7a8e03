#!/usr/bin/env bash
# README command 1: install what is missing, build, and start CCHC Planner
# from the build folder.
#
#   bash build-aux/run.sh [--database FILE] [other cchc-planner options]
#
# Without --database the program opens its default database,
# g_get_user_data_dir()/cchc-planner/cchc-planner.db
# (~/.local/share/cchc-planner/cchc-planner.db on Linux).
# --sample loads the sample plan (the seed: the 2022 plan of Sở VHTTDL
# Hậu Giang) when the database holds no plan yet, so that the first start
# shows a real plan. Every argument is passed on to cchc-planner unchanged.

set -euo pipefail

# shellcheck source=build-aux/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

cchc_setup

program=$cchc_builddir/app/cchc-planner
[[ -x $program ]] || cchc_die "$program was not built"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    cchc_log "no DISPLAY or WAYLAND_DISPLAY: the window needs a graphical session"
fi

# The uninstalled program: the compiled GSettings schema and the built
# translations (_build/po/<lang>/LC_MESSAGES/cchc-planner.mo) live in the
# build folder.
export GSETTINGS_SCHEMA_DIR=$cchc_builddir/resources
export CCHC_LOCALEDIR=$cchc_builddir/po

cchc_log "starting $program --sample $*"
if ! cchc_have_session_bus && command -v dbus-run-session >/dev/null 2>&1; then
    exec dbus-run-session -- "$program" --sample "$@"
fi
exec "$program" --sample "$@"
