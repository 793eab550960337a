using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Records.History;

/// <summary>
/// Brings a deleted record back (admins only) while it is within the retention period; its unique values are claimed
/// again, so a value another record took meanwhile refuses the restore (409) and changes nothing.
/// </summary>
public sealed record RestoreRecord(Actor Actor, Guid RecordId) : ICommand;

public sealed class RestoreRecordHandler(FlowChannelDbContext db, FormSchemaCache schemas, UniqueValueClaims uniques, AuditTrail audit,
    IOptions<RecordRetentionOptions> retention, TimeProvider clock) : ICommandHandler<RestoreRecord>
{
    public async ValueTask<Unit> Handle(RestoreRecord command, CancellationToken cancellationToken)
    {
        if (!command.Actor.IsAdmin)
        {
            throw new ForbiddenException("Only administrators restore deleted records.");
        }
        var record = await db.FormRecords.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Id == command.RecordId && r.DeletedAt != null, cancellationToken)
            ?? throw new NotFoundException("Deleted record", command.RecordId.ToString());
        var days = retention.Value.RestoreDays;
        if (record.DeletedAt < clock.GetUtcNow().UtcDateTime.AddDays(-days))
        {
            throw new ConflictException($"The record was deleted more than {days} days ago and can no longer be restored.");
        }
        var schema = await schemas.GetAsync(db, record.FormId, record.FormVersion, cancellationToken);
        var validation = RecordValidator.Validate(schema, JsonNode.Parse(record.DataJson)!.AsObject(), RecordWriteMode.System, CultureInfo.InvariantCulture);
        try
        {
            await uniques.ClaimAsync(schema.Id, record.Id, validation.UniqueValues, CultureInfo.CurrentUICulture, cancellationToken);
        }
        catch (RecordValidationException e)
        {
            throw new ConflictException($"Another record now holds a unique value of this one: {e.Message}");
        }
        record.DeletedAt = null;
        record.DeletedByUserId = null;
        audit.Write(command.Actor, RecordHistoryDetail.Restored, "Record", record.Id.ToString(), record.FormId);
        return Unit.Value;
    }
}
