using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>Drafts are private to their owner: anyone else, admins included, gets 404 as if it did not exist.</summary>
public static class RecordDrafts
{
    public static async Task<RecordDraft> FindOwnAsync(IQueryable<RecordDraft> drafts, Actor actor, Guid id, CancellationToken ct) =>
        await drafts.FirstOrDefaultAsync(d => d.Id == id && d.OwnerUserId == actor.UserId, ct)
            ?? throw new NotFoundException("Record draft", id.ToString());

    public static Task<RecordDraft> FindOwnAsync(FlowChannelDbContext db, Actor actor, Guid id, CancellationToken ct) =>
        FindOwnAsync(db.RecordDrafts, actor, id, ct);
}
