using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// Turns field paths into <see cref="GridField"/>s: top-level fields, subform columns, fields of linked records and
/// record properties. A field the caller may not see answers like a hidden one, never like an unknown one would leak.
/// </summary>
internal sealed class GridFieldResolver(RecordPermissions permissions, FormSchemaCache schemas, Common.Actor actor, FormSchema schema, FormRights rights)
{
    /// <summary>The field, or an error (code, message) naming why it cannot be used.</summary>
    public async Task<(GridField? Field, FieldError? Error)> ResolveAsync(string path, string place, bool allowLinked, CancellationToken ct)
    {
        switch (path)
        {
            case GridField.Status:
                return (new GridField(path, GridValueKind.Text, null, path, null), null);
            case GridField.CreatedAt or GridField.UpdatedAt:
                return (new GridField(path, GridValueKind.DateTime, null, path, null), null);
        }
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? path : path[..dot];
        var field = schema.FindField(head);
        if (field is null || !field.HasValue)
        {
            return Fail(place, "unknownField", $"'{path}': the form has no field '{head}'.");
        }
        if (!rights.IsAdmin && rights.Field(head) == FieldRight.Hidden)
        {
            return Fail(place, "hidden", $"'{path}': field '{head}' is hidden from you, so it cannot be filtered or sorted on.");
        }
        if (dot < 0)
        {
            return GridValueKinds.Of(field) is { } kind
                ? (new GridField(path, kind, head, null, null), null)
                : Fail(place, "unknownField", $"'{path}': field '{head}' is a {field.Type.ToString().ToLowerInvariant()}; name one of its columns ('{head}.column').");
        }
        var rest = path[(dot + 1)..];
        if (field.Type == FieldType.Subform)
        {
            var column = field.SubFields.FirstOrDefault(c => c.Key == rest);
            return column is not null && GridValueKinds.Of(column) is { } kind
                ? (new GridField(path, kind, path, null, null), null)
                : Fail(place, "unknownField", $"'{path}': subform '{head}' has no column '{rest}'.");
        }
        if (field.Type == FieldType.Link && field.Link is { } link)
        {
            return allowLinked ? await LinkedAsync(path, place, head, rest, link.Form, ct)
                : Fail(place, "unsupported", $"'{path}': sorting on a linked record's field is not supported; sort on '{head}' instead.");
        }
        return Fail(place, "unknownField", $"'{path}': field '{head}' is a {field.Type.ToString().ToLowerInvariant()}, which has no fields of its own.");
    }

    private async Task<(GridField?, FieldError?)> LinkedAsync(string path, string place, string head, string key, string formId, CancellationToken ct)
    {
        var targetRights = await permissions.ForFormAsync(actor, formId, ct);
        var target = await schemas.GetPublishedAsync(permissions.Db, formId, ct);
        var targetField = target.FindField(key);
        if (targetField is null || !targetRights.Can(FormAction.View) || (!targetRights.IsAdmin && targetRights.Field(key) == FieldRight.Hidden))
        {
            return Fail(place, targetField is null ? "unknownField" : "hidden", $"'{path}': the records '{head}' links to have no field '{key}' you may see.");
        }
        if (GridValueKinds.Of(targetField) is not { } kind)
        {
            return Fail(place, "unknownField", $"'{path}': '{key}' of the linked form holds no single value to compare.");
        }
        var reachable = permissions.Reachable(permissions.Db.FormRecords, targetRights, FormAction.View).Select(r => r.Id);
        return (new GridField(path, kind, head, null, new LinkedField(formId, key, reachable)), null);
    }

    private static (GridField?, FieldError?) Fail(string place, string code, string message) => (null, new FieldError(place, code, message));
}
