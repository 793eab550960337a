using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Serialization;

namespace FlowChannel.Web.CommandLine;

/// <summary><c>flowchannel workflow check FILE</c>: errors and unknown activity types fail; warnings are shown.</summary>
internal static class WorkflowCheck
{
    public static int Run(string file, TextWriter output, TextWriter error)
    {
        if (CliVerbs.ReadFile(file, error) is not { } json)
        {
            return 1;
        }
        var result = ElsaJsonReader.Read(json, ActivityRegistry.CreateDefault());
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"{file}#{warning.Pointer}: warning: {warning.Message}");
        }
        foreach (var problem in result.Errors)
        {
            error.WriteLine($"{file}#{problem.Pointer}: {problem.Message}");
        }
        var missing = result.Definition?.MissingActivityTypes ?? [];
        foreach (var type in missing)
        {
            error.WriteLine($"{file}: activity type '{type}' is not available here; the definition cannot be published.");
        }
        if (!result.IsValid || missing.Count > 0)
        {
            return 1;
        }
        var definition = result.Definition!;
        output.WriteLine($"{file}: ok — workflow '{definition.DefinitionId}' v{definition.Version} ({definition.Name})");
        return 0;
    }
}
