using System.Linq.Expressions;
using System.Reflection;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// Builds the one GROUP BY statement of an aggregation: records (already scoped and filtered) left-joined to the value
/// rows of the asked fields, grouped by the dimension keys, each measure slot aggregated as asked. The database does all
/// of it; only the groups come back. A slot not in use costs nothing: it is neither joined nor aggregated, because on a
/// million records every join is a million index lookups and every aggregate (above all a distinct count) a pass.
/// </summary>
internal sealed class AggregateSql(FlowChannelDbContext db, string formId)
{
    /// <summary>The statement, not yet run (tests read its SQL for each provider).</summary>
    /// <param name="records">The records to aggregate, already scoped to the caller and filtered.</param>
    /// <param name="dimensionKeys">The value-table key per dimension slot ("" for a record property or an unused slot).</param>
    /// <param name="measureKeys">The value-table key per measure slot ("" when unused or a plain count).</param>
    /// <param name="groupKey">Picks the key of a fact (see <see cref="AggregateKeys"/>).</param>
    /// <param name="aggregates">The aggregate each measure slot asks for (see <see cref="Aggregates"/>); null computes
    /// every aggregate of every slot that has a key.</param>
    public IQueryable<AggregateTotals> Build(IQueryable<FormRecord> records, string[] dimensionKeys, string[] measureKeys,
        Expression<Func<AggregateFact, AggregateKey>> groupKey, IReadOnlyList<string>? aggregates = null)
    {
        var facts = records.Select(r => new AggregateFact { RecordId = r.Id, Status = r.Status, CreatedAt = r.CreatedAt });
        var set = new List<string> { nameof(AggregateFact.RecordId), nameof(AggregateFact.Status), nameof(AggregateFact.CreatedAt) };
        for (var i = 0; i < dimensionKeys.Length; i++)
        {
            if (dimensionKeys[i].Length > 0)
            {
                facts = Join(facts, dimensionKeys[i], set, ("T" + i, v => v.Text), ("N" + i, v => v.Number), ("D" + i, v => v.Date));
            }
        }
        var totals = new List<MemberBinding>();
        for (var i = 0; i < measureKeys.Length; i++)
        {
            if (measureKeys[i].Length > 0)
            {
                var asked = aggregates is null ? AggregateTotalsSelector.Measured : i < aggregates.Count ? [aggregates[i]] : [];
                facts = Join(facts, measureKeys[i], set, ("M" + i, v => v.Number), ("S" + i, v => v.Text));
                totals.AddRange(asked.SelectMany(a => AggregateTotalsSelector.Bindings(a, i)));
            }
        }
        return facts.GroupBy(groupKey).Select(AggregateTotalsSelector.Build(totals));
    }

    /// <summary>
    /// Left-joins the first value of <paramref name="key"/> to each fact: a copy of the fact (the members set so far)
    /// with the slot's members filled from the value row.
    /// </summary>
    private IQueryable<AggregateFact> Join(IQueryable<AggregateFact> facts, string key, List<string> set,
        params (string Member, Expression<Func<RecordFieldValue, object?>> Column)[] slot)
    {
        var fact = Expression.Parameter(typeof(AggregateFact), "f");
        var value = Expression.Parameter(typeof(RecordFieldValue), "v");
        var bindings = set.Select(name => Member(name, Expression.Property(fact, name))).ToList();
        foreach (var (member, column) in slot)
        {
            var read = column.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : column.Body;
            bindings.Add(Member(member, new Replace(column.Parameters[0], value).Visit(read)));
            set.Add(member);
        }
        var copy = Expression.Lambda<Func<AggregateFact, RecordFieldValue?, AggregateFact>>(
            Expression.MemberInit(Expression.New(typeof(AggregateFact)), bindings), fact, value);
        return facts.LeftJoin(Values(key), f => f.RecordId, v => v.RecordId, copy);
    }

    private static MemberAssignment Member(string name, Expression value) =>
        Expression.Bind(typeof(AggregateFact).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!, value);

    /// <summary>The first value of a top-level field of this form's records.</summary>
    private IQueryable<RecordFieldValue> Values(string key) =>
        db.RecordFieldValues.Where(v => v.FormId == formId && v.FieldKey == key && v.Ordinal == 0);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
