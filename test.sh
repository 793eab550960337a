#!/usr/bin/env bash
# FlowChannel's one test command (CI runs it through .ci/run).
#
#   ./test.sh                                 everything
#   ./test.sh --filter "FullyQualifiedName~Forms"   extra arguments go to `dotnet test`
#
# 1. installs what the tests need from Debian when it is missing: chromium (browser tests) and postgresql
#    (private PostgreSQL servers for the persistence tests) — as root; otherwise says how to install them;
# 2. restores the local tools and packages, builds the solution in Release (warnings are errors);
# 3. runs every test project, writing .trx files to TestResults/run (FLOWCHANNEL_TEST_RESULTS overrides);
# 4. ends with the line "N passed, N failed, N skipped" and exits non-zero when a test failed, a test run was
#    aborted (crash, or a test hung longer than FLOWCHANNEL_TEST_HANG_TIMEOUT, default 10m) or no test ran.
set -euo pipefail

# The line "N passed, N failed, N skipped" from the .trx files under $1 (plus the names of failed tests and of
# aborted runs above it). Sets the globals passed, failed and skipped. Uses awk only (mawk or gawk).
summarize_trx() {
    local dir=$1
    local files=() report counts
    if [[ -d "$dir" ]]; then
        mapfile -t files < <(find "$dir" -type f -name '*.trx' | sort)
    fi
    passed=0 failed=0 skipped=0
    if ((${#files[@]} > 0)); then
        report=$(awk '
            function attr(line, name,    s) {
                if (!match(line, " " name "=\"[^\"]*\"")) return ""
                s = substr(line, RSTART + length(name) + 3, RLENGTH - length(name) - 4)
                gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s)
                gsub(/&amp;/, "\\&", s)
                return s
            }
            function end_file() {
                # A run that failed without a failed test: the test host crashed or was killed for hanging.
                if (file != "" && summary ~ /^(Failed|Aborted|Error|Timeout)$/ && file_failed == 0) {
                    failed++
                    print "  Aborted test run (test host crashed or hung; see its output above): " file
                }
            }
            FNR == 1 { end_file(); file = FILENAME; file_failed = 0; summary = "" }
            /<UnitTestResult / {
                outcome = attr($0, "outcome")
                if (outcome == "Passed") passed++
                else if (outcome == "NotExecuted") skipped++
                else { failed++; file_failed++; print "  " outcome ": " attr($0, "testName") }
            }
            /<ResultSummary / { summary = attr($0, "outcome") }
            END { end_file(); print passed + 0, failed + 0, skipped + 0 }
        ' "${files[@]}")
        counts=${report##*$'\n'}
        if [[ "$report" == *$'\n'* ]]; then
            echo "Failed:"
            printf '%s\n' "${report%$'\n'*}"
        fi
        read -r passed failed skipped <<<"$counts"
    fi
}

step() {
    echo
    echo "==> $* ($(date +%H:%M:%S))"
}

main() {
    cd "$(dirname "${BASH_SOURCE[0]}")"
    local started=$SECONDS

    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
    # The browser tests use Debian's chromium; Playwright must not try to download its own.
    export PLAYWRIGHT_CHROMIUM_EXECUTABLE=/usr/bin/chromium PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

    step "System packages (chromium, postgresql)"
    bash scripts/ensure-chromium.sh
    bash scripts/ensure-postgres.sh

    step "dotnet tool restore / restore"
    dotnet tool restore
    dotnet restore FlowChannel.sln

    step "dotnet build -c Release"
    dotnet build FlowChannel.sln -c Release --no-restore

    local results=${FLOWCHANNEL_TEST_RESULTS:-TestResults/run}
    rm -rf "$results"
    step "dotnet test -c Release $*"
    local test_rc=0
    dotnet test FlowChannel.sln -c Release --no-build \
        --results-directory "$results" --logger trx \
        --blame-hang-timeout "${FLOWCHANNEL_TEST_HANG_TIMEOUT:-10m}" --blame-hang-dump-type none \
        "$@" || test_rc=$?

    step "Summary (.trx files in $results; $((SECONDS - started)) s in all)"
    summarize_trx "$results"
    local rc=0
    if ((failed > 0)); then
        rc=1
    fi
    if ((passed + failed == 0)); then
        echo "No test ran."
        rc=1
    fi
    if ((test_rc != 0 && failed == 0)); then
        echo "dotnet test exited with code $test_rc although no test failed: see its output above."
        rc=$test_rc
    fi
    echo "$passed passed, $failed failed, $skipped skipped"
    exit "$rc"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
