#!/usr/bin/env bash
# Makes sure Debian's PostgreSQL server binaries are under /usr/lib/postgresql/*/bin: the persistence and
# multi-provider tests start private throw-away servers from them (tests/FlowChannel.TestSupport/PostgresServer.cs).
set -euo pipefail
# shellcheck source=lib/ensure-debian-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/ensure-debian-package.sh"

has_initdb() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

ensure_debian_package postgresql "PostgreSQL (/usr/lib/postgresql/*/bin/initdb)" has_initdb
