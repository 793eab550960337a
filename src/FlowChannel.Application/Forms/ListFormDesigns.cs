using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>Every form a designer can open: published ones (latest version) and those with only a draft so far.</summary>
public sealed record ListFormDesigns(Actor Actor) : IQuery<IReadOnlyList<FormDesignSummary>>;

/// <summary>A form in the designer's list; <see cref="LatestVersion"/> is null until its first publish.</summary>
public sealed record FormDesignSummary(string FormId, string Title, int? LatestVersion, DateTime? DraftUpdatedAt);

public sealed class ListFormDesignsHandler(FlowChannelDbContext db) : IQueryHandler<ListFormDesigns, IReadOnlyList<FormDesignSummary>>
{
    public async ValueTask<IReadOnlyList<FormDesignSummary>> Handle(ListFormDesigns query, CancellationToken cancellationToken)
    {
        FormDesignRights.DemandDesigner(query.Actor);
        var versions = await db.FormDefinitions.AsNoTracking()
            .Select(f => new { f.FormId, f.Version, f.Title })
            .ToListAsync(cancellationToken);
        var drafts = await db.FormDrafts.AsNoTracking()
            .Select(d => new { d.FormId, d.UpdatedAt })
            .ToDictionaryAsync(d => d.FormId, d => d.UpdatedAt, cancellationToken);
        var latest = versions.GroupBy(v => v.FormId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Version)!);
        return [.. latest.Keys.Union(drafts.Keys).Order(StringComparer.Ordinal).Select(id => new FormDesignSummary(
            id,
            latest.TryGetValue(id, out var v) ? v.Title : id,
            latest.TryGetValue(id, out var version) ? version.Version : null,
            drafts.TryGetValue(id, out var at) ? at : null))];
    }
}
