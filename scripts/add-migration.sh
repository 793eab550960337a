#!/usr/bin/env bash
# Adds an EF Core migration to the three provider migration assemblies, or removes the last one from all three.
#
#   scripts/add-migration.sh NAME       add migration NAME to Sqlite, SqlServer and PostgreSql
#   scripts/add-migration.sh --remove   remove the last migration from all three
#
# Uses the repository's pinned `dotnet ef` (.config/dotnet-tools.json). Each migrations project
# (src/FlowChannel.Persistence.<Provider>) is its own startup project and has an IDesignTimeDbContextFactory,
# so no database is needed to add a migration. If adding fails for one provider, the migrations already added
# by this run are removed again, so the three assemblies stay in step.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

providers=(Sqlite SqlServer PostgreSql)
context=FlowChannelDbContext

usage() {
    sed -n '2,5s/^# \{0,1\}//p' "$0" >&2
    exit "${1:-2}"
}

die() {
    echo "error: $*" >&2
    exit 1
}

project_dir() {
    echo "src/FlowChannel.Persistence.$1"
}

# The newest migration of a provider, as "<timestamp>_<Name>", or nothing.
last_migration() {
    local dir file
    dir="$(project_dir "$1")/Migrations"
    file=$(find "$dir" -maxdepth 1 -name '[0-9]*_*.Designer.cs' 2>/dev/null | sort | tail -n 1)
    if [[ -n "$file" ]]; then
        file=${file##*/}
        echo "${file%.Designer.cs}"
    fi
}

ef() {
    local provider=$1
    shift
    local project
    project=$(project_dir "$provider")
    dotnet ef "$@" --project "$project" --startup-project "$project" --context "$context"
}

[[ $# -eq 1 ]] || usage
case "$1" in
    -h | --help) usage 0 ;;
    --remove) mode=remove ;;
    -*) usage ;;
    *)
        mode=add
        name=$1
        [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] ||
            die "'$name' is not a valid migration name: use a C# identifier such as AddPartnerRegion."
        ;;
esac

command -v dotnet >/dev/null 2>&1 || die "the .NET SDK ('dotnet') is not on PATH."
for provider in "${providers[@]}"; do
    project=$(project_dir "$provider")
    [[ -f "$project/FlowChannel.Persistence.$provider.csproj" ]] || die "$project/FlowChannel.Persistence.$provider.csproj does not exist."
done

echo "==> dotnet tool restore"
dotnet tool restore >/dev/null || die "'dotnet tool restore' failed: cannot get dotnet-ef (see .config/dotnet-tools.json)."
# Build the three projects before changing anything (and show the compiler's errors, which `dotnet ef` hides);
# `dotnet ef` then runs with --no-build.
for provider in "${providers[@]}"; do
    echo "==> dotnet build $(project_dir "$provider")"
    dotnet build "$(project_dir "$provider")" -nologo -v:q -clp:NoSummary || die "$(project_dir "$provider") does not build: fix that first."
done

if [[ "$mode" == remove ]]; then
    # Fail before touching anything when the providers are not in step.
    last=""
    for provider in "${providers[@]}"; do
        migration=$(last_migration "$provider")
        [[ -n "$migration" ]] || die "$(project_dir "$provider")/Migrations has no migration to remove."
        echo "    $provider: last migration $migration"
        if [[ -n "$last" && "${migration#*_}" != "${last#*_}" ]]; then
            die "the providers' last migrations differ ($last vs $migration): remove by hand with 'dotnet ef migrations remove'."
        fi
        last=$migration
    done
    for provider in "${providers[@]}"; do
        echo "==> $provider: removing $(last_migration "$provider")"
        # --force: do not fail when no database can be reached to check whether the migration was applied.
        ef "$provider" migrations remove --force --no-build ||
            die "removing the last migration of $provider failed (providers before it in '${providers[*]}' are already done)."
    done
    echo "Removed the last migration from ${providers[*]}."
    exit 0
fi

for provider in "${providers[@]}"; do
    if compgen -G "$(project_dir "$provider")/Migrations/[0-9]*_${name}.cs" >/dev/null; then
        die "$(project_dir "$provider")/Migrations already has a migration named $name."
    fi
done

added=()
for provider in "${providers[@]}"; do
    echo "==> $provider: adding migration $name"
    if ! ef "$provider" migrations add "$name" --output-dir Migrations --no-build; then
        echo "error: adding migration $name to $provider failed." >&2
        for done_provider in "${added[@]}"; do
            echo "==> $done_provider: removing $name again" >&2
            # Without --no-build: the assembly must be rebuilt with the migration just added.
            ef "$done_provider" migrations remove --force ||
                echo "error: could not remove $name from $done_provider: remove it by hand." >&2
        done
        exit 1
    fi
    added+=("$provider")
done

echo "Added migration $name to ${providers[*]}:"
for provider in "${providers[@]}"; do
    echo "    $(project_dir "$provider")/Migrations/$(last_migration "$provider").cs"
done
