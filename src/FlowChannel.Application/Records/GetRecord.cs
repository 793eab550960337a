using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>One record, when the caller's permission sets reach it, without the fields hidden from them.</summary>
public sealed record GetRecord(Actor Actor, Guid RecordId) : IQuery<RecordView>;

public sealed class GetRecordHandler(RecordPermissions permissions) : IQueryHandler<GetRecord, RecordView>
{
    public async ValueTask<RecordView> Handle(GetRecord query, CancellationToken cancellationToken)
    {
        var (record, rights) = await permissions.FindAsync(query.Actor, query.RecordId, FormAction.View, cancellationToken);
        return RecordView.From(record, rights);
    }
}
