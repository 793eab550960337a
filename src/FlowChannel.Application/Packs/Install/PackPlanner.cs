using FlowChannel.Application.Packs.Manifest;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using static FlowChannel.Application.Packs.Install.PackActions;

namespace FlowChannel.Application.Packs.Install;

/// <summary>The plan of an install: compares a checked pack with what is installed, reading only.</summary>
public sealed class PackPlanner(FlowChannelDbContext db)
{
    public async Task<PackPlan> PlanAsync(CheckedPack pack, bool withSampleData, List<PackError> errors, CancellationToken ct)
    {
        var manifest = pack.Source.Manifest;
        var installed = await db.InstalledPacks.AsNoTracking().FirstOrDefaultAsync(p => p.PackId == manifest.Id, ct);
        if (installed is not null && SemVersion.TryParse(installed.Version, out var current) && current > manifest.Version)
        {
            errors.Add(new PackError(PackManifestReader.FileName, "/version",
                $"Version {installed.Version} of '{manifest.Id}' is installed; installing the older {manifest.Version} is refused (a downgrade would hide newer forms and workflows)."));
        }
        var changes = new List<PackChange>();
        var forms = new List<CheckedForm>();
        foreach (var form in pack.Forms)
        {
            var versions = await db.FormDefinitions.AsNoTracking().Where(f => f.FormId == form.Schema.Id).Select(f => f.Version).ToListAsync(ct);
            var change = Versioned("form", form.Schema.Id, form.Schema.Version, versions);
            changes.Add(change);
            if (change.Action is Create or Upgrade)
            {
                forms.Add(form);
            }
            changes.AddRange(await PermissionSetsAsync(form, change.Action is Create or Upgrade, ct));
        }
        var workflows = new List<CheckedWorkflow>();
        foreach (var workflow in pack.Workflows)
        {
            var versions = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == workflow.Definition.DefinitionId)
                .Select(d => d.Version).ToListAsync(ct);
            var change = Versioned("workflow", workflow.Definition.DefinitionId, workflow.Definition.Version, versions);
            changes.Add(change);
            if (change.Action is Create or Upgrade)
            {
                workflows.Add(workflow);
            }
        }
        var existingRoles = await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(ct);
        changes.AddRange(manifest.Contents.Roles.Select(r =>
            new PackChange("role", r.Name, existingRoles.Contains(r.Name) ? Unchanged : Create, r.Title.ToString())));
        changes.AddRange(await KeptFilesAsync(pack.Source, ct));

        var samples = withSampleData && installed?.WithSampleData != true ? pack.SampleRecords : [];
        CheckSamples(pack, samples, errors);
        if (manifest.Contents.SampleData is not null)
        {
            changes.Add(new PackChange("sampleData", manifest.Contents.SampleData, samples.Count > 0 ? Create : Unchanged,
                samples.Count > 0 ? $"{samples.Count} records" : withSampleData ? "installed before" : "not asked for"));
        }
        return new PackPlan(installed, changes, forms, workflows, samples);
    }

    private static PackChange Versioned(string kind, string id, int version, List<int> installed)
    {
        if (installed.Count == 0)
        {
            return new PackChange(kind, id, Create, $"v{version}");
        }
        if (installed.Contains(version))
        {
            return new PackChange(kind, id, Unchanged, $"v{version}");
        }
        var latest = installed.Max();
        // A newer version made here (a designer published one) is not replaced by the pack's older one.
        return latest > version
            ? new PackChange(kind, id, Kept, $"v{latest} here is newer than the pack's v{version}")
            : new PackChange(kind, id, Upgrade, $"v{latest} → v{version}");
    }

    private async Task<IEnumerable<PackChange>> PermissionSetsAsync(CheckedForm form, bool published, CancellationToken ct)
    {
        var stored = await db.FormPermissionSets.AsNoTracking().Where(s => s.FormId == form.Schema.Id).ToListAsync(ct);
        var declared = form.Schema.Permissions.Sets;
        var changes = declared.Select(set =>
        {
            var id = $"{form.Schema.Id}/{set.Key}";
            var row = stored.FirstOrDefault(s => s.Key == set.Key);
            return (row, published) switch
            {
                (null, true) => new PackChange("permissionSet", id, Create),
                ({ IsCustomised: true }, true) => new PackChange("permissionSet", id, Kept, "customised by an admin"),
                ({ } r, true) when r.DefinitionJson != set.Source.ToJsonString() => new PackChange("permissionSet", id, Upgrade),
                _ => new PackChange("permissionSet", id, Unchanged),
            };
        }).ToList();
        if (published)
        {
            changes.AddRange(stored.Where(s => !s.IsCustomised && declared.All(d => d.Key != s.Key))
                .Select(s => new PackChange("permissionSet", $"{form.Schema.Id}/{s.Key}", Remove)));
        }
        return changes;
    }

    private async Task<IEnumerable<PackChange>> KeptFilesAsync(PackSource source, CancellationToken ct)
    {
        var stored = await db.InstalledPackFiles.AsNoTracking().Where(f => f.PackId == source.PackId).ToListAsync(ct);
        var kept = source.KeptFiles;
        return kept.Select(f => stored.FirstOrDefault(s => s.Path == f.Path) switch
            {
                null => new PackChange("file", f.Path, Create),
                { } s when s.Content != f.Content => new PackChange("file", f.Path, Upgrade),
                _ => new PackChange("file", f.Path, Unchanged),
            })
            .Concat(stored.Where(s => kept.All(f => f.Path != s.Path)).Select(s => new PackChange("file", s.Path, Remove)))
            .ToList();
    }

    private static void CheckSamples(CheckedPack pack, IReadOnlyList<SampleRecord> samples, List<PackError> errors)
    {
        foreach (var sample in samples)
        {
            if (pack.Forms.FirstOrDefault(f => f.Schema.Id == sample.FormId) is not { } form)
            {
                continue; // reported by the reference check
            }
            var result = RecordValidator.Validate(form.Schema, sample.Data, RecordWriteMode.System);
            errors.AddRange(result.Errors.Select(e => new PackError(sample.File, $"{sample.At}/data", $"{e.Path}: {e.Message}")));
        }
    }
}

/// <summary>A plan: the changes to report and the parts that will be written.</summary>
public sealed record PackPlan(
    InstalledPack? Installed,
    IReadOnlyList<PackChange> Changes,
    IReadOnlyList<CheckedForm> FormsToPublish,
    IReadOnlyList<CheckedWorkflow> WorkflowsToPublish,
    IReadOnlyList<SampleRecord> SampleRecords);
