using FlowChannel.Application.Common;
using FlowChannel.Forms.Versions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>
/// Turn a form's draft into its next immutable version. Refused, with every reason, when the schema has errors or
/// when existing records would lose data; warnings and notes come back with the new version.
/// </summary>
public sealed record PublishForm(Actor Actor, string FormId) : ICommand<PublishFormResult>;

public sealed record PublishFormResult(string FormId, int Version, IReadOnlyList<CompatibilityProblem> Notes);

public sealed class PublishFormHandler(FlowChannelDbContext db, PublishCheck check, Permissions.PermissionSetCatalog permissionSets, AuditTrail audit)
    : ICommandHandler<PublishForm, PublishFormResult>
{
    public async ValueTask<PublishFormResult> Handle(PublishForm command, CancellationToken cancellationToken)
    {
        FormDesignRights.DemandDesigner(command.Actor);
        var draft = await db.FormDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.FormId == command.FormId, cancellationToken)
            ?? throw new NotFoundException("Form draft", command.FormId);
        // Deleted first, guarded by its token: of two simultaneous publishers the second waits on this row and then
        // finds it gone (409), instead of both numbering the same version and one failing on the unique index.
        // A refusal below rolls the deletion back with the rest of the unit of work.
        var deleted = await db.FormDrafts.Where(d => d.FormId == draft.FormId && d.Version == draft.Version).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new ConflictException("The draft changed or was published while you were publishing it; reload it and try again.");
        }

        var candidate = await check.RunAsync(draft.FormId, draft.SchemaJson, cancellationToken);
        if (!candidate.CanPublish)
        {
            throw new FormPublishException(draft.FormId, [.. candidate.Errors]);
        }
        db.FormDefinitions.Add(new FormDefinition
        {
            FormId = draft.FormId,
            Version = candidate.Version,
            Title = PublishCheck.TitleOf(candidate.Schema!),
            SchemaJson = candidate.Json!,
            IsPublished = true,
        });
        await permissionSets.SyncFromSchemaAsync(candidate.Schema!, null, cancellationToken);
        audit.Write(command.Actor, "form.publish", "Form", draft.FormId, $"version {candidate.Version}");
        return new PublishFormResult(draft.FormId, candidate.Version, candidate.Problems);
    }
}
