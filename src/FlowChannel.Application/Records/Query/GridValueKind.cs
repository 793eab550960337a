using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Records.Query;

/// <summary>How a field's values are compared and sorted: which typed column of the value table holds them.</summary>
public enum GridValueKind
{
    Text,
    Number,
    Boolean,
    Date,
    DateTime,

    /// <summary>Files and signatures: only their names are kept, so only presence and name filters apply.</summary>
    File,
}

public static class GridValueKinds
{
    /// <summary>The kind of a value-holding field; null for items that hold no value or a whole subform.</summary>
    public static GridValueKind? Of(FieldDefinition field) => field.Type switch
    {
        FieldType.Number or FieldType.Money or FieldType.Percent or FieldType.Rating => GridValueKind.Number,
        FieldType.Switch => GridValueKind.Boolean,
        FieldType.Date => GridValueKind.Date,
        FieldType.DateTime => GridValueKind.DateTime,
        FieldType.Attachment or FieldType.Image or FieldType.Signature => GridValueKind.File,
        FieldType.Formula => field.Formula?.ResultType switch
        {
            FormulaResultType.Number or FormulaResultType.Money => GridValueKind.Number,
            FormulaResultType.Date => GridValueKind.Date,
            FormulaResultType.Boolean => GridValueKind.Boolean,
            _ => GridValueKind.Text,
        },
        FieldType.Subform => null,
        _ when !field.HasValue || field.IsContainer => null,
        _ => GridValueKind.Text,
    };

    /// <summary>The operators that make sense for a kind.</summary>
    public static IReadOnlySet<string> Operators(GridValueKind kind) => kind switch
    {
        GridValueKind.Text => TextOperators,
        GridValueKind.Number => NumberOperators,
        GridValueKind.Boolean => BooleanOperators,
        GridValueKind.Date or GridValueKind.DateTime => DateOperators,
        _ => FileOperators,
    };

    private static readonly HashSet<string> Presence = [GridOperators.Empty, GridOperators.NotEmpty];

    private static readonly HashSet<string> TextOperators = [.. Presence, GridOperators.Contains, GridOperators.NotContains,
        GridOperators.Equal, GridOperators.NotEqual, GridOperators.In, GridOperators.NotIn];

    private static readonly HashSet<string> NumberOperators = [.. Presence, GridOperators.Equal, GridOperators.NotEqual,
        GridOperators.Greater, GridOperators.GreaterOrEqual, GridOperators.Less, GridOperators.LessOrEqual,
        GridOperators.Between, GridOperators.In, GridOperators.NotIn];

    private static readonly HashSet<string> BooleanOperators = [.. Presence, GridOperators.Equal, GridOperators.NotEqual];

    private static readonly HashSet<string> DateOperators = [.. Presence, GridOperators.Equal, GridOperators.NotEqual,
        GridOperators.Greater, GridOperators.GreaterOrEqual, GridOperators.Less, GridOperators.LessOrEqual,
        GridOperators.Between, GridOperators.Preset];

    private static readonly HashSet<string> FileOperators = [.. Presence, GridOperators.Contains];
}
