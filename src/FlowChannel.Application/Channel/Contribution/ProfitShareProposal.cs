using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Channel.Contribution;

namespace FlowChannel.Application.Channel.Contribution;

/// <summary>
/// A quarter's computed shares waiting for a director: the period, pool and model version, and each partner's line
/// already shaped as its contribution-share record. It travels through the workflow as JSON, so what is published
/// after approval is exactly what the director saw, even if the actuals change in between.
/// </summary>
public sealed record ProfitShareProposal(string Period, decimal Pool, int ModelVersion, IReadOnlyList<JsonObject> Lines)
{
    public const string FormId = "contribution-share";

    public decimal Distributed => Lines.Sum(l => (decimal)l["share"]!);

    public static ProfitShareProposal From(string period, ProfitSharingStatement statement, IReadOnlyList<ChannelRecord> partners)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var lines = statement.Lines.Zip(partners).Select(pair => new JsonObject
        {
            ["partner"] = PartnerProfiles.Link(pair.Second),
            ["period"] = period,
            ["salesScore"] = pair.First.SalesPoints,
            ["marketScore"] = pair.First.MarketDevelopmentPoints,
            ["serviceScore"] = pair.First.ServicePoints,
            ["contributionScore"] = pair.First.Score,
            ["level"] = pair.First.Level,
            ["multiplier"] = pair.First.Multiplier,
            ["share"] = pair.First.Share,
        }).ToList();
        return new ProfitShareProposal(period, statement.Pool, statement.ModelVersion, lines);
    }

    /// <summary>Reads a proposal an earlier step produced; anything else is refused naming the <c>proposal</c> input.</summary>
    public static ProfitShareProposal Read(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Through the script engine numbers come back as doubles; read as text again they convert like any JSON number.
        json = JsonNode.Parse(json.ToJsonString())!.AsObject();
        try
        {
            var lines = json["lines"]!.AsArray().Select(l => (JsonObject)l!.DeepClone()).ToList();
            foreach (var line in lines)
            {
                _ = PartnerOf(line);
                _ = (decimal)line["share"]!;
            }
            return new ProfitShareProposal((string)json["period"]!, (decimal)json["pool"]!, (int)json["modelVersion"]!, lines);
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException or InvalidCastException)
        {
            throw new ChannelInputException("proposal", "is not a profit-sharing proposal (period, pool, modelVersion and lines with partner and share).");
        }
    }

    public static Guid PartnerOf(JsonObject line) =>
        Guid.TryParse((string?)line["partner"]?["id"], out var id) ? id : throw new FormatException("A line has no partner id.");

    public JsonObject ToJson() => new()
    {
        ["period"] = Period,
        ["pool"] = Pool,
        ["modelVersion"] = ModelVersion,
        ["lines"] = new JsonArray([.. Lines.Select(l => (JsonNode)l.DeepClone())]),
    };

    /// <summary>One headline, then the partners who get something, largest share first: what the approver reads.</summary>
    public string Summary()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"{Period}: {Distributed:#,0.##} of {Pool:#,0.##} shared among {Lines.Count} partner(s), model v{ModelVersion}"));
        foreach (var line in Lines.Where(l => (decimal)l["share"]! > 0m).OrderByDescending(l => (decimal)l["share"]!))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\n{(string?)line["partner"]!["name"]} · {(string?)line["level"]} · {(decimal)line["contributionScore"]!:0.##} → {(decimal)line["share"]!:#,0.##}");
        }
        return text.ToString();
    }
}
