using FlowChannel.Application.Forms;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Versions;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Packs;

/// <summary>
/// A pack upgrade changes published forms just like a designer does, so a new form version in a pack is held to
/// the same rule: no change that would lose the data of records written with the version before it.
/// </summary>
public sealed class PackFormVersions(FlowChannelDbContext db, FormSchemaCache schemas)
{
    public async Task CheckAsync(string file, FormSchema schema, List<PackError> errors, CancellationToken ct)
    {
        if (await db.FormDefinitions.AnyAsync(f => f.FormId == schema.Id && f.Version == schema.Version, ct))
        {
            return; // installed already: nothing will be published
        }
        var previous = await db.FormDefinitions.AsNoTracking()
            .Where(f => f.FormId == schema.Id && f.IsPublished && f.Version < schema.Version)
            .MaxAsync(f => (int?)f.Version, ct);
        if (previous is null)
        {
            return;
        }
        var published = await schemas.GetAsync(db, schema.Id, previous.Value, ct);
        errors.AddRange(SchemaCompatibility.Check(published, schema)
            .Where(p => p.IsRefusal)
            .Select(p => new PackError(file, p.Path, p.Message)));
    }
}
