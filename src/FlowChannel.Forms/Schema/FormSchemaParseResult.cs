using System.Diagnostics.CodeAnalysis;

namespace FlowChannel.Forms.Schema;

/// <summary>The outcome of <see cref="FormSchemaParser.Parse"/>: a schema only when there is no error at all.</summary>
public sealed class FormSchemaParseResult
{
    internal FormSchemaParseResult(FormSchema? schema, IReadOnlyList<SchemaError> errors)
    {
        Schema = schema;
        Errors = errors;
    }

    public FormSchema? Schema { get; }

    public IReadOnlyList<SchemaError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Schema))]
    public bool IsValid => Errors.Count == 0 && Schema != null;
}
