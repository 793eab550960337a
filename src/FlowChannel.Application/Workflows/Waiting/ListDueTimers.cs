using Mediator;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Waiting;

/// <summary>The timer bookmarks due at <paramref name="Now"/>, oldest first (less those <paramref name="Excluding"/> names): what the scheduler fires next.</summary>
public sealed record ListDueTimers(DateTime Now, int Take = 100, IReadOnlyCollection<string>? Excluding = null) : IQuery<IReadOnlyList<string>>;

public sealed class ListDueTimersHandler(FlowChannelDbContext db) : IQueryHandler<ListDueTimers, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(ListDueTimers query, CancellationToken cancellationToken)
    {
        var due = db.WorkflowBookmarks.AsNoTracking().Where(b => b.Kind == BookmarkKinds.Timer && b.DueAt <= query.Now);
        if (query.Excluding is { Count: > 0 } excluding)
        {
            due = due.Where(b => !excluding.Contains(b.Id));
        }
        return await due.OrderBy(b => b.DueAt).Take(query.Take).Select(b => b.Id).ToListAsync(cancellationToken);
    }
}
