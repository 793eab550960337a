using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// Changes some fields of a record (the <c>edit</c> action): only fields the caller's sets make editable and the form
/// lets people fill in; then the whole record is checked against the version it pins. <see cref="BaseVersion"/>, when
/// given, refuses the change if someone saved the record since the caller read it.
/// </summary>
public sealed record UpdateRecord(Actor Actor, Guid RecordId, JsonObject? Data, int? BaseVersion = null, CultureInfo? Culture = null)
    : ICommand<RecordView>;

public sealed class UpdateRecordHandler(RecordPermissions permissions, RecordEditor editor) : ICommandHandler<UpdateRecord, RecordView>
{
    public async ValueTask<RecordView> Handle(UpdateRecord command, CancellationToken cancellationToken)
    {
        var (record, rights) = await permissions.FindAsync(command.Actor, command.RecordId, FormAction.Edit, cancellationToken, track: true);
        if (command.BaseVersion is { } version && version != record.Version)
        {
            throw new ConflictException("The record was changed since you opened it; reload it and try again.");
        }
        if (record.Status == RecordStatuses.InReview && !rights.IsAdmin)
        {
            throw new ConflictException("The record is in review: it changes through its approval tasks until the flow ends.");
        }
        var errors = await editor.ApplyAsync(command.Actor, record, rights, command.Data ?? [], command.Culture ?? CultureInfo.CurrentUICulture, cancellationToken);
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }
        // The version as it will be once the unit of work saves (the context bumps it on save).
        return RecordView.From(record, rights) with { Version = record.Version + 1 };
    }
}
