#!/usr/bin/env bash
# ensure_debian_package PACKAGE WHAT CHECK...: runs CHECK; when it fails, installs Debian's PACKAGE (as root) and
# checks again. WHAT names what is missing in messages. Quick when already there; otherwise runs 'apt-get update'
# at most once per hour across the scripts that use it, then installs non-interactively.

ensure_debian_package() {
    local package=$1 what=$2
    shift 2
    if "$@"; then
        return 0
    fi

    if [[ "$(id -u)" -ne 0 ]]; then
        cat >&2 <<MSG
error: $what is missing: the tests need Debian's '$package' package.
Install it as root, then run the tests again:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends $package
(or: sudo $0)
MSG
        return 1
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "error: $what is missing and apt-get is not available: install '$package' with this system's package manager." >&2
        return 1
    fi

    export DEBIAN_FRONTEND=noninteractive
    local log stamp=/tmp/flowchannel-apt-updated.stamp started=$SECONDS
    log=$(mktemp /tmp/flowchannel-apt.XXXXXX.log)
    # Wait for another apt/dpkg run (e.g. an unattended one) instead of failing on its lock.
    local apt_options=(-q -y -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

    apt_update() {
        echo "Updating the package lists (apt-get update)..."
        if ! apt-get "${apt_options[@]}" update >"$log" 2>&1; then
            cat "$log" >&2
            echo "error: apt-get update failed." >&2
            return 1
        fi
        touch "$stamp"
    }
    apt_install() {
        apt-get "${apt_options[@]}" install --no-install-recommends "$package" >"$log" 2>&1
    }

    echo "Installing Debian package '$package' ($what is missing)..."
    # 'apt-get update' once: skip it when one of these scripts ran it within the last hour.
    if [[ -z "$(find "$stamp" -mmin -60 2>/dev/null)" ]]; then
        apt_update || { rm -f "$log"; return 1; }
    fi
    # Stale lists can name package versions that are gone from the mirror: refresh them once and retry.
    if ! apt_install && ! { apt_update && apt_install; }; then
        cat "$log" >&2
        echo "error: apt-get install $package failed." >&2
        rm -f "$log"
        return 1
    fi
    if ! "$@"; then
        cat "$log" >&2
        echo "error: '$package' was installed but $what is still missing." >&2
        rm -f "$log"
        return 1
    fi
    rm -f "$log"
    echo "Installed '$package' in $((SECONDS - started)) s."
}
