using System.Text;
using System.Text.RegularExpressions;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>
/// Store the draft of a form's next version, new form or existing. A draft with errors is stored too, so designers
/// can keep working; the answer lists what would stop it from being published.
/// </summary>
public sealed record SaveFormDraft(Actor Actor, string FormId, string SchemaJson, int? BaseRevision = null) : ICommand<FormDraftView>;

public sealed partial class SaveFormDraftHandler(FlowChannelDbContext db, PublishCheck check) : ICommandHandler<SaveFormDraft, FormDraftView>
{
    public const int MaxBytes = 1024 * 1024;

    public async ValueTask<FormDraftView> Handle(SaveFormDraft command, CancellationToken cancellationToken)
    {
        FormDesignRights.DemandDesigner(command.Actor);
        if (!FormIdPattern().IsMatch(command.FormId))
        {
            throw new BadRequestException($"\"{command.FormId}\" is not a form id: 2–64 lower-case letters, digits and '-', starting with a letter.");
        }
        if (Encoding.UTF8.GetByteCount(command.SchemaJson) > MaxBytes)
        {
            throw new BadRequestException("A form schema may be at most 1 MB.");
        }

        var draft = await db.FormDrafts.FindAsync([command.FormId], cancellationToken);
        if (command.BaseRevision is { } revision && revision != (draft?.Version ?? 0))
        {
            throw new ConflictException("Someone else saved this draft since you opened it; reload it and apply your changes again.");
        }
        if (draft is null)
        {
            draft = new FormDraft { FormId = command.FormId, SchemaJson = command.SchemaJson, UpdatedByUserId = command.Actor.UserId };
            db.FormDrafts.Add(draft);
        }
        else
        {
            draft.SchemaJson = command.SchemaJson;
            draft.UpdatedByUserId = command.Actor.UserId;
            draft.UpdatedAt = DateTime.UtcNow;
        }

        var candidate = await check.RunAsync(command.FormId, command.SchemaJson, cancellationToken);
        // The context bumps the token when it saves an update; answer with the revision the row will have.
        var savedRevision = db.Entry(draft).State == EntityState.Added ? draft.Version : draft.Version + 1;
        return new FormDraftView(draft.FormId, savedRevision, draft.UpdatedByUserId, draft.UpdatedAt, candidate.Version, candidate.CanPublish, candidate.Problems);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,63}$")]
    private static partial Regex FormIdPattern();
}
