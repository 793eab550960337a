using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;

namespace FlowChannel.Application.Records;

/// <summary>The field a picker query asks about, with the current values split into the record and the current row.</summary>
public sealed record ReferenceFieldContext(FormSchema Schema, FieldDefinition Field, JsonObject Current, JsonObject? Row);

/// <summary>
/// Resolves <c>formId</c> + <c>fieldKey</c> (<c>sub.col</c> for a subform column) for the picker queries. The actor must
/// be allowed to fill in the form (the <c>add</c> action): the pickers serve the person filling it,
/// and nobody else should learn the other forms' values through them. For a subform column the current row may be sent
/// as the <c>$row</c> member of the current values, for conditions that read <c>row.x</c>.
/// </summary>
public static class ReferenceFieldLookup
{
    public const string RowMember = "$row";

    public static async Task<ReferenceFieldContext> ResolveAsync(RecordPermissions permissions, FormSchemaCache schemas, Actor actor,
        string formId, string fieldKey, JsonObject? current, CancellationToken ct)
    {
        var schema = await schemas.GetPublishedAsync(permissions.Db, formId, ct);
        if (!(await permissions.ForFormAsync(actor, schema.Id, ct)).Can(FormAction.Add))
        {
            throw new ForbiddenException($"You may not fill in form '{schema.Id}'.");
        }
        var field = Find(schema, fieldKey) ?? throw new NotFoundException("Field", $"{formId}/{fieldKey}");
        var values = current?.DeepClone().AsObject() ?? [];
        var row = values[RowMember] as JsonObject;
        values.Remove(RowMember);
        return new ReferenceFieldContext(schema, field, values, row);
    }

    public static FieldDefinition? Find(FormSchema schema, string fieldKey)
    {
        var dot = fieldKey.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return schema.FindField(fieldKey);
        }
        return schema.FindField(fieldKey[..dot]) is { Type: FieldType.Subform } subform
            ? subform.SubFields.FirstOrDefault(c => c.Key == fieldKey[(dot + 1)..])
            : null;
    }
}
