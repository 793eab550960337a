using System.Text.Json.Nodes;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// What to generate: the seed fixes every choice; the scale multiplies the number of partners (about 200 at 1, each
/// with its two years of history, so 50 gives about a million records; 0 only the six named demo partners);
/// <paramref name="LastMonth"/> is the last of the 24 months of history.
/// </summary>
public sealed record SampleSpec(int Seed, decimal Scale, DateOnly LastMonth)
{
    public const int PartnersAtScaleOne = 200;
    public const int Months = 24;
    public const int DefaultSeed = 20_261_124;

    /// <summary>Generated partners besides the named ones: 200 in all at scale 1.</summary>
    public int GeneratedPartners(int named) =>
        Scale <= 0 ? 0 : Math.Max(1, (int)Math.Round(PartnersAtScaleOne * Scale, MidpointRounding.AwayFromZero) - named);

    /// <summary>The first day of the first month of history.</summary>
    public DateOnly FirstDay => new DateOnly(LastMonth.Year, LastMonth.Month, 1).AddMonths(1 - Months);

    /// <summary>The day after the last month of history.</summary>
    public DateOnly EndDay => new DateOnly(LastMonth.Year, LastMonth.Month, 1).AddMonths(1);
}

/// <summary>A record the generator made: its id (fixed by the seed), form, data as a submission would send it, and when it happened.</summary>
public sealed record GeneratedRecord(Guid Id, string FormId, JsonObject Data, DateOnly On);
