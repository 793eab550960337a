using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>
/// The published forms (latest version of each) the caller's permission sets give any action on, with those actions:
/// what a portal or workspace offers is decided by the sets alone.
/// </summary>
public sealed record ListForms(Actor Actor) : IQuery<IReadOnlyList<FormSummary>>;

public sealed record FormSummary(string FormId, int Version, string Title, IReadOnlyList<string> Actions);

public sealed class ListFormsHandler(FlowChannelDbContext db, RecordPermissions permissions) : IQueryHandler<ListForms, IReadOnlyList<FormSummary>>
{
    public async ValueTask<IReadOnlyList<FormSummary>> Handle(ListForms query, CancellationToken cancellationToken)
    {
        var rows = await db.FormDefinitions.AsNoTracking()
            .Where(f => f.IsPublished)
            .Select(f => new { f.FormId, f.Version, f.Title })
            .ToListAsync(cancellationToken);
        var forms = new List<FormSummary>();
        foreach (var latest in rows.GroupBy(r => r.FormId).Select(g => g.MaxBy(r => r.Version)!).OrderBy(r => r.FormId, StringComparer.Ordinal))
        {
            var actions = (await permissions.ForFormAsync(query.Actor, latest.FormId, cancellationToken)).Actions;
            if (actions.Count > 0)
            {
                forms.Add(new FormSummary(latest.FormId, latest.Version, latest.Title, actions));
            }
        }
        return forms;
    }
}
