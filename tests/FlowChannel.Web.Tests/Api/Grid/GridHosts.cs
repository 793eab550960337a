using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Grid;

/// <summary>The app on a real SQLite file with <see cref="GridForms"/> seeded once for the class.</summary>
public class GridSqliteHost : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-grid-");

    public FlowChannelHost Host { get; private set; } = null!;

    /// <summary>Settings the derived hosts change.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Host = new FlowChannelHost(_folder.FullName, settings: Settings);
        await GridForms.EnsureSeededAsync(Host);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}

/// <summary>The app on a private PostgreSQL server with <see cref="GridForms"/> seeded once for the class.</summary>
public class GridPostgreSqlHost : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pg-grid-");
    private readonly PostgresFixture _postgres = new();

    public FlowChannelHost Host { get; private set; } = null!;

    /// <summary>Settings the derived hosts change.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        Host = new FlowChannelHost(_folder.FullName, "PostgreSql", await _postgres.CreateDatabaseAsync("grid"), Settings);
        await GridForms.EnsureSeededAsync(Host);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _postgres.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}

/// <summary>
/// Grid hosts that read every page by walking the sort key's index (the plan for many matches) however few records
/// match, and stop counting after one match, so the whole grid contract also holds for those plans on the small data.
/// </summary>
internal static class IndexWalk
{
    public const int CountUpTo = 1;

    public static readonly IReadOnlyDictionary<string, string?> Always = new Dictionary<string, string?>
    {
        ["FlowChannel:Grid:SortWholeUpTo"] = "0",
        ["FlowChannel:Grid:CountUpTo"] = CountUpTo.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class GridIndexWalkSqliteHost : GridSqliteHost
{
    protected override IReadOnlyDictionary<string, string?>? Settings => IndexWalk.Always;
}

public sealed class GridIndexWalkPostgreSqlHost : GridPostgreSqlHost
{
    protected override IReadOnlyDictionary<string, string?>? Settings => IndexWalk.Always;
}
