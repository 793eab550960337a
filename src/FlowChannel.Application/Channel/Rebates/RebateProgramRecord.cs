using System.Text.Json.Nodes;
using FlowChannel.Channel.Common;
using FlowChannel.Channel.Rebates;

namespace FlowChannel.Application.Channel.Rebates;

/// <summary>A rebate-program record read into the engine's <see cref="RebateProgram"/>; rates are stored as percents.</summary>
public sealed record RebateProgramRecord(ChannelRecord Record, RebateProgram Program, int Year, string Name, IReadOnlyList<string> Tiers)
{
    public const string FormId = "rebate-program";

    /// <exception cref="RuleException">The tier table or a setting is unusable; the path names the field.</exception>
    public static RebateProgramRecord From(ChannelRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var tiers = (record.Data["tiers"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(row => new ChannelRecord(record.Id, null, "", row, record.CreatedAt))
            .Select(row => new RebateTier(row.Number("lower") ?? 0m, row.Number("upper"), (row.Number("rate") ?? 0m) / 100m))
            .ToList();
        var program = new RebateProgram(
            record.Text("programCode") ?? record.Id.ToString(),
            record.Text("ruleVersion") ?? "1",
            RebateTable.Create(tiers),
            record.Text("method") == "incremental" ? RebateMethod.Incremental : RebateMethod.Retroactive,
            record.Text("basis") == "collections" ? RebateBasis.Collections : RebateBasis.Sales,
            record.Number("cap"));
        var year = (int?)record.Number("year") ?? throw new RuleException("year", "The program has no year.");
        var appliesTo = (record.Data["appliesToTiers"] as JsonArray ?? []).Select(t => (string?)t).OfType<string>().ToList();
        return new RebateProgramRecord(record, program, year, record.Text("name") ?? program.Id, appliesTo);
    }
}
