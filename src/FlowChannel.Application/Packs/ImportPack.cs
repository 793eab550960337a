using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Packs;

/// <summary>
/// Installs a template pack: every file is checked first and nothing is written if any has an error;
/// versions already installed are left alone, so importing twice never duplicates anything.
/// </summary>
public sealed record ImportPack(Actor? Actor, PackSource Source) : ICommand<PackImportResult>;

public sealed record PackImportResult(string PackId, int FormsAdded, int FormsUnchanged, int WorkflowsAdded, int WorkflowsUnchanged);

public sealed class ImportPackHandler(
    FlowChannelDbContext db, ActivityRegistry registry, WorkflowPublisher publisher, PackFormVersions formVersions,
    Permissions.PermissionSetCatalog permissionSets, AuditTrail audit)
    : ICommandHandler<ImportPack, PackImportResult>
{
    public async ValueTask<PackImportResult> Handle(ImportPack command, CancellationToken cancellationToken)
    {
        var source = command.Source;
        var errors = new List<PackError>();
        var forms = ParseForms(source, errors);
        var workflows = ReadWorkflows(source, errors);
        var newForms = new List<(FormSchema Schema, string Json)>();
        foreach (var (file, schema, json) in forms)
        {
            if (!await db.FormDefinitions.AnyAsync(f => f.FormId == schema.Id && f.Version == schema.Version, cancellationToken))
            {
                await formVersions.CheckAsync(file, schema, errors, cancellationToken);
                newForms.Add((schema, json));
            }
        }
        if (errors.Count > 0)
        {
            throw new PackImportException(errors);
        }

        int formsAdded = 0, workflowsAdded = 0;
        foreach (var (schema, json) in newForms)
        {
            db.FormDefinitions.Add(new FormDefinition
            {
                FormId = schema.Id,
                Version = schema.Version,
                Title = schema.Title.Resolve(System.Globalization.CultureInfo.InvariantCulture),
                SchemaJson = json,
                IsPublished = true,
                PackId = source.PackId,
            });
            await permissionSets.SyncFromSchemaAsync(schema, source.PackId, cancellationToken);
            formsAdded++;
        }
        foreach (var (definition, json) in workflows)
        {
            if (await publisher.AddVersionAsync(definition, json, source.PackId, cancellationToken))
            {
                workflowsAdded++;
            }
        }

        var installed = await db.InstalledPacks.FindAsync([source.PackId], cancellationToken);
        if (installed is null)
        {
            db.InstalledPacks.Add(new InstalledPack { PackId = source.PackId, Name = source.Name, Version = source.Version });
        }
        else
        {
            installed.Version = source.Version;
            installed.InstalledAt = DateTime.UtcNow;
        }
        audit.Write(command.Actor, "pack.import", "Pack", source.PackId, $"version {source.Version}");
        return new PackImportResult(source.PackId, formsAdded, forms.Count - formsAdded, workflowsAdded, workflows.Count - workflowsAdded);
    }

    private static List<(string File, FormSchema Schema, string Json)> ParseForms(PackSource source, List<PackError> errors)
    {
        var forms = new List<(string, FormSchema, string)>();
        foreach (var file in source.Forms)
        {
            var result = FormSchemaParser.Parse(file.Content);
            errors.AddRange(result.Errors.Select(e => new PackError(file.Path, e.Pointer, e.Message)));
            if (result.IsValid)
            {
                forms.Add((file.Path, result.Schema!, file.Content));
            }
        }
        return forms;
    }

    private List<(WorkflowDefinition Definition, string Json)> ReadWorkflows(PackSource source, List<PackError> errors)
    {
        var workflows = new List<(WorkflowDefinition, string)>();
        foreach (var file in source.Workflows)
        {
            var result = ElsaJsonReader.Read(file.Content, registry);
            errors.AddRange(result.Errors.Select(e => new PackError(file.Path, e.Pointer, e.Message)));
            if (result.Definition is { } definition)
            {
                errors.AddRange(definition.MissingActivityTypes.Select(t =>
                    new PackError(file.Path, "", $"Activity type '{t}' is not available here; the workflow cannot be published.")));
                workflows.Add((definition, file.Content));
            }
        }
        return workflows;
    }
}
