using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Packs.Install;

/// <summary>
/// The pack's dashboard files (<c>contents.dashboards</c>): each must read as a dashboard definition, and installing
/// writes it to the Dashboards table, except over one an admin customised, which stays as they left it.
/// </summary>
internal static class PackDashboards
{
    public static void Check(PackSource source, List<PackError> errors)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in source.Manifest.Contents.Dashboards.Select(p => new PackFile(p, source.Files[p])))
        {
            var parsed = DashboardParser.Parse(file.Content);
            errors.AddRange(parsed.Errors.Select(e => new PackError(file.Path, e.Pointer, e.Message)));
            if (parsed.Definition is { } d && !ids.TryAdd(d.Id, file.Path))
            {
                errors.Add(new PackError(file.Path, "/id", $"The dashboard '{d.Id}' is also in {ids[d.Id]}."));
            }
        }
    }

    public static async Task InstallAsync(FlowChannelDbContext db, PackSource source, CancellationToken ct)
    {
        foreach (var path in source.Manifest.Contents.Dashboards)
        {
            var json = source.Files[path];
            var id = DashboardParser.Parse(json).Definition!.Id;
            var row = await db.Dashboards.FindAsync([id], ct);
            if (row is null)
            {
                db.Dashboards.Add(new Dashboard { Id = id, DefinitionJson = json, PackId = source.PackId });
            }
            else if (!row.IsCustomised && row.DefinitionJson != json)
            {
                row.DefinitionJson = json;
                row.PackId = source.PackId;
                row.Version++;
                row.UpdatedAt = DateTime.UtcNow;
            }
        }
    }
}
