namespace FlowChannel.Forms.Versions;

/// <summary>
/// One difference found by <see cref="SchemaCompatibility.Check"/>. <see cref="Path"/> is an RFC 6901 pointer into
/// the candidate schema (<c>/fields/3/type</c>); for a removed field, which has no place there, it is the field's key.
/// </summary>
public sealed record CompatibilityProblem(CompatibilityKind Kind, string Path, string Code, string Message, string? FieldKey = null)
{
    public bool IsRefusal => Kind == CompatibilityKind.Refusal;
}
