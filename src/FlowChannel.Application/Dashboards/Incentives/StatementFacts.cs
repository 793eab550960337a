using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Dashboards.Incentives;

/// <summary>One rebate statement's figures, read from the value table in SQL (never from the record JSON).</summary>
internal sealed record StatementFact
{
    public Guid Id { get; init; }
    public DateTime CreatedAt { get; init; }
    public Guid? PartnerId { get; init; }
    public string? Partner { get; init; }
    public Guid? ProgramId { get; init; }
    public string? Program { get; init; }
    public double? Tier { get; init; }
    public double? Basis { get; init; }
    public double? Earned { get; init; }
    public double? SettledBefore { get; init; }
    public double? Settlement { get; init; }
    public string? Status { get; init; }
}

/// <summary>
/// The program settlements among the given statements, and of those the latest per partner and program: each
/// statement carries the figures to date, so the latest one is where the partner stands.
/// </summary>
internal static class StatementFacts
{
    public const string FormId = "rebate-statement";

    public static IQueryable<StatementFact> Of(FlowChannelDbContext db, IQueryable<FormRecord> statements)
    {
        var values = db.RecordFieldValues.Where(v => v.FormId == FormId && v.Ordinal == 0);
        return statements.Select(r => new StatementFact
        {
            Id = r.Id,
            CreatedAt = r.CreatedAt,
            PartnerId = values.Where(v => v.RecordId == r.Id && v.FieldKey == "partner").Select(v => v.LinkedRecordId).FirstOrDefault(),
            Partner = values.Where(v => v.RecordId == r.Id && v.FieldKey == "partner").Select(v => v.Text).FirstOrDefault(),
            ProgramId = values.Where(v => v.RecordId == r.Id && v.FieldKey == "program").Select(v => v.LinkedRecordId).FirstOrDefault(),
            Program = values.Where(v => v.RecordId == r.Id && v.FieldKey == "program").Select(v => v.Text).FirstOrDefault(),
            Tier = values.Where(v => v.RecordId == r.Id && v.FieldKey == "tierNumber").Select(v => v.Number).FirstOrDefault(),
            Basis = values.Where(v => v.RecordId == r.Id && v.FieldKey == "basisToDate").Select(v => v.Number).FirstOrDefault(),
            Earned = values.Where(v => v.RecordId == r.Id && v.FieldKey == "earnedToDate").Select(v => v.Number).FirstOrDefault(),
            SettledBefore = values.Where(v => v.RecordId == r.Id && v.FieldKey == "settledBefore").Select(v => v.Number).FirstOrDefault(),
            Settlement = values.Where(v => v.RecordId == r.Id && v.FieldKey == "settlement").Select(v => v.Number).FirstOrDefault(),
            Status = values.Where(v => v.RecordId == r.Id && v.FieldKey == "status").Select(v => v.Text).FirstOrDefault(),
        }).Where(f => f.ProgramId != null && f.PartnerId != null);
    }

    /// <summary>The latest statement of each partner in each program (by creation; the statements of one program are written in order).</summary>
    public static IQueryable<StatementFact> Latest(IQueryable<StatementFact> facts) =>
        facts.Where(f => !facts.Any(o => o.PartnerId == f.PartnerId && o.ProgramId == f.ProgramId && o.CreatedAt > f.CreatedAt));
}
