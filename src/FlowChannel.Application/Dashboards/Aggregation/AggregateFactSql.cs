using System.Linq.Expressions;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Facts;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// The GROUP BY statement of an aggregation read from <see cref="RecordFact"/> alone: one row per record, its dimensions
/// and measures already in typed slots, so a million records are one pass over one table with no lookups. Used when
/// every field the aggregation reads has a slot (see <see cref="Columns"/>); otherwise <see cref="AggregateSql"/> joins
/// the value table.
/// </summary>
internal static class AggregateFactSql
{
    /// <summary>
    /// The facts columns of the plan's dimension and measure slots ("" where a slot reads a record column or is unused);
    /// null when some field it reads has no slot.
    /// </summary>
    public static (string[] Dimensions, string[] Measures)? Columns(AggregatePlan plan, RecordFactLayout layout)
    {
        var dimensions = new string[plan.DimensionKeys.Length];
        for (var i = 0; i < dimensions.Length; i++)
        {
            var key = plan.DimensionKeys[i];
            var kind = i < plan.Slots.Count ? plan.Slots[i].Kind : DimensionKind.Unused;
            dimensions[i] = key.Length == 0 ? "" : layout.Column(key, kind switch
            {
                DimensionKind.Text => RecordFactSlot.Text,
                DimensionKind.Boolean => RecordFactSlot.Number,
                _ => RecordFactSlot.Date,
            }) ?? "";
            if (key.Length > 0 && dimensions[i].Length == 0)
            {
                return null;
            }
        }
        var measures = new string[plan.MeasureKeys.Length];
        for (var i = 0; i < measures.Length; i++)
        {
            var key = plan.MeasureKeys[i];
            var distinct = i < plan.MeasureAggregates.Count && plan.MeasureAggregates[i] == Aggregates.DistinctCount;
            measures[i] = key.Length == 0 ? "" : layout.Column(key, distinct ? RecordFactSlot.Text : RecordFactSlot.Number) ?? "";
            if (key.Length > 0 && measures[i].Length == 0)
            {
                return null;
            }
        }
        return (dimensions, measures);
    }

    /// <summary>The statement, not yet run (tests read its SQL for each provider).</summary>
    /// <param name="facts">The facts rows to aggregate, already scoped to the caller and filtered.</param>
    /// <param name="dimensionColumns">The facts column per dimension slot (<c>T3</c>, <c>D0</c>; "" for a record column or an unused slot).</param>
    /// <param name="measureColumns">The facts column per measure slot (<c>N1</c> measured, <c>T2</c> counted distinct; "" when unused).</param>
    /// <param name="groupKey">Picks the key of a fact (see <see cref="AggregateKeys"/>).</param>
    /// <param name="aggregates">The aggregate each measure slot asks for.</param>
    public static IQueryable<AggregateTotals> Build(IQueryable<RecordFact> facts, string[] dimensionColumns, string[] measureColumns,
        Expression<Func<AggregateFact, AggregateKey>> groupKey, IReadOnlyList<string> aggregates)
    {
        var row = Expression.Parameter(typeof(RecordFact), "f");
        var bindings = new List<MemberBinding>
        {
            Bind(nameof(AggregateFact.Status), Expression.Property(row, nameof(RecordFact.Status))),
            Bind(nameof(AggregateFact.CreatedAt), Expression.Property(row, nameof(RecordFact.CreatedAt))),
        };
        for (var i = 0; i < dimensionColumns.Length; i++)
        {
            if (dimensionColumns[i].Length > 0)
            {
                // T3 feeds the slot's text, N3 its number (a boolean), D3 its date.
                bindings.Add(Bind(dimensionColumns[i][..1] + i, Expression.Property(row, dimensionColumns[i])));
            }
        }
        var totals = new List<MemberBinding>();
        for (var i = 0; i < measureColumns.Length; i++)
        {
            if (measureColumns[i].Length > 0)
            {
                var member = (measureColumns[i][0] == RecordFactSlot.Text[0] ? "S" : "M") + i;
                bindings.Add(Bind(member, Expression.Property(row, measureColumns[i])));
                totals.AddRange(i < aggregates.Count ? AggregateTotalsSelector.Bindings(aggregates[i], i) : []);
            }
        }
        var project = Expression.Lambda<Func<RecordFact, AggregateFact>>(
            Expression.MemberInit(Expression.New(typeof(AggregateFact)), bindings), row);
        return facts.Select(project).GroupBy(groupKey).Select(AggregateTotalsSelector.Build(totals));
    }

    private static MemberAssignment Bind(string member, Expression value) => Expression.Bind(typeof(AggregateFact).GetProperty(member)!, value);
}
