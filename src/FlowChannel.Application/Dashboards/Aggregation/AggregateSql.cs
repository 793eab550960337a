using System.Linq.Expressions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// Builds the one GROUP BY statement of an aggregation: records (already scoped and filtered) left-joined to the value
/// rows of the asked fields, grouped by the dimension keys, every measure slot aggregated. The database does all of it;
/// only the groups come back.
/// </summary>
internal sealed class AggregateSql(FlowChannelDbContext db, string formId)
{
    /// <summary>The groups of <paramref name="records"/>: at most <paramref name="take"/> of them.</summary>
    public Task<List<AggregateTotals>> RunAsync(IQueryable<FormRecord> records, string[] dimensionKeys, string[] measureKeys,
        Expression<Func<AggregateFact, AggregateKey>> groupKey, int take, CancellationToken ct) =>
        Build(records, dimensionKeys, measureKeys, groupKey).Take(take).ToListAsync(ct);

    /// <summary>The statement, not yet run (tests read its SQL for each provider).</summary>
    /// <param name="records">The records to aggregate, already scoped to the caller and filtered.</param>
    /// <param name="dimensionKeys">The value-table key per dimension slot ("" for a record property or an unused slot).</param>
    /// <param name="measureKeys">The value-table key per measure slot ("" when unused or a plain count).</param>
    /// <param name="groupKey">Picks the key of a fact (see <see cref="AggregateKeys"/>).</param>
    public IQueryable<AggregateTotals> Build(IQueryable<FormRecord> records, string[] dimensionKeys, string[] measureKeys,
        Expression<Func<AggregateFact, AggregateKey>> groupKey)
    {
        var (k0, k1, k2) = (dimensionKeys[0], dimensionKeys[1], dimensionKeys[2]);
        var (m0, m1, m2, m3) = (measureKeys[0], measureKeys[1], measureKeys[2], measureKeys[3]);
        var facts =
            from r in records
            join a in Values(k0) on r.Id equals a.RecordId into ja
            from a in ja.DefaultIfEmpty()
            join b in Values(k1) on r.Id equals b.RecordId into jb
            from b in jb.DefaultIfEmpty()
            join c in Values(k2) on r.Id equals c.RecordId into jc
            from c in jc.DefaultIfEmpty()
            join v0 in Values(m0) on r.Id equals v0.RecordId into j0
            from v0 in j0.DefaultIfEmpty()
            join v1 in Values(m1) on r.Id equals v1.RecordId into j1
            from v1 in j1.DefaultIfEmpty()
            join v2 in Values(m2) on r.Id equals v2.RecordId into j2
            from v2 in j2.DefaultIfEmpty()
            join v3 in Values(m3) on r.Id equals v3.RecordId into j3
            from v3 in j3.DefaultIfEmpty()
            select new AggregateFact
            {
                Status = r.Status,
                CreatedAt = r.CreatedAt,
                T0 = a.Text, N0 = a.Number, D0 = a.Date,
                T1 = b.Text, N1 = b.Number, D1 = b.Date,
                T2 = c.Text, N2 = c.Number, D2 = c.Date,
                M0 = v0.Number, S0 = v0.Text,
                M1 = v1.Number, S1 = v1.Text,
                M2 = v2.Number, S2 = v2.Text,
                M3 = v3.Number, S3 = v3.Text,
            };
        return facts.GroupBy(groupKey).Select(g => new AggregateTotals
        {
            Key = g.Key,
            Count = g.Count(),
            Sum0 = g.Sum(f => f.M0), Sum1 = g.Sum(f => f.M1), Sum2 = g.Sum(f => f.M2), Sum3 = g.Sum(f => f.M3),
            Avg0 = g.Average(f => f.M0), Avg1 = g.Average(f => f.M1), Avg2 = g.Average(f => f.M2), Avg3 = g.Average(f => f.M3),
            Min0 = g.Min(f => f.M0), Min1 = g.Min(f => f.M1), Min2 = g.Min(f => f.M2), Min3 = g.Min(f => f.M3),
            Max0 = g.Max(f => f.M0), Max1 = g.Max(f => f.M1), Max2 = g.Max(f => f.M2), Max3 = g.Max(f => f.M3),
            Distinct0 = g.Select(f => f.S0).Distinct().Count(),
            Distinct1 = g.Select(f => f.S1).Distinct().Count(),
            Distinct2 = g.Select(f => f.S2).Distinct().Count(),
            Distinct3 = g.Select(f => f.S3).Distinct().Count(),
        });
    }

    /// <summary>The first value of a top-level field of this form's records (a key of "" matches none).</summary>
    private IQueryable<RecordFieldValue> Values(string key) =>
        db.RecordFieldValues.Where(v => v.FormId == formId && v.FieldKey == key && v.Ordinal == 0);
}
