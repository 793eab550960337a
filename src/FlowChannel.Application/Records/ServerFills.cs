using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;

namespace FlowChannel.Application.Records;

/// <summary>
/// Values the server fills into a submission before it is validated: a link's <c>copy</c> targets the client did not
/// send (from the linked record, when the actor may see it), and fields with data linkage (<c>defaultLink</c>) that
/// were not sent (from the first matching record). Fills of hidden or read-only fields are returned, because client
/// validation drops those and they must be put back as the server's own values.
/// </summary>
public static class ServerFills
{
    public sealed record Fill(string? SubformKey, int Row, string Key, JsonNode Value);

    public static async Task<List<Fill>> ApplyAsync(RecordPermissions permissions, Actor actor, FormSchema schema, JsonObject input, CancellationToken ct)
    {
        var fills = new List<Fill>();
        foreach (var field in schema.Fields)
        {
            if (field.Link is { Copy.Count: > 0 })
            {
                await CopyAsync(permissions, actor, field, input, null, -1, fills, ct);
            }
            else if (field.Type == FieldType.Subform && input[field.Key] is JsonArray rows)
            {
                foreach (var column in field.SubFields.Where(c => c.Link is { Copy.Count: > 0 }))
                {
                    for (var i = 0; i < rows.Count; i++)
                    {
                        if (rows[i] is JsonObject row)
                        {
                            await CopyAsync(permissions, actor, column, row, field.Key, i, fills, ct);
                        }
                    }
                }
            }
        }
        foreach (var field in schema.Fields.Where(f => f.DefaultLink is not null && !input.ContainsKey(f.Key)))
        {
            if (await ResolveDataLinkageHandler.Resolve(permissions, actor, field.DefaultLink!, input, null, ct) is { } value)
            {
                input[field.Key] = value;
                fills.Add(new Fill(null, -1, field.Key, value.DeepClone()));
            }
        }
        return fills;
    }

    private static async Task CopyAsync(RecordPermissions permissions, Actor actor, FieldDefinition field, JsonObject target,
        string? subformKey, int row, List<Fill> fills, CancellationToken ct)
    {
        var link = field.Link!;
        if (!Guid.TryParse(LinkId(target[field.Key]), out var id))
        {
            return;
        }
        var linked = await SourceRecords.GetAsync(permissions, actor, link.Form, id, ct);
        if (linked is null)
        {
            // The reference check refuses the link itself; nothing is copied from a record the actor may not see.
            return;
        }
        foreach (var (targetKey, value) in LinkCopies.From(link, linked.Data))
        {
            if (!target.ContainsKey(targetKey) && value is not null)
            {
                target[targetKey] = value.DeepClone();
                fills.Add(new Fill(subformKey, row, targetKey, value.DeepClone()));
            }
        }
    }

    /// <summary>The id of a link value as sent: a bare id or <c>{ "id" }</c>.</summary>
    internal static string? LinkId(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Trim(),
        JsonObject o => JsonValueText.Of(o["id"])?.Trim(),
        _ => null,
    };
}
