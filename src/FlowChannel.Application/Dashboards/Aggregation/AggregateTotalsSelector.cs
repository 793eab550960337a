using System.Linq.Expressions;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// Builds the projection of a group to its <see cref="AggregateTotals"/> with only the aggregates the measures ask for:
/// a group always has its key and count; a measure slot adds the one aggregate of its measure.
/// </summary>
internal static class AggregateTotalsSelector
{
    /// <summary>The aggregates that read a measured field (a count reads none).</summary>
    public static readonly string[] Measured = [Aggregates.Sum, Aggregates.Average, Aggregates.Min, Aggregates.Max, Aggregates.DistinctCount];

    private static readonly ParameterExpression Group = Expression.Parameter(typeof(IGrouping<AggregateKey, AggregateFact>), "g");

    /// <summary>The assignment of <paramref name="aggregate"/> of measure slot <paramref name="slot"/> (none for a count).</summary>
    public static IEnumerable<MemberBinding> Bindings(string aggregate, int slot)
    {
        LambdaExpression? template = aggregate switch
        {
            Aggregates.Sum => (Expression<Func<IGrouping<AggregateKey, AggregateFact>, double?>>)(g => g.Sum(f => f.M0)),
            Aggregates.Average => (Expression<Func<IGrouping<AggregateKey, AggregateFact>, double?>>)(g => g.Average(f => f.M0)),
            Aggregates.Min => (Expression<Func<IGrouping<AggregateKey, AggregateFact>, double?>>)(g => g.Min(f => f.M0)),
            Aggregates.Max => (Expression<Func<IGrouping<AggregateKey, AggregateFact>, double?>>)(g => g.Max(f => f.M0)),
            Aggregates.DistinctCount => (Expression<Func<IGrouping<AggregateKey, AggregateFact>, int>>)(g => g.Select(f => f.S0).Distinct().Count()),
            _ => null,
        };
        if (template is null)
        {
            yield break;
        }
        var total = aggregate switch
        {
            Aggregates.Sum => "Sum", Aggregates.Average => "Avg", Aggregates.Min => "Min", Aggregates.Max => "Max", _ => "Distinct",
        };
        // The templates read slot 0; point them at the asked slot and at the shared group parameter.
        var body = new SlotRewriter(template.Parameters[0], slot).Visit(template.Body);
        yield return Expression.Bind(typeof(AggregateTotals).GetProperty(total + slot)!, body);
    }

    /// <summary>g => new AggregateTotals { Key = g.Key, Count = g.Count(), the given aggregates }.</summary>
    public static Expression<Func<IGrouping<AggregateKey, AggregateFact>, AggregateTotals>> Build(IEnumerable<MemberBinding> aggregates)
    {
        Expression<Func<IGrouping<AggregateKey, AggregateFact>, AggregateTotals>> common = g => new AggregateTotals { Key = g.Key, Count = g.Count() };
        var init = (MemberInitExpression)new SlotRewriter(common.Parameters[0], 0).Visit(common.Body);
        var bindings = init.Bindings.Concat(aggregates.DistinctBy(b => b.Member.Name));
        return Expression.Lambda<Func<IGrouping<AggregateKey, AggregateFact>, AggregateTotals>>(init.Update(init.NewExpression, bindings), Group);
    }

    private sealed class SlotRewriter(ParameterExpression template, int slot) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == template ? Group : base.VisitParameter(node);

        protected override Expression VisitMember(MemberExpression node)
        {
            var inner = Visit(node.Expression)!;
            return node.Member.DeclaringType == typeof(AggregateFact) && node.Member.Name is "M0" or "S0"
                ? Expression.Property(inner, node.Member.Name[0] + slot.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : node.Update(inner);
        }
    }
}
