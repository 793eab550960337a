using System.Linq.Expressions;
using FlowChannel.Application.Records.Query;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Facts;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// The caller's data scope and the aggregation's filters as tests on <see cref="RecordFact"/> rows, meaning exactly what
/// they mean on records and value rows; null when one cannot be said there (a linked field, a subform column, a field
/// holding several values or one without a slot), and the aggregation then reads records and the value table.
/// </summary>
internal static class AggregateFactFilters
{
    /// <summary>The form's live facts rows within <paramref name="scope"/> (a predicate on records) and the filters.</summary>
    public static IQueryable<RecordFact>? Apply(IQueryable<RecordFact> facts, RecordFactLayout layout, Expression<Func<FormRecord, bool>> scope,
        IReadOnlyList<(GridField Field, GridCondition Condition)> filters, FormSchema schema)
    {
        var formId = layout.FormId;
        facts = facts.Where(f => f.FormId == formId && f.DeletedAt == null);
        if (OnFacts(scope) is not { } scoped)
        {
            return null;
        }
        facts = facts.Where(scoped);
        foreach (var (field, condition) in filters)
        {
            if (Test(field, condition, layout, schema) is not { } test)
            {
                return null;
            }
            facts = facts.Where(test);
        }
        return facts;
    }

    private static Expression<Func<RecordFact, bool>>? Test(GridField field, GridCondition condition, RecordFactLayout layout, FormSchema schema)
    {
        if (field.RecordColumn is { } column)
        {
            return OnFacts(condition.OnRecord(column));
        }
        var key = field.ValueKey;
        if (field.Linked is not null || key is null || key.Contains('.', StringComparison.Ordinal) || schema.FindField(key) is not { IsMultiple: false })
        {
            return null;
        }
        var kind = condition.Text is not null ? RecordFactSlot.Text
            : condition.Number is not null ? RecordFactSlot.Number
            : condition.Date is not null ? RecordFactSlot.Date
            : field.Kind switch
            {
                GridValueKind.Number or GridValueKind.Boolean => RecordFactSlot.Number,
                GridValueKind.Date or GridValueKind.DateTime => RecordFactSlot.Date,
                _ => RecordFactSlot.Text,
            };
        if (layout.Column(key, kind) is not { } slot)
        {
            return null;
        }
        var positive = kind switch
        {
            RecordFactSlot.Text => Present<string?>(slot, condition.Text),
            RecordFactSlot.Number => Present<double?>(slot, condition.Number),
            _ => Present<DateTime?>(slot, condition.Date),
        };
        // "No value passes" is also true of a record without a value: the presence test keeps NOT away from SQL's nulls.
        return condition.Negate ? ExpressionComposer.Not(positive) : positive;
    }

    /// <summary><c>f => f.slot != null &amp;&amp; test(f.slot)</c>: some value of the field passes (any value when no test).</summary>
    private static Expression<Func<RecordFact, bool>> Present<T>(string slot, Expression<Func<T, bool>>? test)
    {
        var row = Expression.Parameter(typeof(RecordFact), "f");
        var column = Expression.Lambda<Func<RecordFact, T>>(Expression.Property(row, slot), row);
        var present = Expression.NotEqual(column.Body, Expression.Constant(null, typeof(T)));
        var body = test is null ? present : Expression.AndAlso(present, ExpressionComposer.Apply(column, test).Body);
        return Expression.Lambda<Func<RecordFact, bool>>(body, row);
    }

    /// <summary>A predicate on records as one on their facts rows (the same columns under the same names, the id as RecordId).</summary>
    private static Expression<Func<RecordFact, bool>>? OnFacts(Expression<Func<FormRecord, bool>> predicate)
    {
        var row = Expression.Parameter(typeof(RecordFact), "f");
        var rewriter = new RecordToFact(predicate.Parameters[0], row);
        var body = rewriter.Visit(predicate.Body);
        return rewriter.Failed ? null : Expression.Lambda<Func<RecordFact, bool>>(body, row);
    }

    private sealed class RecordToFact(ParameterExpression record, ParameterExpression fact) : ExpressionVisitor
    {
        public bool Failed { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression != record)
            {
                return base.VisitMember(node);
            }
            var name = node.Member.Name == nameof(FormRecord.Id) ? nameof(RecordFact.RecordId) : node.Member.Name;
            if (typeof(RecordFact).GetProperty(name) is { } property && property.PropertyType == node.Type)
            {
                return Expression.Property(fact, property);
            }
            Failed = true;
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            // The record itself, not one of its columns: nothing on the facts row stands for it.
            Failed |= node == record;
            return node;
        }
    }
}
