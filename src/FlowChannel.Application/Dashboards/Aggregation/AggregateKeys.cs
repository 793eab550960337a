using System.Globalization;
using System.Linq.Expressions;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>How one dimension slot turns a fact into its part of the group key.</summary>
internal enum DimensionKind
{
    Unused,
    Text,
    Boolean,
    Status,
    Year,
    Quarter,
    Month,
    Day,
}

/// <summary>
/// Builds the group-key selector from the dimension slots (a text, or a date reduced to a period number the database
/// computes), and turns period numbers back into the labels the result reports.
/// </summary>
internal static class AggregateKeys
{
    public static Expression<Func<AggregateFact, AggregateKey>> Selector(IReadOnlyList<(DimensionKind Kind, bool FromCreatedAt)> slots)
    {
        var fact = Expression.Parameter(typeof(AggregateFact), "f");
        var bindings = new List<MemberBinding>();
        // Each slot in use groups by its text or its period, never by a constant (SQL Server refuses constants in GROUP
        // BY); a slot not in use is left out, so the statement needs no join for it.
        for (var i = 0; i < Math.Min(slots.Count, 3); i++)
        {
            var (kind, createdAt) = slots[i];
            if (kind is DimensionKind.Text or DimensionKind.Boolean or DimensionKind.Status)
            {
                bindings.Add(Expression.Bind(typeof(AggregateKey).GetProperty("T" + i)!, Rebind(Text(kind, i), fact)));
            }
            else if (kind is not DimensionKind.Unused)
            {
                bindings.Add(Expression.Bind(typeof(AggregateKey).GetProperty("P" + i)!, Rebind(Period(kind, i, createdAt), fact)));
            }
        }
        if (bindings.Count == 0)
        {
            // One group of every record; EF needs a key member to group by, and keeps a constant out of the GROUP BY.
            bindings.Add(Expression.Bind(typeof(AggregateKey).GetProperty("T0")!, Expression.Constant(null, typeof(string))));
        }
        return Expression.Lambda<Func<AggregateFact, AggregateKey>>(Expression.MemberInit(Expression.New(typeof(AggregateKey)), bindings), fact);
    }

    /// <summary>The label of a group's key part.</summary>
    public static string? Label(DimensionKind kind, string? text, int? period) => kind switch
    {
        DimensionKind.Year => period?.ToString(CultureInfo.InvariantCulture),
        DimensionKind.Quarter => period is { } q ? $"{q / 10}-Q{q % 10}" : null,
        DimensionKind.Month => period is { } m ? $"{m / 100}-{m % 100:00}" : null,
        DimensionKind.Day => period is { } d ? $"{d / 10000}-{d / 100 % 100:00}-{d % 100:00}" : null,
        _ => text,
    };

    private static Expression<Func<AggregateFact, string?>> Text(DimensionKind kind, int slot) => (kind, slot) switch
    {
        (DimensionKind.Text, 0) => (Expression<Func<AggregateFact, string?>>)(f => f.T0),
        (DimensionKind.Text, 1) => (Expression<Func<AggregateFact, string?>>)(f => f.T1),
        (DimensionKind.Text, 2) => (Expression<Func<AggregateFact, string?>>)(f => f.T2),
        (DimensionKind.Boolean, 0) => (Expression<Func<AggregateFact, string?>>)(f => f.N0 == null ? null : f.N0 != 0 ? "true" : "false"),
        (DimensionKind.Boolean, 1) => (Expression<Func<AggregateFact, string?>>)(f => f.N1 == null ? null : f.N1 != 0 ? "true" : "false"),
        (DimensionKind.Boolean, 2) => (Expression<Func<AggregateFact, string?>>)(f => f.N2 == null ? null : f.N2 != 0 ? "true" : "false"),
        _ => (Expression<Func<AggregateFact, string?>>)(f => f.Status),
    };

    private static Expression<Func<AggregateFact, int?>> Period(DimensionKind kind, int slot, bool createdAt)
    {
        Expression<Func<AggregateFact, DateTime?>> date = createdAt ? f => f.CreatedAt
            : slot switch { 0 => f => f.D0, 1 => f => f.D1, _ => f => f.D2 };
        Expression<Func<DateTime?, int?>> period = kind switch
        {
            DimensionKind.Year => d => d == null ? null : d.Value.Year,
            DimensionKind.Quarter => d => d == null ? null : d.Value.Year * 10 + (d.Value.Month + 2) / 3,
            DimensionKind.Month => d => d == null ? null : d.Value.Year * 100 + d.Value.Month,
            _ => d => d == null ? null : d.Value.Year * 10000 + d.Value.Month * 100 + d.Value.Day,
        };
        var fact = date.Parameters[0];
        return Expression.Lambda<Func<AggregateFact, int?>>(new Replacer(period.Parameters[0], date.Body).Visit(period.Body), fact);
    }

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression fact) =>
        new Replacer(lambda.Parameters[0], fact).Visit(lambda.Body);

    private sealed class Replacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
