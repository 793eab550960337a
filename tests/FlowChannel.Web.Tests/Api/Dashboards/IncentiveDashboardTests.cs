using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>A host with <see cref="GeneratedStatements"/> entered once for the class.</summary>
public interface IIncentiveHost
{
    FlowChannelHost Host { get; }

    List<GeneratedStatement> Statements { get; }
}

/// <summary>The app on a real SQLite file with the generated statements.</summary>
public sealed class IncentiveHost : IIncentiveHost, IAsyncLifetime
{
    private readonly HostFixture _inner = new();

    public FlowChannelHost Host => _inner.Host;

    public List<GeneratedStatement> Statements { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await _inner.InitializeAsync();
        Statements = await GeneratedStatements.SeedAsync(await ApiClient.AdminAsync(Host));
    }

    public Task DisposeAsync() => _inner.DisposeAsync();
}

/// <summary>The app on a private PostgreSQL server with the generated statements.</summary>
public sealed class IncentivePostgreSqlHost : IIncentiveHost, IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pg-incentives-");
    private readonly PostgresFixture _postgres = new();

    public FlowChannelHost Host { get; private set; } = null!;

    public List<GeneratedStatement> Statements { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        Host = new FlowChannelHost(_folder.FullName, "PostgreSql", await _postgres.CreateDatabaseAsync("incentives"));
        Statements = await GeneratedStatements.SeedAsync(await ApiClient.AdminAsync(Host));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _postgres.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}

public sealed class IncentiveDashboardTests(IncentiveHost fixture) : IncentiveContract, IClassFixture<IncentiveHost>
{
    protected override IIncentiveHost Fixture => fixture;
}

public sealed class IncentiveDashboardPostgreSqlTests(IncentivePostgreSqlHost fixture) : IncentiveContract, IClassFixture<IncentivePostgreSqlHost>
{
    protected override IIncentiveHost Fixture => fixture;
}

/// <summary>
/// The incentive reports (rebates by tier, near misses) through <c>POST /api/dashboards/{id}/data</c>, compared with
/// figures computed here from the generated statements: each partner's latest statement per program; on each provider,
/// for the admin and for a partner's user, who sees their own partner's statements only.
/// </summary>
public abstract class IncentiveContract
{
    /// <summary>The sample partner of the <c>partner-admin</c> user.</summary>
    private const string OwnPartner = GeneratedOrders.PartnerA;

    protected abstract IIncentiveHost Fixture { get; }

    [Fact]
    public async Task Rebates_by_tier_match_the_latest_statements_computed_independently()
    {
        var data = await DataAsync(GeneratedStatements.RuleVersion, 0.1m);

        var expected = Latest().GroupBy(s => s.Tier).OrderBy(g => g.Key).Select(g => new
        {
            Tier = g.Key.ToString(CultureInfo.InvariantCulture),
            Values = new[]
            {
                g.Select(s => s.Partner).Distinct().Count(), g.Sum(s => s.Basis), g.Sum(s => s.Earned), g.Sum(Settled), g.Sum(s => s.Earned - Settled(s)),
            },
        }).ToList();
        var rows = Widget(data, "tiers")["result"]!["rows"]!.AsArray();
        Assert.Equal(expected.Select(e => e.Tier), rows.Select(r => r!["keys"]![0]!.GetValue<string>()));
        Assert.Equal(expected.Select(e => e.Values), rows.Select(r => r!["values"]!.AsArray().Select(v => v!.GetValue<decimal>()).ToArray()));
        Assert.True(expected.Count >= 2, "the generated data reaches several tiers");
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.03)]
    public async Task Near_misses_are_the_partners_within_the_share_below_their_programs_next_boundary(double within)
    {
        var share = (decimal)within;
        var data = await DataAsync(GeneratedStatements.RuleVersion, share);

        var expected = Latest()
            .Select(s => (s.Partner, s.Program, s.Basis, Next: GeneratedStatements.Programs[s.Program].Where(l => l > s.Basis).Order().Cast<decimal?>().FirstOrDefault()))
            .Where(x => x.Next is { } next && next - x.Basis <= share * next)
            .Select(x => (x.Partner, x.Program, x.Basis, Next: x.Next!.Value, Gap: x.Next!.Value - x.Basis))
            .OrderBy(x => x.Gap).ThenBy(x => x.Partner, StringComparer.Ordinal)
            .ToList();
        var rows = Widget(data, "near")["result"]!["rows"]!.AsArray();
        Assert.Equal(expected.Select(e => $"{e.Partner}|{e.Program}|{e.Basis}|{e.Next}|{e.Gap}|{Math.Round(e.Gap / e.Next, 4)}"),
            rows.Select(r => $"{r!["keys"]![0]}|{r["keys"]![1]}|{string.Join('|', r["values"]!.AsArray().Select(v => v!.GetValue<decimal>()))}"));
        if (within > 0.05)
        {
            Assert.NotEmpty(expected);
        }
    }

    [Fact]
    public async Task With_no_matching_statements_both_reports_are_empty()
    {
        var data = await DataAsync("no-such-rule", 0.1m);

        Assert.Empty(Widget(data, "tiers")["result"]!["rows"]!.AsArray());
        Assert.Empty(Widget(data, "near")["result"]!["rows"]!.AsArray());
    }

    [Fact]
    public async Task A_partners_user_sees_rebates_and_near_misses_of_their_own_partner_only()
    {
        var partner = await ApiClient.SignInAsync(Fixture.Host, "partner-admin", FlowChannelHost.SamplePassword);

        var data = await DataAsync(GeneratedStatements.RuleVersion, 0.5m, partner);

        var own = Latest().Where(s => s.Partner == OwnPartner).ToList();
        Assert.NotEmpty(own);
        var tiers = Widget(data, "tiers")["result"]!["rows"]!.AsArray();
        Assert.Equal(own.Select(s => s.Tier).Distinct().Order().Select(t => t.ToString(CultureInfo.InvariantCulture)), tiers.Select(r => r!["keys"]![0]!.GetValue<string>()));
        Assert.Equal(own.Sum(s => s.Earned), tiers.Sum(r => r!["values"]![2]!.GetValue<decimal>()));
        Assert.All(Widget(data, "near")["result"]!["rows"]!.AsArray(), r => Assert.Equal(OwnPartner, r!["keys"]![0]!.GetValue<string>()));
    }

    private List<GeneratedStatement> Latest() =>
        [.. Fixture.Statements.GroupBy(s => (s.Partner, s.Program)).Select(g => g.Last())];

    private static decimal Settled(GeneratedStatement s) => s.SettledBefore + (s.Status == "settled" ? s.Settlement : 0);

    private async Task<JsonNode> DataAsync(string ruleVersion, decimal within, HttpClient? reader = null)
    {
        var admin = await ApiClient.AdminAsync(Fixture.Host);
        var id = $"incentives-{ruleVersion}-{within.ToString(CultureInfo.InvariantCulture).Replace(".", "-", StringComparison.Ordinal)}";
        var filters = new JsonArray(new JsonObject { ["field"] = "ruleVersion", ["op"] = "eq", ["value"] = ruleVersion });
        var definition = new JsonObject
        {
            ["id"] = id,
            ["title"] = "Incentives under test",
            ["widgets"] = new JsonArray(
                Widget("tiers", "rebateTiers", filters.DeepClone(), null),
                Widget("near", "nearMiss", filters.DeepClone(), new JsonObject { ["within"] = within })),
        };
        var saved = await admin.PutAsJsonAsync($"/api/dashboards/{id}", definition);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var response = await (reader ?? admin).PostAsJsonAsync($"/api/dashboards/{id}/data", new { values = new { } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var data = await response.ReadJsonAsync();
        Assert.All(data["widgets"]!.AsArray(), w => Assert.True(w!["available"]!.GetValue<bool>(), $"{w["widgetId"]}: {w["message"]}"));
        return data;
    }

    private static JsonObject Widget(string id, string type, JsonNode filters, JsonObject? display) => new()
    {
        ["id"] = id, ["type"] = type, ["title"] = id, ["layout"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["w"] = 6, ["h"] = 4 },
        ["form"] = "rebate-statement", ["query"] = new JsonObject { ["filters"] = filters }, ["display"] = display,
    };

    private static JsonNode Widget(JsonNode data, string id) => data["widgets"]!.AsArray().Single(w => w!["widgetId"]!.GetValue<string>() == id)!;
}
