using FlowChannel.Application.Common;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records;

/// <summary>Object-level read access to records: a partner sees only their own.</summary>
public static class RecordAccess
{
    public static bool CanRead(Actor actor, FormRecord record) =>
        actor.SeesAllPartners || record.OwnerUserId == actor.UserId || record.CreatedByUserId == actor.UserId;

    public static IQueryable<FormRecord> Visible(IQueryable<FormRecord> records, Actor actor) =>
        actor.SeesAllPartners ? records : records.Where(r => r.OwnerUserId == actor.UserId || r.CreatedByUserId == actor.UserId);
}
