using FlowChannel.Application.Common;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Dashboards.Store;

/// <summary>
/// Creates or replaces a dashboard (admins and designers). The definition is checked first (422 naming each JSON
/// pointer) and its id must be the one in the address. A dashboard a pack installed becomes customised, so upgrading
/// the pack keeps this version.
/// </summary>
public sealed record SaveDashboard(Actor Actor, string Id, string Json) : ICommand<StoredDashboard>;

public sealed class SaveDashboardHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<SaveDashboard, StoredDashboard>
{
    public async ValueTask<StoredDashboard> Handle(SaveDashboard command, CancellationToken cancellationToken)
    {
        if (!command.Actor.DesignsForms)
        {
            throw new ForbiddenException("Only admins and designers change dashboards.");
        }
        var parsed = DashboardParser.Parse(command.Json);
        var errors = parsed.Errors.Select(e => new FieldError(e.Pointer, "invalid", e.Message)).ToList();
        if (parsed.Definition is { } d && d.Id != command.Id)
        {
            errors.Add(new FieldError("/id", "mismatch", $"The definition's id '{d.Id}' is not the '{command.Id}' of the address."));
        }
        InvalidInputException.ThrowIfAny("The dashboard is invalid.", errors);

        var row = await db.Dashboards.FindAsync([command.Id], cancellationToken);
        if (row is null)
        {
            db.Dashboards.Add(row = new Dashboard { Id = command.Id, DefinitionJson = command.Json });
        }
        else
        {
            row.DefinitionJson = command.Json;
            row.Version++;
            row.IsCustomised = row.PackId is not null;
            row.UpdatedAt = DateTime.UtcNow;
        }
        audit.Write(command.Actor, row.Version == 1 ? "dashboard.create" : "dashboard.update", "Dashboard", command.Id, $"version {row.Version}");
        return new StoredDashboard(parsed.Definition!, row.Version, row.PackId, row.IsCustomised);
    }
}
