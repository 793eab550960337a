using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>Published forms, latest version of each.</summary>
public sealed record ListForms(Actor Actor) : IQuery<IReadOnlyList<FormSummary>>;

public sealed record FormSummary(string FormId, int Version, string Title);

public sealed class ListFormsHandler(FlowChannelDbContext db) : IQueryHandler<ListForms, IReadOnlyList<FormSummary>>
{
    public async ValueTask<IReadOnlyList<FormSummary>> Handle(ListForms query, CancellationToken cancellationToken)
    {
        var rows = await db.FormDefinitions.AsNoTracking()
            .Where(f => f.IsPublished)
            .Select(f => new FormSummary(f.FormId, f.Version, f.Title))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.FormId).Select(g => g.MaxBy(r => r.Version)!).OrderBy(r => r.FormId).ToList();
    }
}
