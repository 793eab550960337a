using System.Diagnostics.CodeAnalysis;

namespace FlowChannel.Workflows.Serialization;

/// <summary>
/// A problem found in a definition's JSON. <see cref="Pointer"/> is an RFC 6901 pointer to the offending value
/// (e.g. <c>/root/activities/3/condition</c>); it is empty for JSON that does not parse, whose message gives line and column.
/// </summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "'Pointer' is the RFC 6901 term the API is specified with.")]
public sealed record WorkflowDiagnostic(string Pointer, string Message)
{
    public override string ToString() => Pointer.Length == 0 ? Message : $"{Pointer}: {Message}";
}
