using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>Every stored version of a form, newest first. Anyone signed in may read forms, as with <see cref="GetForm"/>.</summary>
public sealed record ListFormVersions(Actor Actor, string FormId) : IQuery<IReadOnlyList<FormVersionSummary>>;

public sealed record FormVersionSummary(string FormId, int Version, string Title, bool IsPublished, string? PackId, DateTime CreatedAt);

public sealed class ListFormVersionsHandler(FlowChannelDbContext db) : IQueryHandler<ListFormVersions, IReadOnlyList<FormVersionSummary>>
{
    public async ValueTask<IReadOnlyList<FormVersionSummary>> Handle(ListFormVersions query, CancellationToken cancellationToken)
    {
        var versions = await db.FormDefinitions.AsNoTracking()
            .Where(f => f.FormId == query.FormId)
            .OrderByDescending(f => f.Version)
            .Select(f => new FormVersionSummary(f.FormId, f.Version, f.Title, f.IsPublished, f.PackId, f.CreatedAt))
            .ToListAsync(cancellationToken);
        return versions.Count > 0 ? versions : throw new NotFoundException("Form", query.FormId);
    }
}
