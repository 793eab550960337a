using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Records.History;

/// <summary>A form's deleted records an admin can still restore (deleted within the retention period), most recent first.</summary>
public sealed record ListDeletedRecords(Actor Actor, string FormId) : IQuery<IReadOnlyList<DeletedRecord>>;

public sealed record DeletedRecord(Guid Id, DateTime DeletedAt, string? DeletedByUserId, DateTime RestorableUntil, JsonObject Data);

public sealed class ListDeletedRecordsHandler(FlowChannelDbContext db, IOptions<RecordRetentionOptions> retention, TimeProvider clock)
    : IQueryHandler<ListDeletedRecords, IReadOnlyList<DeletedRecord>>
{
    public const int Limit = 500;

    public async ValueTask<IReadOnlyList<DeletedRecord>> Handle(ListDeletedRecords request, CancellationToken cancellationToken)
    {
        if (!request.Actor.IsAdmin)
        {
            throw new ForbiddenException("Only administrators see deleted records.");
        }
        var days = retention.Value.RestoreDays;
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var rows = await db.FormRecords.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.FormId == request.FormId && r.DeletedAt != null && r.DeletedAt >= since)
            .OrderByDescending(r => r.DeletedAt).Take(Limit).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DeletedRecord(r.Id, r.DeletedAt!.Value, r.DeletedByUserId, r.DeletedAt.Value.AddDays(days),
            JsonNode.Parse(r.DataJson)!.AsObject()))];
    }
}
