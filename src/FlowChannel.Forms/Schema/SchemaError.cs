using System.Diagnostics.CodeAnalysis;

namespace FlowChannel.Forms.Schema;

/// <summary>A problem in a form schema. <see cref="Pointer"/> is an RFC 6901 JSON pointer (<c>/fields/3/type</c>; <c>""</c> is the root).</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "\"Pointer\" is the RFC 6901 term, not a CLR pointer.")]
public sealed record SchemaError(string Pointer, string Message);
