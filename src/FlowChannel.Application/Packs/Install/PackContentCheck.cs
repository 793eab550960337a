using System.Reflection;
using FlowChannel.Application.Packs.Manifest;
using FlowChannel.Forms.Schema;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Serialization;

namespace FlowChannel.Application.Packs.Install;

/// <summary>
/// Everything a pack must pass before anything is written: this FlowChannel is new enough, every form and workflow
/// reads (file and JSON pointer), nothing is there twice, kept JSON files are JSON, and every form, field and role the
/// files name exists in the pack or here (<see cref="PackReferenceCheck"/>).
/// </summary>
public sealed class PackContentCheck(ActivityRegistry registry, PackReferenceCheck references, PackFormVersions formVersions)
{
    /// <summary>The version of the running FlowChannel, which a pack's minimum is compared with.</summary>
    public static SemVersion RunningVersion { get; } = SemVersion.OfInformational(
        typeof(PackContentCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    public async Task<CheckedPack> CheckAsync(PackSource source, List<PackError> errors, CancellationToken ct)
    {
        var manifest = source.Manifest;
        if (manifest.MinimumFlowChannelVersion > RunningVersion)
        {
            errors.Add(new PackError(PackManifestReader.FileName, "/minimumFlowChannelVersion",
                $"The pack needs FlowChannel {manifest.MinimumFlowChannelVersion} or newer; this is {RunningVersion}."));
        }
        var forms = ParseForms(source, errors);
        var workflows = ReadWorkflows(source, errors);
        foreach (var file in source.KeptFiles.Where(f => f.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || manifest.Contents.Dashboards.Contains(f.Path)))
        {
            PackJson.Parse(file, errors);
        }
        PackDashboards.Check(source, errors);
        PackAutomations.Check(source, errors);
        var samples = PackSampleData.Read(source.SampleData, errors);
        await references.CheckAsync(source, forms, workflows, samples, errors, ct);
        foreach (var form in forms)
        {
            await formVersions.CheckAsync(form.File, form.Schema, errors, ct);
        }
        return new CheckedPack(source, forms, workflows, samples);
    }

    private static List<CheckedForm> ParseForms(PackSource source, List<PackError> errors)
    {
        var forms = new List<CheckedForm>();
        foreach (var file in source.Forms)
        {
            var result = FormSchemaParser.Parse(file.Content);
            errors.AddRange(result.Errors.Select(e => new PackError(file.Path, e.Pointer, e.Message)));
            if (!result.IsValid)
            {
                continue;
            }
            if (forms.FirstOrDefault(f => f.Schema.Id == result.Schema!.Id) is { } twin)
            {
                errors.Add(new PackError(file.Path, "/id", $"The form '{result.Schema!.Id}' is also in {twin.File}; a pack carries one version of each form."));
                continue;
            }
            forms.Add(new CheckedForm(file.Path, result.Schema!, file.Content));
        }
        return forms;
    }

    private List<CheckedWorkflow> ReadWorkflows(PackSource source, List<PackError> errors)
    {
        var workflows = new List<CheckedWorkflow>();
        foreach (var file in source.Workflows)
        {
            var result = ElsaJsonReader.Read(file.Content, registry);
            errors.AddRange(result.Errors.Select(e => new PackError(file.Path, e.Pointer, e.Message)));
            if (result.Definition is not { } definition)
            {
                continue;
            }
            errors.AddRange(definition.MissingActivityTypes.Select(t =>
                new PackError(file.Path, "", $"Activity type '{t}' is not available here; the workflow cannot be published.")));
            if (workflows.FirstOrDefault(w => w.Definition.DefinitionId == definition.DefinitionId) is { } twin)
            {
                errors.Add(new PackError(file.Path, "/definitionId", $"The workflow '{definition.DefinitionId}' is also in {twin.File}; a pack carries one version of each workflow."));
                continue;
            }
            workflows.Add(new CheckedWorkflow(file.Path, definition, file.Content));
        }
        return workflows;
    }
}
