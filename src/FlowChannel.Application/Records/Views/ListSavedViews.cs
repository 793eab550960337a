using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Views;

/// <summary>The caller's own saved views of a form, by name.</summary>
public sealed record ListSavedViews(Actor Actor, string FormId) : IQuery<IReadOnlyList<SavedView>>;

public sealed class ListSavedViewsHandler(FlowChannelDbContext db) : IQueryHandler<ListSavedViews, IReadOnlyList<SavedView>>
{
    public async ValueTask<IReadOnlyList<SavedView>> Handle(ListSavedViews query, CancellationToken cancellationToken)
    {
        var rows = await db.SavedRecordViews.AsNoTracking()
            .Where(v => v.UserId == query.Actor.UserId && v.FormId == query.FormId)
            .OrderBy(v => v.Name).ToListAsync(cancellationToken);
        return [.. rows.Select(SavedView.From)];
    }
}
