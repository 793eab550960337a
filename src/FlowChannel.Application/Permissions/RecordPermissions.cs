using FlowChannel.Application.Common;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Permissions;

/// <summary>
/// The one place that decides what a user may do with a form's records: every path (pages, REST, lookups, exports,
/// dashboards) asks here for the user's <see cref="FormRights"/> and filters its queries through <see cref="Reachable"/>.
/// </summary>
public sealed class RecordPermissions(FlowChannelDbContext db, PermissionSetCatalog catalog, OrganisationPositions positions)
{
    private readonly Dictionary<(string User, string Form), FormRights> _rights = [];

    public FlowChannelDbContext Db => db;

    public async Task<FormRights> ForFormAsync(Actor actor, string formId, CancellationToken ct)
    {
        if (_rights.TryGetValue((actor.UserId, formId), out var known))
        {
            return known;
        }
        var position = await positions.OfAsync(actor, ct);
        var sets = actor.IsAdmin ? [] : (await catalog.ForFormAsync(formId, ct)).Where(s => s.Includes(actor.UserId, actor.IsInRole)).ToList();
        return _rights[(actor.UserId, formId)] = new FormRights(formId, actor.IsAdmin, sets, position);
    }

    /// <summary>The records of the rights' form that <paramref name="action"/> reaches.</summary>
    public IQueryable<FormRecord> Reachable(IQueryable<FormRecord> records, FormRights rights, string action) =>
        records.Where(r => r.FormId == rights.FormId).Where(DataScopeFilters.For(rights.ScopesFor(action), rights.Position, db));

    /// <summary>
    /// The record, when the actor may see it and do <paramref name="action"/> with it. One they may not see answers
    /// exactly like a missing one, so ids cannot be probed; one they see but may not act on is forbidden.
    /// </summary>
    public async Task<(FormRecord Record, FormRights Rights)> FindAsync(Actor actor, Guid recordId, string action, CancellationToken ct, bool track = false)
    {
        var query = track ? db.FormRecords : db.FormRecords.AsNoTracking();
        var formId = await db.FormRecords.AsNoTracking().Where(r => r.Id == recordId).Select(r => r.FormId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Record", recordId.ToString());
        var rights = await ForFormAsync(actor, formId, ct);
        var record = await Reachable(query, rights, FormAction.View).FirstOrDefaultAsync(r => r.Id == recordId, ct)
            ?? throw new NotFoundException("Record", recordId.ToString());
        if (action != FormAction.View && !await Reachable(db.FormRecords.AsNoTracking(), rights, action).AnyAsync(r => r.Id == recordId, ct))
        {
            throw new ForbiddenException($"You may not {action} this record.");
        }
        return (record, rights);
    }
}
