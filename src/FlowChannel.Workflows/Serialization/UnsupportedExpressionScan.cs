using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Serialization;

/// <summary>
/// Looks through an unknown activity's JSON for expressions FlowChannel cannot run. They are warnings, not errors:
/// the activity cannot run anyway, and the definition stays unpublishable until its type is available.
/// </summary>
internal static class UnsupportedExpressionScan
{
    public static void Warn(JsonObject activity, string pointer, ReadSession session)
    {
        foreach (var (name, value) in activity)
        {
            if (value is JsonObject { } input && input["expression"] is JsonObject expression
                && ExpressionReader.UnsupportedLanguage(JsonRead.String(expression["type"])) is { } language)
            {
                session.Warning(JsonPointer.Append(pointer, name), $"{language} expressions are not supported by FlowChannel.");
            }
        }
    }
}
