using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

public sealed record GetRecord(Actor Actor, Guid RecordId) : IQuery<RecordView>;

public sealed class GetRecordHandler(FlowChannelDbContext db) : IQueryHandler<GetRecord, RecordView>
{
    public async ValueTask<RecordView> Handle(GetRecord query, CancellationToken cancellationToken)
    {
        var record = await db.FormRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.RecordId, cancellationToken);
        // Someone else's record answers exactly like a missing one, so ids cannot be probed.
        if (record is null || !RecordAccess.CanRead(query.Actor, record))
        {
            throw new NotFoundException("Record", query.RecordId.ToString());
        }
        return RecordView.From(record);
    }
}
