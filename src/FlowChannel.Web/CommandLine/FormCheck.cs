using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.CommandLine;

/// <summary><c>flowchannel form check FILE</c>: exit 0 when the schema is sound, 1 with every problem listed.</summary>
internal static class FormCheck
{
    public static int Run(string file, TextWriter output, TextWriter error)
    {
        if (CliVerbs.ReadFile(file, error) is not { } json)
        {
            return 1;
        }
        var result = FormSchemaParser.Parse(json);
        foreach (var problem in result.Errors)
        {
            error.WriteLine($"{file}#{problem.Pointer}: {problem.Message}");
        }
        if (!result.IsValid)
        {
            return 1;
        }
        output.WriteLine($"{file}: ok — form '{result.Schema!.Id}' v{result.Schema.Version}, {result.Schema.Fields.Count} fields");
        return 0;
    }
}
