using FlowChannel.Application.Common;
using FlowChannel.Application.Packs.Manifest;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Packs;

/// <summary>The installed packs and the built-in catalogue (the packs shipped beside the executable).</summary>
public sealed record ListPacks(Actor Actor) : IQuery<PackListing>;

public sealed record PackListing(IReadOnlyList<InstalledPackView> Installed, IReadOnlyList<CataloguePack> Catalogue);

public sealed record InstalledPackView(string Id, string Name, string Version, DateTime InstalledAt, bool WithSampleData, int Forms, int Workflows);

/// <summary>A built-in pack, with the version installed here if any; <see cref="Errors"/> when the shipped files do not read.</summary>
public sealed record CataloguePack(
    string Id, PackText? Name, PackText? Description, string? Version, string? InstalledVersion,
    IReadOnlyList<string> Forms, IReadOnlyList<string> Workflows, IReadOnlyList<PackRole> Roles, IReadOnlyList<PackError> Errors);

public sealed class ListPacksHandler(FlowChannelDbContext db, IOptions<SetupOptions> setup, IOptions<PackLimits> limits)
    : IQueryHandler<ListPacks, PackListing>
{
    public async ValueTask<PackListing> Handle(ListPacks query, CancellationToken cancellationToken)
    {
        PackAdmins.Check(query.Actor);
        var packs = await db.InstalledPacks.AsNoTracking().OrderBy(p => p.PackId).ToListAsync(cancellationToken);
        var formCounts = await db.FormDefinitions.Where(f => f.PackId != null).GroupBy(f => f.PackId!)
            .Select(g => new { g.Key, Count = g.Select(f => f.FormId).Distinct().Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var workflowCounts = await db.WorkflowDefinitions.Where(d => d.PackId != null).GroupBy(d => d.PackId!)
            .Select(g => new { g.Key, Count = g.Select(d => d.DefinitionId).Distinct().Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var installed = packs.Select(p => new InstalledPackView(p.PackId, p.Name, p.Version, p.InstalledAt, p.WithSampleData,
            formCounts.GetValueOrDefault(p.PackId), workflowCounts.GetValueOrDefault(p.PackId))).ToList();

        var root = setup.Value.ContentRoot ?? AppContext.BaseDirectory;
        var catalogue = BundledPacks.Ids(root).Select(id =>
        {
            var read = BundledPacks.Read(root, id, limits.Value);
            var here = packs.FirstOrDefault(p => p.PackId == id)?.Version;
            return read.Source is not { Manifest: var m }
                ? new CataloguePack(id, null, null, null, here, [], [], [], read.Errors)
                : new CataloguePack(id, m.Name, m.Description, m.Version.ToString(), here, m.Contents.Forms, m.Contents.Workflows, m.Contents.Roles, []);
        }).ToList();
        return new PackListing(installed, catalogue);
    }
}
