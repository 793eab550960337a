namespace FlowChannel.Web.Designer;

/// <summary>The comparisons the no-code rule editor offers.</summary>
public enum RuleOperator
{
    Equals,
    NotEquals,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Contains,
    IsEmpty,
    IsNotEmpty,
}

/// <summary>How the conditions of one rule combine.</summary>
public enum RuleJoin
{
    All,
    Any,
}

/// <summary>What a rule does to its target fields, and which schema property that is.</summary>
public enum RuleAction
{
    Show,
    Hide,
    Require,
    MakeReadOnly,
}

/// <summary>"[field] [operator] [value]": one line of a rule; <see cref="Value"/> is what the person typed or picked.</summary>
public sealed record RuleCondition(string Field, RuleOperator Operator, string? Value = null);
