using FlowChannel.Application.Common;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records.Query;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Dashboards.Incentives;

/// <summary>
/// The incentive reports over the rebate statements the caller may view (after <paramref name="Filters"/>), computed in
/// the database from each partner's latest statement per program:
/// <list type="bullet">
/// <item><c>rebateTiers</c> — per tier reached: partners, basis, earned, settled (settled before plus a settled
/// statement's settlement) and pending (earned − settled).</item>
/// <item><c>nearMiss</c> — partners whose basis is below the program's next tier boundary by at most
/// <paramref name="Within"/> of that boundary: basis, next boundary, gap and gap ÷ boundary, smallest gap first.</item>
/// </list>
/// </summary>
public sealed record IncentiveFigures(Actor Actor, string Report, IReadOnlyList<GridFilter> Filters, string? TimeZone = null, decimal Within = 0.1m)
    : IQuery<AggregateResult>;

public sealed class IncentiveFiguresHandler(RecordPermissions permissions, FormSchemaCache schemas, TimeProvider clock)
    : IQueryHandler<IncentiveFigures, AggregateResult>
{
    public async ValueTask<AggregateResult> Handle(IncentiveFigures request, CancellationToken cancellationToken)
    {
        var rights = await permissions.ForFormAsync(request.Actor, StatementFacts.FormId, cancellationToken);
        if (!rights.Can(FormAction.View))
        {
            throw new ForbiddenException($"You may not view records of form '{StatementFacts.FormId}'.");
        }
        var schema = await schemas.GetPublishedAsync(permissions.Db, StatementFacts.FormId, cancellationToken);
        var errors = new List<FieldError>();
        var resolver = new GridFieldResolver(permissions, schemas, request.Actor, schema, rights);
        var records = permissions.Reachable(permissions.Db.FormRecords.AsNoTracking().Where(r => r.FormId == StatementFacts.FormId), rights, FormAction.View);
        records = await GridFilterSet.ApplyAsync(records, request.Filters, resolver, GridFilterSet.Parser(request.TimeZone, clock, errors),
            new GridFilters(permissions.Db, StatementFacts.FormId), errors, cancellationToken);
        // The reports read these fields: one hidden from the caller would leak through them.
        foreach (var field in (string[])["partner", "program", "tierNumber", "basisToDate", "earnedToDate", "settledBefore", "settlement", "status"])
        {
            if ((await resolver.ResolveAsync(field, "report", allowLinked: false, cancellationToken)).Error is { } error)
            {
                errors.Add(error);
            }
        }
        InvalidInputException.ThrowIfAny("The incentive report is not available.", errors);
        var latest = StatementFacts.Latest(StatementFacts.Of(permissions.Db, records));
        return request.Report switch
        {
            IncentiveReports.RebateTiers => await ByTierAsync(latest, cancellationToken),
            IncentiveReports.NearMiss => await NearMissAsync(latest, (double)request.Within, cancellationToken),
            _ => throw new InvalidInputException("The incentive report is invalid.", [new FieldError("report", "unknown", $"Unknown report '{request.Report}'.")]),
        };
    }

    private static async Task<AggregateResult> ByTierAsync(IQueryable<StatementFact> latest, CancellationToken ct)
    {
        var groups = await latest
            .GroupBy(f => f.Tier ?? 0)
            .Select(g => new
            {
                Tier = g.Key,
                Partners = g.Select(f => f.PartnerId).Distinct().Count(),
                Basis = g.Sum(f => f.Basis ?? 0),
                Earned = g.Sum(f => f.Earned ?? 0),
                Settled = g.Sum(f => (f.SettledBefore ?? 0) + (f.Status == "settled" ? f.Settlement ?? 0 : 0)),
            })
            .OrderBy(g => g.Tier)
            .ToListAsync(ct);
        return new AggregateResult(["tier"], ["partners", "basis", "earned", "settled", "pending"],
            [.. groups.Select(g => new AggregateRow([g.Tier.ToString("0", System.Globalization.CultureInfo.InvariantCulture)],
                [g.Partners, Round(g.Basis), Round(g.Earned), Round(g.Settled), Round(g.Earned - g.Settled)]))]);
    }

    private async Task<AggregateResult> NearMissAsync(IQueryable<StatementFact> latest, double within, CancellationToken ct)
    {
        // The program's tier boundaries are its subform cells "tiers.lower", indexed like every other value.
        var boundaries = permissions.Db.RecordFieldValues.Where(v => v.FormId == "rebate-program" && v.FieldKey == "tiers.lower");
        var rows = await latest
            .Select(f => new
            {
                f.Partner,
                f.Program,
                Basis = f.Basis ?? 0,
                Next = boundaries.Where(b => b.RecordId == f.ProgramId && b.Number > (f.Basis ?? 0)).Min(b => b.Number),
            })
            .Where(x => x.Next != null && x.Next - x.Basis <= within * x.Next)
            .Select(x => new { x.Partner, x.Program, x.Basis, Next = x.Next!.Value, Gap = x.Next!.Value - x.Basis })
            .OrderBy(x => x.Gap).ThenBy(x => x.Partner)
            .Take(AggregateQuery.MaxGroups)
            .ToListAsync(ct);
        return new AggregateResult(["partner", "program"], ["basis", "nextTier", "gap", "gapShare"],
            [.. rows.Select(r => new AggregateRow([r.Partner, r.Program],
                [Round(r.Basis), Round(r.Next), Round(r.Gap), r.Next == 0 ? null : Math.Round((decimal)(r.Gap / r.Next), 4)]))]);
    }

    // The value table keeps doubles; six decimals remove their binary noise (as the aggregations do).
    private static decimal Round(double value) => Math.Round((decimal)value, 6);
}

/// <summary>The incentive reports, also the widget types that show them.</summary>
public static class IncentiveReports
{
    public const string RebateTiers = "rebateTiers";
    public const string NearMiss = "nearMiss";
}
