using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Infrastructure;

/// <summary>Partner-application bodies: a strong applicant, a weak one, and one to break on purpose.</summary>
public static class Applications
{
    public static JsonObject Strong(string company = "苏州测试科技有限公司") => Build(company, 5, 5, 4, 5, 5);

    /// <summary>Fails the credit/compliance gate, so the workflow rejects it without a person.</summary>
    public static JsonObject FailsCreditGate(string company = "风险测试贸易有限公司") => Build(company, 5, 5, 5, 1, 5);

    private static JsonObject Build(string company, int fit, int ops, int resources, int credit, int growth) => new()
    {
        ["data"] = new JsonObject
        {
            ["companyName"] = company,
            ["creditCode"] = "91320500MA1XY2AB3C",
            ["partnerType"] = "distributor",
            ["province"] = "jiangsu",
            ["city"] = "苏州",
            ["industries"] = new JsonArray("manufacturing", "retail"),
            ["annualRevenue"] = 12_500_000.50m,
            ["teamSize"] = 85,
            ["contactName"] = "李雷",
            ["contactPhone"] = "13912345678",
            ["contactEmail"] = "lilei@example.com",
            ["strategicFit"] = fit,
            ["operatingCapability"] = ops,
            ["resourceComplementarity"] = resources,
            ["creditCompliance"] = credit,
            ["growthPotential"] = growth,
        },
    };
}
