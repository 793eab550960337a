using System.Globalization;
using System.Text.Json.Nodes;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// A sample partner: its profile record and what drives its history. <see cref="Size"/> is a Pareto draw, so a few
/// partners are many times the typical one; tier follows size, as the scorecards would have placed them.
/// </summary>
internal sealed record SamplePartner(Guid Id, string Name, string Province, IReadOnlyList<string> Industries, string Tier,
    string Status, double Size, int TermDays, JsonObject Profile)
{
    public JsonObject Link() => new() { ["id"] = Id.ToString(), ["name"] = Name };

    /// <summary>Whether the partner trades: prospects have not started, ended partners stopped.</summary>
    public bool Trades => Status is not "prospect";

    public static SamplePartner Make(SampleSpec spec, int index, JsonObject? owner)
    {
        var random = SampleRandom.For(spec.Seed, 1, index);
        var id = random.NewId();
        var province = random.Pick(SamplePlaces.Provinces);
        var city = random.Pick(province.Cities);
        var size = random.Pareto(1.16, 80);
        var tier = size >= 5 ? "core" : size >= 2 ? "strategic" : "ordinary";
        var status = random.Pick(SamplePlaces.Statuses);
        var industries = SamplePlaces.Industries.Where(_ => random.Chance(0.18)).DefaultIfEmpty(random.Pick(SamplePlaces.Industries)).ToList();
        var name = $"{city}{random.Pick(SamplePlaces.NameWords)}{random.Pick(SamplePlaces.NameTrades)}有限公司";
        var term = random.Pick([30, 45, 60, 90]);
        var profile = new JsonObject
        {
            ["companyName"] = name,
            ["creditCode"] = "91" + province.Code + random.CodeChars(10),
            ["partnerType"] = random.Pick(SamplePlaces.PartnerTypes),
            ["province"] = province.Value,
            ["city"] = city,
            ["industries"] = new JsonArray([.. industries.Select(i => (JsonNode)i)]),
            ["tier"] = tier,
            ["status"] = status,
            ["screeningScore"] = Math.Min(98, 55 + (int)(size * 4) + random.Between(0, 12)),
            ["owner"] = owner?.DeepClone(),
            ["contactName"] = random.Pick(SamplePlaces.Surnames) + "经理",
            ["contactPhone"] = "13" + random.Between(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture),
            ["contactEmail"] = string.Create(CultureInfo.InvariantCulture, $"contact{index}@partner{spec.Seed % 10_000}-{index}.example.com"),
            ["creditLimit"] = Math.Max(200_000m, Math.Round((decimal)size * 400_000m / 10_000m) * 10_000m),
            ["paymentTermDays"] = term,
        };
        return new SamplePartner(id, name, province.Value, industries, tier, status, size, term, profile);
    }

    /// <summary>One of the named demo partners (<see cref="Setup.SamplePartners"/>), given a size by its tier.</summary>
    public static SamplePartner Named(SampleSpec spec, int index, JsonObject profile)
    {
        var random = SampleRandom.For(spec.Seed, 2, index);
        var tier = (string)profile["tier"]!;
        var size = tier switch { "core" => 12 + random.Next() * 10, "strategic" => 3 + random.Next() * 2, _ => 1 + random.Next() };
        var industries = profile["industries"]!.AsArray().Select(i => (string)i!).ToList();
        return new SamplePartner(random.NewId(), (string)profile["companyName"]!, (string)profile["province"]!, industries, tier,
            (string)profile["status"]!, size, (int)profile["paymentTermDays"]!, profile);
    }
}
