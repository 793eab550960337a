using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Permissions.Sets;

/// <summary>
/// Removes one permission set of a form; its members lose what it gave them at once. A set its pack still ships comes
/// back with the pack's next upgrade: to switch such a set off for good, keep it and take its members away.
/// </summary>
public sealed record DeletePermissionSet(Actor Actor, string FormId, string Key) : ICommand;

public sealed class DeletePermissionSetHandler(FlowChannelDbContext db, PermissionSetCatalog catalog, AuditTrail audit)
    : ICommandHandler<DeletePermissionSet>
{
    public async ValueTask<Mediator.Unit> Handle(DeletePermissionSet command, CancellationToken cancellationToken)
    {
        PermissionSetAdmin.Check(command.Actor);
        if (!await db.FormDefinitions.AnyAsync(f => f.FormId == command.FormId && f.IsPublished, cancellationToken))
        {
            throw new NotFoundException("Form", command.FormId);
        }
        var stored = await PermissionSetAdmin.StoredAsync(db, catalog, command.FormId, cancellationToken);
        var row = stored.FirstOrDefault(s => s.Key == command.Key) ?? throw new NotFoundException("Permission set", command.Key);
        if (stored.Count == 1)
        {
            // With no stored set the form would fall back to its version's sets or the defaults, which may give more.
            throw new ConflictException("A form keeps at least one permission set; take this one's members away instead of deleting it.");
        }
        db.FormPermissionSets.Remove(row);
        audit.Write(command.Actor, "permissionSet.deleted", "FormPermissionSet", $"{command.FormId}/{command.Key}", row.DefinitionJson);
        return Mediator.Unit.Value;
    }
}
