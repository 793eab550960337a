using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Permissions.Sets;

/// <summary>Shared steps of the permission-set administration use cases.</summary>
internal static class PermissionSetAdmin
{
    /// <summary>Who may read and what a form's records are is decided here, so only administrators change it.</summary>
    public static void Check(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenException("Only administrators manage permission sets.");
        }
    }

    /// <summary>
    /// The form's stored sets; when it has none yet (it runs on its version's sets or the platform defaults), those in
    /// force are stored first, so that changing one set leaves the others as they were.
    /// </summary>
    public static async Task<List<FormPermissionSet>> StoredAsync(FlowChannelDbContext db, PermissionSetCatalog catalog, string formId, CancellationToken ct)
    {
        var stored = await db.FormPermissionSets.Where(s => s.FormId == formId).OrderBy(s => s.SortOrder).ThenBy(s => s.Key).ToListAsync(ct);
        if (stored.Count > 0)
        {
            return stored;
        }
        var inForce = await catalog.ForFormAsync(formId, ct);
        var packId = await db.FormDefinitions.Where(f => f.FormId == formId && f.IsPublished).OrderByDescending(f => f.Version)
            .Select(f => f.PackId).FirstOrDefaultAsync(ct);
        for (var i = 0; i < inForce.Count; i++)
        {
            var row = new FormPermissionSet { FormId = formId, Key = inForce[i].Key, DefinitionJson = inForce[i].Source.ToJsonString(), PackId = packId, SortOrder = i };
            db.FormPermissionSets.Add(row);
            stored.Add(row);
        }
        return stored;
    }
}
