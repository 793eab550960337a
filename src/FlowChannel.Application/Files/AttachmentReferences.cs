using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Files;

/// <summary>
/// A submission may only point at attachments its submitter uploaded; otherwise anyone could attach (and so
/// read) someone else's file by guessing its id.
/// </summary>
public static class AttachmentReferences
{
    public static async Task<IReadOnlyList<FieldError>> CheckAsync(FlowChannelDbContext db, FormSchema schema, JsonObject data, Actor actor, CancellationToken ct)
    {
        var references = new List<(string Path, string Id)>();
        foreach (var field in schema.Fields.Where(f => f.Type == FieldType.Attachment))
        {
            if (data[field.Key] is JsonArray files)
            {
                for (var i = 0; i < files.Count; i++)
                {
                    references.Add(($"{field.Key}[{i}].id", files[i]?["id"]?.ToString() ?? ""));
                }
            }
        }
        if (references.Count == 0)
        {
            return [];
        }
        var ids = references.Select(r => r.Id).Distinct().ToList();
        var owned = await db.StoredFiles.AsNoTracking()
            .Where(f => ids.Contains(f.Id) && f.UploadedByUserId == actor.UserId)
            .Select(f => f.Id)
            .ToListAsync(ct);
        return references.Where(r => !owned.Contains(r.Id))
            .Select(r => new FieldError(r.Path, "file", $"File '{r.Id}' is not one of your uploads."))
            .ToList();
    }
}
