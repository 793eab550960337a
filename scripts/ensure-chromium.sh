#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium: the browser tests drive it through Playwright
# (PLAYWRIGHT_CHROMIUM_EXECUTABLE), because Playwright's own browser download cannot be reached from here.
set -euo pipefail
# shellcheck source=lib/ensure-debian-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/ensure-debian-package.sh"

ensure_debian_package chromium /usr/bin/chromium test -x /usr/bin/chromium
