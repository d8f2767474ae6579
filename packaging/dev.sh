#!/usr/bin/env bash
# One entry point for a fresh Debian 12 or Ubuntu machine:
#   packaging/dev.sh run [APP ARGS...]  install what is missing, build, launch the app
#   packaging/dev.sh test               install what is missing, build, run every test
#   packaging/dev.sh screenshots        regenerate the README/AppStream screenshot
#   packaging/dev.sh benchmark          build and run the start-up benchmark
#   packaging/dev.sh sanitize           build with ASan and UBSan (in build-asan), run every test
#   packaging/dev.sh check-format       fail when a tracked C++ file differs from clang-format
#   packaging/dev.sh fuzz [SECONDS] [--empty]  build with clang and run every fuzz
#                                       target for SECONDS (default 30) each
set -euo pipefail
cd "$(dirname "$0")/.."

# The sanitized and fuzz builds have their own folders unless BUILD_DIR names one.
SANITIZE_BUILD_DIR=${BUILD_DIR:-build-asan}
FUZZ_BUILD_DIR=${BUILD_DIR:-build-fuzz}
BUILD_DIR=${BUILD_DIR:-build}
PACKAGES=(
    cmake ninja-build g++ pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    # the simulated clusters serve `kubectl exec` over WebSocket
    qt6-websockets-dev
    libyaml-dev libssl-dev libarchive-dev zlib1g-dev
    fonts-dejavu-core
    desktop-file-utils appstream
    # tests/cli/tst_transfersecret_strace: the secret transfer never touches the disk
    strace
    # tests of config bundles: their scripts must pass shellcheck; archives are
    # read back with unzip and zipinfo (tar and gzip are essential)
    shellcheck unzip
    # check-format: the project's .clang-format, with Debian 12's clang-format 14
    clang-format
)

install_missing() {
    local missing=() pkg
    for pkg in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
    done
    # The tests compare with the real kubectl; Debian's kubernetes-client has one.
    command -v kubectl >/dev/null || missing+=(kubernetes-client)
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$BUILD_DIR"
}

command=${1:-run}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing
    build
    exec "$BUILD_DIR/src/consul-federator" "$@"
    ;;
test)
    install_missing
    build
    ctest --test-dir "$BUILD_DIR" --output-on-failure "$@"
    ;;
screenshots)
    install_missing
    build
    # Simulated clusters federated as the plan says, read before the picture is
    # taken: no machine path and no real cluster in any of them. A fresh HOME,
    # so that no saved theme or layout of this machine's user leaks in.
    shot_home=$(mktemp -d)
    trap 'rm -rf "$shot_home"' EXIT
    shoot() { # FILE [ENV=VALUE ...] -- [APP ARGS ...]
        local file=$1
        shift
        local env=()
        while [ "$1" != -- ]; do env+=("$1"); shift; done
        shift
        env HOME="$shot_home" XDG_CONFIG_HOME="$shot_home/.config" QT_QPA_PLATFORM=offscreen \
            "${env[@]}" "$BUILD_DIR/src/consul-federator" --demo --scenario federated \
            --plan "$PWD/resources/screenshots/demo-plan.yaml" --theme light "$@" \
            --screenshot "resources/screenshots/$file"
        echo "Wrote resources/screenshots/$file"
    }
    shoot main-window.png --
    shoot main-window-dark.png -- --theme dark
    shoot main-window-high-contrast.png -- --theme high-contrast
    shoot main-window-200.png QT_SCALE_FACTOR=2 --
    ;;
benchmark)
    install_missing
    build
    cmake --build "$BUILD_DIR" --target benchmark
    ;;
sanitize)
    install_missing
    # Debug: the sanitizers' reports then point at the lines, not at inlined code.
    BUILD_DIR=$SANITIZE_BUILD_DIR
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFEDERATOR_SANITIZE=ON
    cmake --build "$BUILD_DIR"
    ctest --test-dir "$BUILD_DIR" --output-on-failure "$@"
    ;;
fuzz)
    # libFuzzer comes with clang: its runtime is in libclang-rt-14-dev on Debian 12.
    PACKAGES+=(clang libclang-rt-14-dev)
    install_missing
    BUILD_DIR=$FUZZ_BUILD_DIR
    # -Werror is for the GCC build CI runs; clang's warnings are its own set.
    CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DFEDERATOR_FUZZ=ON -DFEDERATOR_WERROR=OFF
    cmake --build "$BUILD_DIR"
    exec tests/fuzz/run-fuzzers.sh "$BUILD_DIR/tests/fuzz" "${1:-30}" "${2:-}"
    ;;
check-format)
    install_missing
    # --dry-run -Werror: a file that clang-format would change fails, named with its line.
    find src tests \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 clang-format --dry-run -Werror
    echo "Every C++ file is clang-formatted."
    ;;
*)
    echo "usage: $0 run|test|screenshots|benchmark|fuzz|sanitize|check-format" >&2
    exit 2
    ;;
esac
