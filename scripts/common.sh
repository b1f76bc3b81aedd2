# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Sourced, not run. Works on a fresh Debian 12 machine as root (or with sudo).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 libgl-dev
    libsqlite3-dev libicu-dev libzip-dev
    liborcus-dev libboost-dev libxlsxwriter-dev libgmime-3.0-dev libfreexl-dev
    catch2 poppler-utils unzip fonts-liberation2 xvfb xauth
    libqrencode-dev zbar-tools
    libcurl4-openssl-dev qtkeychain-qt6-dev dovecot-imapd python3-aiosmtpd
    desktop-file-utils appstream man-db
    libqt6sql6-psql postgresql qtkeychain-qt6-dev
)

# scripts/test --sanitize and scripts/fuzz: clang with its sanitizer and libFuzzer runtimes.
SANITIZER_PACKAGES=(clang libclang-rt-14-dev)

# install_missing [MORE PACKAGES…]
install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # The downloaded packages (about 1.4 GB on a new machine) are not kept once installed.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        -o APT::Keep-Downloaded-Packages=false "${missing[@]}"
}

configure_and_build() {
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" "${generator[@]}" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "$@"
    else
        cmake -S "$ROOT" -B "$BUILD_DIR" "$@" >/dev/null
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
