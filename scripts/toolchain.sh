#!/usr/bin/env bash
# Makes sure the tools ClaimLens needs are on this machine: a C linker, cargo,
# rustfmt, clippy, python3 (for the score gate). Safe to run again and again.
#
# Sourced by scripts/setup.sh, scripts/test.sh and .ci/run, so that a PATH fix
# (~/.cargo/bin) carries over to them:  . scripts/toolchain.sh
# It can also be run on its own:  bash scripts/toolchain.sh

_cl_say() { printf '==> %s\n' "$*" >&2; }

# Installs Debian packages as root, or through sudo.
_cl_apt_install() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { _cl_say "need root (or sudo) to install: $*"; return 1; }
        sudo="sudo"
    fi
    command -v apt-get >/dev/null 2>&1 || { _cl_say "no apt-get here: install $* yourself"; return 1; }
    _cl_say "installing Debian packages: $*"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

_cl_toolchain() {
    # cargo: rustup installs it in ~/.cargo/bin, which a fresh shell may not have on PATH.
    local cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
    if ! command -v cargo >/dev/null 2>&1 && [ -x "$cargo_bin/cargo" ]; then
        export PATH="$cargo_bin:$PATH"
    fi
    command -v cargo >/dev/null 2>&1 || {
        _cl_say "cargo not found: install Rust with rustup (https://rustup.rs), then run this again"
        return 1
    }
    _cl_say "cargo: $(cargo --version)"

    # A C linker: rustc links through cc.
    command -v cc >/dev/null 2>&1 || _cl_apt_install gcc libc6-dev || return 1

    # rustfmt and clippy: `cargo fmt --check` and `cargo clippy` run in CI.
    local component
    for component in fmt clippy; do
        if cargo "$component" --version >/dev/null 2>&1; then
            _cl_say "$component: $(cargo "$component" --version)"
        elif command -v rustup >/dev/null 2>&1; then
            [ "$component" = fmt ] && component=rustfmt
            _cl_say "adding rustup component $component"
            rustup component add "$component" || return 1
        else
            _cl_say "cargo $component is missing and there is no rustup to add it"
            return 1
        fi
    done

    # python3 runs the score gate (standard library only).
    command -v python3 >/dev/null 2>&1 || _cl_apt_install python3 || return 1
    _cl_say "python3: $(python3 --version 2>&1)"
}

_cl_toolchain
