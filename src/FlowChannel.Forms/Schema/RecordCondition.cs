namespace FlowChannel.Forms.Schema;

/// <summary>How a <see cref="RecordCondition"/> compares the other form's field with the value computed here.</summary>
public enum ConditionOperator
{
    Equals,
    NotEquals,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
    Contains,
}

/// <summary>
/// A condition on records of another form: its <paramref name="Field"/> compared with <paramref name="Value"/>, a
/// formula over this record (usually just a field key). Used by links, related records, data linkage and option sources.
/// </summary>
public sealed record RecordCondition(string Field, ConditionOperator Operator, FieldFormula Value);
