#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium: the browser tests drive it through Playwright
# (PLAYWRIGHT_CHROMIUM_EXECUTABLE), because Playwright's own browser download cannot be reached from here.
# Idempotent and quick when the package is already there; otherwise (as root) runs 'apt-get update' at most once
# per hour across these scripts, then installs the package non-interactively.
set -euo pipefail

package=chromium

installed() {
    [[ -x /usr/bin/chromium ]]
}

if installed; then
    exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
    cat >&2 <<MSG
error: /usr/bin/chromium is missing: the tests need Debian's '$package' package.
Install it as root, then run the tests again:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends $package
(or: sudo $0)
MSG
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: /usr/bin/chromium is missing and apt-get is not available: install '$package' with this system's package manager." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp /tmp/flowchannel-apt.XXXXXX.log)
trap 'rm -f "$log"' EXIT
# Wait for another apt/dpkg run (e.g. an unattended one) instead of failing on its lock.
apt_options=(-q -y -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
stamp=/tmp/flowchannel-apt-updated.stamp

apt_update() {
    echo "Updating the package lists (apt-get update)..."
    if ! apt-get "${apt_options[@]}" update >"$log" 2>&1; then
        cat "$log" >&2
        echo "error: apt-get update failed." >&2
        exit 1
    fi
    touch "$stamp"
}

apt_install() {
    apt-get "${apt_options[@]}" install --no-install-recommends "$package" >"$log" 2>&1
}

started=$SECONDS
echo "Installing Debian package '$package' (/usr/bin/chromium is missing)..."
# 'apt-get update' once: skip it when one of these scripts ran it within the last hour.
if [[ -z "$(find "$stamp" -mmin -60 2>/dev/null)" ]]; then
    apt_update
fi
if ! apt_install; then
    # Stale lists can name package versions that are gone from the mirror: refresh them once and retry.
    apt_update
    if ! apt_install; then
        cat "$log" >&2
        echo "error: apt-get install $package failed." >&2
        exit 1
    fi
fi

if ! installed; then
    cat "$log" >&2
    echo "error: '$package' was installed but /usr/bin/chromium is still missing." >&2
    exit 1
fi
echo "Installed '$package' in $((SECONDS - started)) s."
