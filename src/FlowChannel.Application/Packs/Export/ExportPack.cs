using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Packs.Manifest;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Packs.Export;

/// <summary>
/// Exports an installed pack as it is here now (the latest published version of each of its forms and workflows, its
/// roles and kept files), or, with <see cref="Forms"/> or <see cref="Workflows"/>, a new pack of the chosen forms and
/// workflows. The .zip re-imports cleanly: roles the forms name are declared, paths follow the pack's layout.
/// </summary>
public sealed record ExportPack(Actor? Actor, string PackId, IReadOnlyList<string>? Forms = null, IReadOnlyList<string>? Workflows = null)
    : ICommand<ExportedPack>;

/// <summary>The pack as a .zip.</summary>
public sealed record ExportedPack(string FileName, byte[] Content, int FormCount, int WorkflowCount);

public sealed class ExportPackHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<ExportPack, ExportedPack>
{
    public async ValueTask<ExportedPack> Handle(ExportPack command, CancellationToken cancellationToken)
    {
        PackAdmins.Check(command.Actor);
        var chosen = command.Forms is not null || command.Workflows is not null;
        if (chosen)
        {
            var problems = new List<FlowChannel.Forms.Validation.FieldError>();
            if (!ManifestFields.IdPattern().IsMatch(command.PackId))
            {
                problems.Add(new("id", "invalidPackId", "A pack id is lower-case letters, digits and dashes (2 to 64), starting with a letter."));
            }
            if ((command.Forms?.Count ?? 0) + (command.Workflows?.Count ?? 0) == 0)
            {
                problems.Add(new("forms", "emptyPack", "Choose at least one form or workflow."));
            }
            InvalidInputException.ThrowIfAny("The pack is invalid.", problems);
        }
        var installed = await db.InstalledPacks.AsNoTracking().FirstOrDefaultAsync(p => p.PackId == command.PackId, cancellationToken);
        if (!chosen && installed is null)
        {
            throw new NotFoundException("Pack", command.PackId);
        }
        var formIds = command.Forms ?? await db.FormDefinitions.Where(f => f.PackId == command.PackId).Select(f => f.FormId).Distinct().ToListAsync(cancellationToken);
        var workflowIds = command.Workflows ?? await db.WorkflowDefinitions.Where(d => d.PackId == command.PackId).Select(d => d.DefinitionId).Distinct().ToListAsync(cancellationToken);

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var formId in formIds.Distinct(StringComparer.Ordinal))
        {
            var json = await db.FormDefinitions.AsNoTracking().Where(f => f.FormId == formId && f.IsPublished)
                .OrderByDescending(f => f.Version).Select(f => f.SchemaJson).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Form", formId);
            files[$"form-schemas/{formId}.form.json"] = json;
            roles.UnionWith(FormSchemaParser.Parse(json).Schema?.Permissions.Sets.SelectMany(s => s.Roles) ?? []);
        }
        foreach (var definitionId in workflowIds.Distinct(StringComparer.Ordinal))
        {
            var json = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId)
                .OrderByDescending(d => d.IsLatest).ThenByDescending(d => d.Version).Select(d => d.Json).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Workflow definition", definitionId);
            files[$"workflow-definitions/{definitionId}.json"] = json;
            WorkflowRoles(JsonNode.Parse(json), roles);
        }
        var kept = chosen ? [] : await db.InstalledPackFiles.AsNoTracking().Where(f => f.PackId == command.PackId).ToListAsync(cancellationToken);
        foreach (var file in kept)
        {
            files[file.Path] = file.Content;
        }
        var manifest = ExportManifest.Build(command.PackId, chosen ? null : installed, files.Keys, kept.Select(k => k.Path), roles);
        var zip = PackZipWriter.Write(manifest, files);
        audit.Write(command.Actor, "pack.export", "Pack", command.PackId,
            $"{formIds.Count} forms, {workflowIds.Count} workflows{(chosen ? " (chosen)" : $", version {installed!.Version}")}");
        return new ExportedPack($"{command.PackId}.zip", zip, formIds.Count, workflowIds.Count);
    }

    private static void WorkflowRoles(JsonNode? node, HashSet<string> roles)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "role" && value?["expression"] is JsonObject e && e["type"]?.GetValue<string>() == "Literal"
                        && e["value"] is JsonValue v && v.TryGetValue<string>(out var role))
                    {
                        roles.Add(role);
                    }
                    WorkflowRoles(value, roles);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WorkflowRoles(item, roles);
                }
                break;
        }
    }
}
