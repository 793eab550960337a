using System.Text.Json.Nodes;
using FlowChannel.TestSupport;
using FlowChannel.Web.CommandLine;

namespace FlowChannel.Web.Tests.CommandLine;

public sealed class CliVerbsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-cli-");

    [Fact]
    public void Form_check_accepts_the_bundled_forms()
    {
        var (code, output, _) = Run("form", "check", RepositoryPaths.Combine("form-schemas", "partner-application.form.json"));
        Assert.Equal(0, code);
        Assert.Contains("ok — form 'partner-application' v1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_check_lists_every_problem_with_its_pointer_and_fails()
    {
        var file = Write("bad.form.json", """{"id": "bad", "title": "B", "fields": [{"key": "a", "type": "txt", "label": "A"}, {"key": "a", "type": "text", "label": "A2"}]}""");
        var (code, _, error) = Run("form", "check", file);
        Assert.Equal(1, code);
        Assert.Contains($"{file}#/fields/0/type: Unknown field type \"txt\"", error, StringComparison.Ordinal);
        Assert.Contains($"{file}#/fields/1/key", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Workflow_check_refuses_unknown_activity_types_by_name()
    {
        var definition = File.ReadAllText(RepositoryPaths.Combine("workflow-definitions", "partner-application.json"))
            .Replace("\"FlowChannel.Notify\"", "\"Acme.SendFax\"", StringComparison.Ordinal);
        var (code, _, error) = Run("workflow", "check", Write("fax.json", definition));
        Assert.Equal(1, code);
        Assert.Contains("activity type 'Acme.SendFax' is not available here", error, StringComparison.Ordinal);
        Assert.Equal(0, Run("workflow", "check", RepositoryPaths.Combine("workflow-definitions", "partner-application.json")).Code);
    }

    [Fact]
    public void Workflow_run_prints_the_state_and_the_open_approval_bookmark()
    {
        var input = """{"record": {"id": "4b1c0d1e-0000-0000-0000-000000000001", "submittedBy": "u1", "data": {"companyName": "演示", "strategicFit": 5, "operatingCapability": 5, "resourceComplementarity": 5, "creditCompliance": 5, "growthPotential": 5}}}""";
        var (code, output, _) = Run("workflow", "run", RepositoryPaths.Combine("workflow-definitions", "partner-application.json"), "--input", input);
        Assert.Equal(0, code);
        var report = JsonNode.Parse(output)!;
        Assert.Equal("Suspended", report["subStatus"]!.GetValue<string>());
        Assert.Equal("FlowChannel.Approval", report["bookmarks"]![0]!["activityType"]!.GetValue<string>());
        Assert.Equal(100, report["variables"]!["Score"]!.GetValue<int>());
        Assert.Contains("演示", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_json_and_missing_files_fail_clearly_and_serving_is_not_a_verb()
    {
        var definition = RepositoryPaths.Combine("workflow-definitions", "partner-application.json");
        var (code, _, error) = Run("workflow", "run", definition, "--input", "{not json");
        Assert.Equal(1, code);
        Assert.StartsWith("--input:", error, StringComparison.Ordinal);
        Assert.Equal(1, Run("form", "check", Path.Combine(_folder.FullName, "missing.json")).Code);
        Assert.Null(CliVerbs.TryRun([], TextWriter.Null, TextWriter.Null));
        Assert.Null(CliVerbs.TryRun(["--urls", "http://127.0.0.1:5099"], TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void Database_verbs_are_left_to_the_host_and_unknown_ones_get_the_usage()
    {
        Assert.Null(CliVerbs.TryRun(["audit", "verify"], TextWriter.Null, TextWriter.Null));
        Assert.Null(CliVerbs.TryRun(["db", "migrate"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(64, Run("audit", "erase").Code);
        Assert.Equal(64, Run("db").Code);
        Assert.Contains("flowchannel audit verify", Run("help").Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int? Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliVerbs.TryRun(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
