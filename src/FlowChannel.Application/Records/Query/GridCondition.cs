using System.Linq.Expressions;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// A parsed filter: a test on one typed value (null: any value at all) that some value of the field must pass, or, when
/// <see cref="Negate"/> is set, that no value may pass (<c>ne</c>, <c>notIn</c>, <c>notContains</c>, <c>empty</c>).
/// Exactly one of the tests is set, matching the field's kind.
/// </summary>
internal sealed record GridCondition(
    bool Negate,
    Expression<Func<string?, bool>>? Text = null,
    Expression<Func<double?, bool>>? Number = null,
    Expression<Func<DateTime?, bool>>? Date = null)
{
    /// <summary>The test on a row of the value table (null: any row of the field).</summary>
    public Expression<Func<RecordFieldValue, bool>>? OnValue() =>
        Text is not null ? ExpressionComposer.Apply<RecordFieldValue, string?>(v => v.Text, Text)
        : Number is not null ? ExpressionComposer.Apply<RecordFieldValue, double?>(v => v.Number, Number)
        : Date is not null ? ExpressionComposer.Apply<RecordFieldValue, DateTime?>(v => v.Date, Date)
        : null;

    /// <summary>The test on a record property (<c>$status</c>, <c>$createdAt</c>, <c>$updatedAt</c>), negation included.</summary>
    public Expression<Func<FormRecord, bool>> OnRecord(string column)
    {
        Expression<Func<FormRecord, bool>> positive = column switch
        {
            GridField.Status => ExpressionComposer.Apply<FormRecord, string?>(r => r.Status, Text ?? (s => s != null)),
            GridField.CreatedAt => ExpressionComposer.Apply<FormRecord, DateTime?>(r => r.CreatedAt, Date ?? (d => d != null)),
            _ => ExpressionComposer.Apply<FormRecord, DateTime?>(r => r.UpdatedAt, Date ?? (d => d != null)),
        };
        return Negate ? ExpressionComposer.Not(positive) : positive;
    }
}
