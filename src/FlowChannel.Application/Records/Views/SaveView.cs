using System.Text.Json;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records.Query;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Views;

/// <summary>Create a saved view (no <see cref="Id"/>) or replace one of the caller's own; names are unique per user and form.</summary>
public sealed record SaveView(Actor Actor, string FormId, Guid? Id, string Name, GridQuery Query) : ICommand<SavedView>;

public sealed class SaveViewHandler(RecordPermissions permissions) : ICommandHandler<SaveView, SavedView>
{
    public const int MaxNameLength = 100;

    public async ValueTask<SavedView> Handle(SaveView command, CancellationToken cancellationToken)
    {
        var rights = await permissions.ForFormAsync(command.Actor, command.FormId, cancellationToken);
        if (!rights.Can(FormAction.View))
        {
            throw new ForbiddenException($"You may not view records of form '{command.FormId}'.");
        }
        var name = command.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new InvalidInputException("The view is invalid.", [new FieldError("name", "length", $"A view needs a name of 1 to {MaxNameLength} characters.")]);
        }
        var db = permissions.Db;
        var mine = db.SavedRecordViews.Where(v => v.UserId == command.Actor.UserId && v.FormId == command.FormId);
        if (await mine.AnyAsync(v => v.Name == name && v.Id != command.Id, cancellationToken))
        {
            throw new InvalidInputException("The view is invalid.", [new FieldError("name", "unique", $"You already have a view named '{name}'.")]);
        }
        var row = command.Id is { } id
            ? await mine.FirstOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw new NotFoundException("View", id.ToString())
            : db.SavedRecordViews.Add(new SavedRecordView { UserId = command.Actor.UserId, FormId = command.FormId, Name = name, QueryJson = "{}" }).Entity;
        row.Name = name;
        row.QueryJson = JsonSerializer.Serialize(command.Query with { Page = 1 }, SavedView.Json);
        row.UpdatedAt = DateTime.UtcNow;
        return SavedView.From(row);
    }
}
