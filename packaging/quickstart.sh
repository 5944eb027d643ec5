#!/usr/bin/env bash
# The README's two commands, on a fresh Debian 12 machine:
#   packaging/quickstart.sh run    install what is missing, build, and launch Frontdesk on its
#                                  embedded store with the platform sandbox feeding it
#   packaging/quickstart.sh test   install what is missing, build (warnings are errors), check
#                                  the formatting and run the whole test suite through CTest
# Extra arguments after `run` go to the app (e.g. --db PATH).
set -euo pipefail

mode="${1:-}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FRONTDESK_BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

case "$mode" in
run | test) ;;
*)
    echo "usage: $0 run|test [app arguments]" >&2
    exit 2
    ;;
esac

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libgl-dev
    qt6-charts-dev libqt6opengl6-dev
    libsqlite3-dev catch2 clang-format
    dbus gnome-keyring
    postgresql postgresql-common faketime
)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Tests build with warnings as errors; running keeps whatever the build folder has, so that
# `run` after `test` does not rebuild everything.
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "$mode" = test ]; then
    flags+=(-DFRONTDESK_WERROR=ON)
fi
echo "== configuring in $build"
cmake -S "$root" -B "$build" -G Ninja "${flags[@]}"
echo "== building"
cmake --build "$build" -j "$jobs"

if [ "$mode" = run ]; then
    db_args=()
    for arg in "$@"; do
        db_args+=("$arg")
    done
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): run this from a desktop session," >&2
        echo "or under Xvfb: xvfb-run $0 run" >&2
        exit 1
    fi
    # The embedded store, with the platform sandbox feeding it through the real connectors.
    exec "$build/app/gui/frontdesk" --sandbox "${db_args[@]}"
fi

echo "== checking formatting (clang-format)"
cd "$root"
unformatted=()
while IFS= read -r f; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        unformatted+=("$f")
    fi
done < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
if [ "${#unformatted[@]}" -gt 0 ]; then
    echo "Not formatted with the repository's .clang-format:" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    echo "Fix with: clang-format -i <files>" >&2
    exit 1
fi

echo "== running the tests"
export QT_QPA_PLATFORM=offscreen
# A private D-Bus session with an unlocked GNOME Keyring: the keychain tests use the real
# Secret Service, and nothing touches the user's own keyring.
# The keyring lives in a fresh data folder, so the run never depends on (or unlocks) a
# keyring this machine already has.
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
XDG_DATA_HOME="$keyring_home" dbus-run-session -- bash -c '
    echo -n frontdesk-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' _ ctest --test-dir "$build" --output-on-failure --timeout 900 -j "$jobs"
