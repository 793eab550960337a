using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.JavaScript;
using FlowChannel.Expressions.Liquid;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Serialization;

/// <summary>Reads activity inputs and the expressions inside them, checking script and template syntax on the way.</summary>
internal static class ExpressionReader
{
    /// <summary>An input property: a <c>{ typeName, expression }</c> object, or a bare value taken as a Literal.</summary>
    public static ActivityInput? ReadInput(JsonNode? node, string pointer, ActivityInputDescriptor descriptor, ReadSession session)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject json)
        {
            return new ActivityInput(descriptor.Name, descriptor.TypeName, WorkflowExpression.Literal(node));
        }

        var typeName = JsonRead.String(json["typeName"]);
        if (typeName is null)
        {
            // Elsa drops such an object when it deserialises the activity; doing the same keeps behaviour identical.
            session.Warning(pointer, $"Input '{descriptor.Name}' has no 'typeName', so Elsa ignores it; FlowChannel does too.");
            return null;
        }

        var expression = ReadExpression(json["expression"], JsonPointer.Append(pointer, "expression"), pointer, session);
        return expression is null ? null : new ActivityInput(descriptor.Name, typeName, expression);
    }

    /// <summary>
    /// An expression <c>{ type, value }</c>; a missing type means Literal, and anything that is not an object is a
    /// Literal value. Errors are reported at <paramref name="reportAt"/> (the input property) for readability.
    /// </summary>
    public static WorkflowExpression? ReadExpression(JsonNode? node, string pointer, string reportAt, ReadSession session)
    {
        if (node is not JsonObject json)
        {
            return WorkflowExpression.Literal(node);
        }

        var type = JsonRead.String(json["type"]) ?? nameof(ExpressionType.Literal);
        var value = json["value"];
        if (UnsupportedLanguage(type) is { } language)
        {
            session.Error(reportAt, $"{language} expressions are not supported by FlowChannel; rewrite this one in JavaScript or Liquid.");
            return null;
        }

        switch (type.ToUpperInvariant())
        {
            case "LITERAL":
                return WorkflowExpression.Literal(value);
            case "OBJECT" or "JSON":
                return ReadObject(value, pointer, session);
            case "VARIABLE":
                return ReadVariable(value, reportAt, session);
            case "INPUT":
                return ReadInputReference(value, reportAt, session);
            case "JAVASCRIPT":
                var script = JsonRead.String(value) ?? string.Empty;
                return JavaScriptSyntax.Check(script) is { } jsError
                    ? Fail(reportAt, jsError.Message, session)
                    : new WorkflowExpression(ExpressionType.JavaScript, Text: script);
            case "LIQUID":
                var template = JsonRead.String(value) ?? string.Empty;
                return LiquidSyntax.Check(template) is { } liquidError
                    ? Fail(reportAt, liquidError.Message, session)
                    : new WorkflowExpression(ExpressionType.Liquid, Text: template);
            default:
                return Fail(reportAt, $"Unknown expression type '{type}'; FlowChannel reads Literal, Object, Variable, Input, JavaScript and Liquid.", session);
        }
    }

    /// <summary>The display name of a language Elsa supports and FlowChannel does not, or null.</summary>
    public static string? UnsupportedLanguage(string? type) => type?.ToUpperInvariant() switch
    {
        "CSHARP" or "C#" => "C#",
        "PYTHON" => "Python",
        "SECRET" => "Secret",
        _ => null,
    };

    private static WorkflowExpression ReadObject(JsonNode? value, string pointer, ReadSession session)
    {
        if (JsonRead.String(value) is not { } text)
        {
            return new WorkflowExpression(ExpressionType.Object, value);
        }

        try
        {
            return new WorkflowExpression(ExpressionType.Object, JsonNode.Parse(text, JsonRead.NodeOptions, JsonRead.DocumentOptions));
        }
        catch (JsonException)
        {
            session.Warning(JsonPointer.Append(pointer, "value"), "The Object expression is not valid JSON; its text is used as a plain string.");
            return WorkflowExpression.Literal(JsonValue.Create(text));
        }
    }

    private static WorkflowExpression? ReadVariable(JsonNode? value, string pointer, ReadSession session)
    {
        var reference = Reference(value, "id") ?? Reference(value, "name");
        var variable = (reference is null ? null : session.FindVariable(reference))
            ?? (Reference(value, "name") is { } name ? session.FindVariable(name) : null);
        if (variable is not null)
        {
            return new WorkflowExpression(ExpressionType.Variable, Text: variable.Name);
        }

        return Fail(pointer, $"The Variable expression refers to '{reference}', which is not a workflow variable.", session);
    }

    private static WorkflowExpression? ReadInputReference(JsonNode? value, string pointer, ReadSession session) =>
        Reference(value, "name") is { Length: > 0 } name
            ? new WorkflowExpression(ExpressionType.Input, Text: name)
            : Fail(pointer, "The Input expression does not name a workflow input.", session);

    /// <summary>
    /// Studio writes variable and input references as the JSON text of the definition (<c>"{\"id\":…}"</c>); an
    /// object, or a bare id or name, is accepted too.
    /// </summary>
    internal static string? Reference(JsonNode? value, string property)
    {
        if (value is JsonObject obj)
        {
            return JsonRead.String(obj[property]);
        }

        var text = JsonRead.String(value)?.Trim();
        if (text is null || !text.StartsWith('{'))
        {
            return text;
        }

        try
        {
            return JsonNode.Parse(text, JsonRead.NodeOptions) is JsonObject parsed ? JsonRead.String(parsed[property]) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static WorkflowExpression? Fail(string pointer, string message, ReadSession session)
    {
        session.Error(pointer, message);
        return null;
    }
}
