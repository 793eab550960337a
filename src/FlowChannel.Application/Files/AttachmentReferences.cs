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
/// accepts, since the type the client declared is only what it claimed. When a stored record is changed, the files it
/// already holds may stay (or move between its file fields and rows) whoever uploaded them: they keep their stored name,
/// size and type; only files new to the record must be the editor's own.
/// </summary>
public static class AttachmentReferences
{
    private sealed record FileReference(FieldDefinition Field, string Path, JsonObject Item);

    private readonly record struct FileFacts(string? Name, JsonNode? Size, string Type);

    /// <summary>
    /// Checks every file item of <paramref name="data"/> and writes its stored name, size and type into it. The files of
    /// <paramref name="stored"/> (the record before this change; null for a new record) may stay whoever uploaded them.
    /// </summary>
    public static async Task<IReadOnlyList<FieldError>> NormalizeAsync(FlowChannelDbContext db, FormSchema schema, JsonObject data, Actor actor,
        CancellationToken ct, CultureInfo? culture = null, JsonObject? stored = null)
    {
        var references = References(schema, data);
        if (references.Count == 0)
        {
            return [];
        }
        var kept = stored is null ? [] : References(schema, stored).GroupBy(Id).ToDictionary(g => g.Key, g => g.First().Item);
        var ids = references.Select(Id).Where(id => !kept.ContainsKey(id)).Distinct().ToList();
        var owned = ids.Count == 0 ? [] : await db.StoredFiles.AsNoTracking()
            .Where(f => ids.Contains(f.Id) && f.UploadedByUserId == actor.UserId)
            .ToDictionaryAsync(f => f.Id, ct);
        var errors = new List<FieldError>();
        var reader = culture ?? CultureInfo.CurrentUICulture;
        foreach (var reference in references)
        {
            var (field, path, item) = reference;
            var id = Id(reference);
            // A file the record already holds keeps its stored metadata; a new one takes its upload's.
            FileFacts? known = kept.TryGetValue(id, out var keptItem)
                ? new FileFacts(keptItem["name"]?.ToString(), keptItem["size"]?.DeepClone(), keptItem["contentType"]?.ToString() ?? "")
                : owned.TryGetValue(id, out var file) ? new FileFacts(file.Name, JsonValue.Create(file.Size), file.ContentType) : null;
            if (known is not { } metadata)
            {
                errors.Add(new FieldError(path + ".id", "file", ReferenceTexts.NotYourFile(field, reader, id)));
                continue;
            }
            if (!AttachmentTypes.Accepts(AttachmentTypes.Accepted(field), metadata.Type))
            {
                errors.Add(new FieldError(path, FieldErrorCodes.FileType, ReferenceTexts.FileType(field, reader, metadata.Type)));
                continue;
            }
            item["name"] = metadata.Name;
            item["size"] = metadata.Size;
            item["contentType"] = metadata.Type;
        }
        return errors;
    }

    private static string Id(FileReference reference) => reference.Item["id"]?.ToString() ?? "";

    /// <summary>Every file item in the form's file fields and in its subforms' file columns, with its path.</summary>
    private static List<FileReference> References(FormSchema schema, JsonObject data)
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
        return references;
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
