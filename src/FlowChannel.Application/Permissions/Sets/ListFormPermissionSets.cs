using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Permissions.Sets;

/// <summary>
/// A form's permission sets as in force, with what an editor needs: the form's fields (for the rights grid), the
/// actions, scopes and presets there are.
/// </summary>
public sealed record ListFormPermissionSets(Actor Actor, string FormId, CultureInfo? Culture = null) : IQuery<FormPermissionSetsView>;

public sealed record FormPermissionSetsView(string FormId, string Title, IReadOnlyList<PermissionFieldView> Fields,
    IReadOnlyList<PermissionSetView> Sets, IReadOnlyList<string> Actions, IReadOnlyList<string> Presets);

/// <summary>A field as the rights grid shows it; <see cref="Options"/> are its own options, which a set may limit.</summary>
public sealed record PermissionFieldView(string Key, string Label, string Type, IReadOnlyList<PermissionOptionView> Options);

public sealed record PermissionOptionView(string Value, string Label);

/// <summary>
/// One set. <see cref="IsStored"/> is false while the form runs on its version's sets or the defaults;
/// <see cref="IsCustomised"/> once an admin changed it, after which pack upgrades leave it alone.
/// </summary>
public sealed record PermissionSetView(string Key, JsonObject Definition, bool IsStored, bool IsCustomised, string? PackId, DateTime? UpdatedAt);

public sealed class ListFormPermissionSetsHandler(FlowChannelDbContext db, FormSchemaCache schemas, PermissionSetCatalog catalog)
    : IQueryHandler<ListFormPermissionSets, FormPermissionSetsView>
{
    public async ValueTask<FormPermissionSetsView> Handle(ListFormPermissionSets query, CancellationToken cancellationToken)
    {
        PermissionSetAdmin.Check(query.Actor);
        var culture = query.Culture ?? CultureInfo.CurrentUICulture;
        var schema = await schemas.GetPublishedAsync(db, query.FormId, cancellationToken);
        var stored = await db.FormPermissionSets.AsNoTracking().Where(s => s.FormId == schema.Id).ToListAsync(cancellationToken);
        var sets = (await catalog.ForFormAsync(schema.Id, cancellationToken)).Select(set =>
        {
            var row = stored.FirstOrDefault(s => s.Key == set.Key);
            return new PermissionSetView(set.Key, (JsonObject)set.Source.DeepClone(), row is not null, row?.IsCustomised ?? false, row?.PackId, row?.UpdatedAt);
        }).ToList();
        var fields = schema.Fields.Where(f => f.HasValue)
            .Select(f => new PermissionFieldView(f.Key, f.Label.Resolve(culture), f.Type.ToString(),
                f.IsChoice ? [.. f.Options.Select(o => new PermissionOptionView(o.Value, o.Label.Resolve(culture)))] : [])).ToList();
        return new FormPermissionSetsView(schema.Id, schema.Title.Resolve(culture), fields, sets, FormAction.All, PermissionPresets.Names);
    }
}
