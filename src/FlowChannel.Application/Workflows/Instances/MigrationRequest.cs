using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Instances;

/// <summary>
/// Checks a migration request before anything changes: every id well-formed, once, and of an existing instance;
/// the target version published for every definition involved. Problems name their place (<c>instanceIds[2]</c>).
/// </summary>
internal static class MigrationRequest
{
    public static IReadOnlyList<string> CheckIds(IReadOnlyList<string?>? ids)
    {
        if (ids is null || ids.Count == 0)
        {
            throw Invalid(new FieldError("instanceIds", "required", "Name at least one instance to migrate."));
        }

        if (ids.Count > MigrateWorkflowInstances.MaxInstances)
        {
            throw Invalid(new FieldError("instanceIds", "tooMany", $"At most {MigrateWorkflowInstances.MaxInstances} instances are migrated at once."));
        }

        var errors = new List<FieldError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                errors.Add(new FieldError($"instanceIds[{i}]", "required", "The instance id is empty."));
            }
            else if (!seen.Add(ids[i]!))
            {
                errors.Add(new FieldError($"instanceIds[{i}]", "duplicate", $"Instance '{ids[i]}' is named twice."));
            }
        }

        return errors.Count > 0 ? throw Invalid([.. errors]) : [.. ids.Select(id => id!)];
    }

    /// <summary>The instances, tracked and in the order asked for.</summary>
    public static async Task<IReadOnlyList<WorkflowInstance>> LoadAsync(FlowChannelDbContext db, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var found = await db.WorkflowInstances.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, StringComparer.Ordinal, ct);
        var missing = ids.Select((id, index) => (id, index)).Where(x => !found.ContainsKey(x.id))
            .Select(x => new FieldError($"instanceIds[{x.index}]", "notFound", $"Workflow instance '{x.id}' was not found.")).ToArray();
        return missing.Length > 0 ? throw Invalid(missing) : [.. ids.Select(id => found[id])];
    }

    /// <summary>Per definition, the version to move to: <paramref name="version"/>, or the newest published one.</summary>
    public static async Task<IReadOnlyDictionary<string, WorkflowDefinitionVersion>> TargetsAsync(
        FlowChannelDbContext db, IEnumerable<string> definitionIds, int? version, CancellationToken ct)
    {
        if (version is < 1)
        {
            throw Invalid(new FieldError("targetVersion", "range", "Versions are numbered from 1."));
        }

        var targets = new Dictionary<string, WorkflowDefinitionVersion>(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        foreach (var definitionId in definitionIds.Distinct(StringComparer.Ordinal))
        {
            var versions = db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
            var target = await (version is { } number ? versions.Where(d => d.Version == number) : versions.Where(d => d.IsPublished).OrderByDescending(d => d.Version))
                .FirstOrDefaultAsync(ct);
            if (target is { IsPublished: true })
            {
                targets[definitionId] = target;
                continue;
            }

            errors.Add(new FieldError("targetVersion", target is null ? "notFound" : "draft", target is not null
                ? $"Version {version} of workflow '{definitionId}' is a draft; publish it before moving instances to it."
                : version is null ? $"Workflow '{definitionId}' has no published version." : $"Workflow '{definitionId}' has no version {version}."));
        }

        return errors.Count > 0 ? throw Invalid([.. errors]) : targets;
    }

    private static RecordValidationException Invalid(params FieldError[] errors) => new(errors);
}
