using System.Text.Json.Nodes;

namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// The values a formula sees: the record's fields by key, and, for a formula inside a subform, the current row
/// (<c>row.x</c>). A field whose value is an array of row objects is a subform: <c>lines.amount</c> reads as the array
/// of that column. <see cref="Now"/> and <see cref="TimeZone"/> fix what TODAY() and NOW() return.
/// </summary>
public sealed record FormulaScope(JsonObject Fields, JsonObject? Row = null)
{
    /// <summary>The instant TODAY() and NOW() report; the current time when null.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The zone whose calendar TODAY() and NOW() use; UTC when null.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    internal DateTimeOffset LocalNow()
    {
        var now = Now ?? DateTimeOffset.UtcNow;
        return TimeZone is null ? now.ToOffset(TimeSpan.Zero) : System.TimeZoneInfo.ConvertTime(now, TimeZone);
    }
}
