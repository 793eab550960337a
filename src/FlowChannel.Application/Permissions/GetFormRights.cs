using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Permissions;
using Mediator;

namespace FlowChannel.Application.Permissions;

/// <summary>What the caller may do on a form and with each of its fields, so pages offer exactly that.</summary>
public sealed record GetFormRights(Actor Actor, string FormId) : IQuery<FormRightsView>;

/// <summary>
/// The caller's actions, their right per field, and per choice field whose options their sets limit, the values they
/// may set (besides the value a record holds).
/// </summary>
public sealed record FormRightsView(string FormId, IReadOnlyList<string> Actions, IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Options);

public sealed class GetFormRightsHandler(RecordPermissions permissions, FormSchemaCache schemas) : IQueryHandler<GetFormRights, FormRightsView>
{
    public async ValueTask<FormRightsView> Handle(GetFormRights query, CancellationToken cancellationToken)
    {
        var schema = await schemas.GetPublishedAsync(permissions.Db, query.FormId, cancellationToken);
        var rights = await permissions.ForFormAsync(query.Actor, schema.Id, cancellationToken);
        if (rights.Actions.Count == 0)
        {
            throw new NotFoundException("Form", query.FormId);
        }
        var fields = schema.Fields.Where(f => f.HasValue)
            .ToDictionary(f => f.Key, f => rights.Field(f.Key).ToString().ToLowerInvariant(), StringComparer.Ordinal);
        var options = schema.Fields.Where(f => f.IsChoice).Select(f => (f.Key, Allowed: rights.AllowedOptions(f.Key)))
            .Where(f => f.Allowed is not null).ToDictionary(f => f.Key, f => f.Allowed!, StringComparer.Ordinal);
        return new FormRightsView(schema.Id, rights.Actions, fields, options);
    }
}
