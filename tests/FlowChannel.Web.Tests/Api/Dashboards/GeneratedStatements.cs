using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>One generated rebate statement, as the test knows it independently of the server.</summary>
public sealed record GeneratedStatement(string Partner, string Program, decimal Basis, int Tier, decimal Earned, decimal SettledBefore, decimal Settlement, string Status);

/// <summary>
/// Two rebate programs with different tier tables and, per partner and program, one to three statements in order
/// (generated from a fixed seed, some bases just below a boundary), entered by the admin through the API. Every
/// statement carries <see cref="RuleVersion"/> so a widget can filter to them.
/// </summary>
public static class GeneratedStatements
{
    public const string RuleVersion = "nm-test";

    public static readonly IReadOnlyDictionary<string, decimal[]> Programs = new Dictionary<string, decimal[]>
    {
        ["近失测试政策 A"] = [0m, 100_000m, 500_000m, 1_000_000m],
        ["近失测试政策 B"] = [0m, 200_000m, 800_000m],
    };

    public static async Task<List<GeneratedStatement>> SeedAsync(HttpClient admin)
    {
        var partners = (await admin.GetFromJsonAsync<JsonArray>("/api/partners"))!
            .ToDictionary(p => p!["data"]!["companyName"]!.GetValue<string>(), p => p!["id"]!.GetValue<string>());
        var programIds = new Dictionary<string, string>();
        foreach (var (name, lowers) in Programs)
        {
            var tiers = new JsonArray([.. lowers.Select((lower, i) => (JsonNode)new JsonObject
            {
                ["lower"] = lower, ["upper"] = i + 1 < lowers.Length ? lowers[i + 1] : null, ["rate"] = 1 + i,
            })]);
            var data = new JsonObject
            {
                ["programCode"] = $"NM-{programIds.Count + 1}", ["name"] = name, ["year"] = 2026, ["basis"] = "sales",
                ["method"] = "retroactive", ["tiers"] = tiers, ["ruleVersion"] = "v1", ["status"] = "active",
            };
            programIds[name] = (await PostAsync(admin, "rebate-program", data))["recordId"]!.GetValue<string>();
        }
        var random = new Random(20261125);
        var written = new List<GeneratedStatement>();
        foreach (var partner in partners.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var (program, lowers) in Programs)
            {
                var periods = random.Next(1, 4);
                for (var period = 1; period <= periods; period++)
                {
                    var boundary = lowers[random.Next(1, lowers.Length)];
                    // Half of the bases fall just below a boundary (0–15 % under it), the rest anywhere.
                    var basis = random.Next(2) == 0 ? boundary - Math.Round(boundary * random.Next(0, 16) / 100m, 2) : random.Next(0, 1_200_000) + random.Next(100) / 100m;
                    var tier = lowers.Count(l => l <= basis);
                    var earned = Math.Round(basis * tier / 100m, 2);
                    var settledBefore = Math.Round(earned * random.Next(0, 60) / 100m, 2);
                    var statement = new GeneratedStatement(partner, program, basis, tier, earned, settledBefore, earned - settledBefore,
                        random.Next(2) == 0 ? "settled" : "pending");
                    await PostAsync(admin, "rebate-statement", new JsonObject
                    {
                        ["partner"] = new JsonObject { ["id"] = partners[partner] }, ["program"] = new JsonObject { ["id"] = programIds[program] },
                        ["period"] = $"2026-Q{period}", ["basisKind"] = "sales", ["method"] = "retroactive", ["basisToDate"] = basis, ["tierNumber"] = tier,
                        ["rate"] = tier, ["earnedToDate"] = earned, ["capped"] = false, ["settledBefore"] = settledBefore,
                        ["settlement"] = statement.Settlement, ["ruleVersion"] = RuleVersion, ["status"] = statement.Status,
                    });
                    written.Add(statement);
                }
            }
        }
        return written;
    }

    private static async Task<JsonNode> PostAsync(HttpClient admin, string form, JsonObject data)
    {
        var response = await admin.PostAsJsonAsync($"/api/forms/{form}/records", new { data });
        Assert.True(response.IsSuccessStatusCode, $"{form}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }
}
