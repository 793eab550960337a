using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Records;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Files;

/// <summary>
/// A submission may only point at files its submitter uploaded (otherwise anyone could attach, and so read, someone
/// else's file by its id), and the name, size and type stored are the upload's, not the client's. Attachments, images
/// and signatures are checked alike, in the form and in subform rows; the stored type must also be one the field
/// accepts, since the type the client declared is only what it claimed.
/// </summary>
public static class AttachmentReferences
{
    private sealed record FileReference(FieldDefinition Field, string Path, JsonObject Item);

    public static async Task<IReadOnlyList<FieldError>> NormalizeAsync(FlowChannelDbContext db, FormSchema schema, JsonObject data, Actor actor,
        CancellationToken ct, CultureInfo? culture = null)
    {
        var references = new List<FileReference>();
        foreach (var field in schema.Fields)
        {
            if (AttachmentTypes.IsFileField(field))
            {
                Collect(field, data, "", references);
            }
            else if (field.Type == FieldType.Subform && data[field.Key] is JsonArray rows)
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    foreach (var column in field.SubFields.Where(AttachmentTypes.IsFileField))
                    {
                        if (rows[i] is JsonObject row)
                        {
                            Collect(column, row, $"{field.Key}[{i}].", references);
                        }
                    }
                }
            }
        }
        if (references.Count == 0)
        {
            return [];
        }
        var ids = references.Select(r => r.Item["id"]?.ToString() ?? "").Distinct().ToList();
        var owned = await db.StoredFiles.AsNoTracking()
            .Where(f => ids.Contains(f.Id) && f.UploadedByUserId == actor.UserId)
            .ToDictionaryAsync(f => f.Id, ct);
        var errors = new List<FieldError>();
        var reader = culture ?? CultureInfo.CurrentUICulture;
        foreach (var (field, path, item) in references)
        {
            var id = item["id"]?.ToString() ?? "";
            if (!owned.TryGetValue(id, out var file))
            {
                errors.Add(new FieldError(path + ".id", "file", ReferenceTexts.NotYourFile(field, reader, id)));
                continue;
            }
            var accepted = AttachmentTypes.Accepted(field);
            if (!AttachmentTypes.Accepts(accepted, file.ContentType))
            {
                errors.Add(new FieldError(path, FieldErrorCodes.FileType, ReferenceTexts.FileType(field, reader, file.ContentType)));
                continue;
            }
            item["name"] = file.Name;
            item["size"] = file.Size;
            item["contentType"] = file.ContentType;
        }
        return errors;
    }

    private static void Collect(FieldDefinition field, JsonObject holder, string prefix, List<FileReference> references)
    {
        switch (holder[field.Key])
        {
            case JsonArray files:
                references.AddRange(files.Select((item, i) => new FileReference(field, $"{prefix}{field.Key}[{i}]", item!.AsObject())));
                break;
            case JsonObject single:
                references.Add(new FileReference(field, prefix + field.Key, single));
                break;
        }
    }
}
