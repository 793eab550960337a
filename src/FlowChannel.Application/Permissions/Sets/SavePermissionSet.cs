using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Permissions.Sets;

/// <summary>
/// Writes one permission set of a form in the form language's set shape: a new one when <see cref="Key"/> is null,
/// else the set with that key (whose key stays). Checked exactly as a form's own sets are, errors by JSON pointer;
/// the set is then marked customised, so upgrades of its pack leave it as the admin wrote it.
/// </summary>
public sealed record SavePermissionSet(Actor Actor, string FormId, string? Key, JsonObject? Definition) : ICommand<PermissionSetView>;

public sealed class SavePermissionSetHandler(FlowChannelDbContext db, FormSchemaCache schemas, PermissionSetCatalog catalog, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<SavePermissionSet, PermissionSetView>
{
    public async ValueTask<PermissionSetView> Handle(SavePermissionSet command, CancellationToken cancellationToken)
    {
        PermissionSetAdmin.Check(command.Actor);
        var schema = await schemas.GetPublishedAsync(db, command.FormId, cancellationToken);
        var definition = command.Definition ?? [];
        var (set, parseErrors) = PermissionSetParser.Parse(definition, schema.Fields);
        var errors = parseErrors.Select(e => new FieldError(e.Pointer.Length == 0 ? "/" : e.Pointer, "invalidPermissionSet", e.Message)).ToList();
        var stored = await PermissionSetAdmin.StoredAsync(db, catalog, schema.Id, cancellationToken);
        if (set is not null && command.Key is { } key && set.Key != key)
        {
            errors.Add(new FieldError("/key", "keyChanged", $"The set's key stays \"{key}\"; add a new set for another key."));
        }
        var row = command.Key is { } existing ? stored.FirstOrDefault(s => s.Key == existing) ?? throw new NotFoundException("Permission set", existing) : null;
        if (set is not null && row is null && stored.Any(s => s.Key == set.Key))
        {
            errors.Add(new FieldError("/key", "duplicateKey", $"Another permission set already has the key \"{set.Key}\"."));
        }
        InvalidInputException.ThrowIfAny("The permission set is invalid.", errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var json = set!.Source.ToJsonString();
        if (row is null)
        {
            row = new FormPermissionSet { FormId = schema.Id, Key = set.Key, DefinitionJson = json, SortOrder = stored.Count == 0 ? 0 : stored.Max(s => s.SortOrder) + 1 };
            db.FormPermissionSets.Add(row);
        }
        row.DefinitionJson = json;
        row.IsCustomised = true;
        row.UpdatedAt = now;
        audit.Write(command.Actor, "permissionSet.saved", "FormPermissionSet", $"{schema.Id}/{set.Key}", json.Length > 1000 ? json[..1000] : json);
        return new PermissionSetView(set.Key, (JsonObject)set.Source.DeepClone(), true, true, row.PackId, now);
    }
}
