using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Files;

/// <summary>
/// A submission may only point at attachments its submitter uploaded (otherwise anyone could attach, and so
/// read, someone else's file by its id), and the name, size and type stored are the upload's, not the client's.
/// </summary>
public static class AttachmentReferences
{
    public static async Task<IReadOnlyList<FieldError>> NormalizeAsync(FlowChannelDbContext db, FormSchema schema, JsonObject data, Actor actor, CancellationToken ct)
    {
        var references = new List<(string Path, JsonObject Item)>();
        foreach (var field in schema.Fields.Where(f => f.Type == FieldType.Attachment))
        {
            if (data[field.Key] is JsonArray files)
            {
                references.AddRange(files.Select((item, i) => ($"{field.Key}[{i}].id", item!.AsObject())));
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
        foreach (var (path, item) in references)
        {
            var id = item["id"]?.ToString() ?? "";
            if (!owned.TryGetValue(id, out var file))
            {
                errors.Add(new FieldError(path, "file", $"File '{id}' is not one of your uploads."));
                continue;
            }
            item["name"] = file.Name;
            item["size"] = file.Size;
            item["contentType"] = file.ContentType;
        }
        return errors;
    }
}
