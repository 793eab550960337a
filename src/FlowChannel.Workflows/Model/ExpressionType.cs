using System.Diagnostics.CodeAnalysis;

namespace FlowChannel.Workflows.Model;

/// <summary>The expression types FlowChannel evaluates. <c>Json</c> is read as <see cref="Object"/>.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are Elsa's expression type names, written as-is in definitions.")]
public enum ExpressionType
{
    Literal,
    Object,
    Variable,
    Input,
    JavaScript,
    Liquid,
}
