using System.Text.Json.Nodes;

namespace FlowChannel.Application.Setup;

/// <summary>Demo partner profiles so that lists, maps and dashboards have something to show on first start.</summary>
internal static class SamplePartners
{
    /// <summary>Credit codes of the partners the sample partner users belong to.</summary>
    public const string First = "91310000MA1FL0AB12";
    public const string Second = "91440300MA5DC7XY3K";

    public static IEnumerable<JsonObject> All(JsonObject? owner)
    {
        yield return Partner("华东智联科技有限公司", "91310000MA1FL0AB12", "distributor", "shanghai", "上海", ["manufacturing", "retail"], "core", 86, 5_000_000m, owner);
        yield return Partner("深圳前海云拓信息技术有限公司", "91440300MA5DC7XY3K", "integrator", "guangdong", "深圳", ["internet", "finance"], "strategic", 74, 2_000_000m, owner);
        yield return Partner("北京博远咨询服务有限公司", "91110105MA01AB2C3D", "serviceProvider", "beijing", "北京", ["government", "education"], "strategic", 69, 1_000_000m, owner);
        yield return Partner("成都天府商贸有限公司", "91510100MA6C8DEF4G", "agent", "sichuan", "成都", ["retail"], "ordinary", 61, 500_000m, owner);
        yield return Partner("武汉江城零售连锁有限公司", "91420100MA4K9HJK5L", "retailer", "hubei", "武汉", ["retail", "logistics"], "ordinary", 63, 300_000m, owner);
        yield return Partner("杭州西湖医疗器械有限公司", "91330100MA2H3MNP6Q", "distributor", "zhejiang", "杭州", ["healthcare"], "core", 88, 4_000_000m, owner);
    }

    private static JsonObject Partner(string name, string code, string type, string province, string city,
        string[] industries, string tier, int score, decimal creditLimit, JsonObject? owner) => new()
    {
        ["companyName"] = name,
        ["creditCode"] = code,
        ["partnerType"] = type,
        ["province"] = province,
        ["city"] = city,
        ["industries"] = new JsonArray(industries.Select(i => (JsonNode)i).ToArray()),
        ["tier"] = tier,
        ["status"] = "active",
        ["screeningScore"] = score,
        ["owner"] = owner?.DeepClone(),
        ["contactName"] = "王经理",
        ["contactPhone"] = "13800138000",
        ["contactEmail"] = "partner@example.com",
        ["creditLimit"] = creditLimit,
        ["paymentTermDays"] = 60,
    };
}
