using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Option linkage, one reading for the server's check and the live form: an option with <c>when</c> is offered only
/// while the controlling field (<see cref="FieldDefinition.OptionsDependOn"/>, in the same row or on the form) holds
/// one of those values.
/// </summary>
internal static class OptionLinkage
{
    /// <summary>The controlling value for <paramref name="field"/>: from its row when the parent is a column of it, else from the form.</summary>
    internal static JsonNode? ParentValue(FieldDefinition field, JsonObject data, JsonObject? row) =>
        field.OptionsDependOn is { } parentKey ? (field.OptionsParentInRow && row is not null ? row : data)[parentKey] : null;

    internal static bool IsOffered(FieldOption option, JsonNode? parent)
    {
        if (option.When is not { } when)
        {
            return true;
        }

        return parent switch
        {
            null => false,
            JsonArray values => values.Any(v => v is not null && when.Contains(Text(v))),
            _ => when.Contains(Text(parent)),
        };
    }

    private static string Text(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
}
