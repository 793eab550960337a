using FlowChannel.Web.Components.Tests.FlowDesigner;
using FlowChannel.Web.Designer;
using FlowChannel.Web.FlowDesigner;

namespace FlowChannel.Web.Components.Tests.Packs;

/// <summary>
/// Every form and flow of the Channel Management pack, as the repository holds them, opens in the browser designers:
/// a form's document writes back exactly the file it read, and a flow shows no problem that would block publishing it,
/// so business users can change any of them without touching JSON.
/// </summary>
public sealed class PackInDesignersTests
{
    public static TheoryData<string> Forms => Files("form-schemas", "*.form.json");

    public static TheoryData<string> Flows => Files("workflow-definitions", "*.json");

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_pack_form_opens_in_the_form_designer_and_writes_back_the_same_schema(string file)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "form-schemas", file)))!.AsObject();

        var document = new FormDocument(original.DeepClone().AsObject());

        Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(document.ToJson())), $"{file} changed on its way through the designer");
        var parsed = FormSchemaParser.Parse(document.ToJson());
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.NotEmpty(document.AllKeys());
    }

    [Theory]
    [MemberData(nameof(Flows))]
    public void A_pack_flow_opens_in_the_flow_designer_without_a_problem_blocking_its_publication(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "workflow-definitions", file)))!.AsObject();

        var document = new FlowDocument(root);

        Assert.NotEmpty(document.Activities);
        var problems = new FlowValidator(FlowSamples.Catalog).Check(document);
        Assert.True(problems.Count == 0, $"{file}: {string.Join("; ", problems.Select(p => $"{p.NodeId}: {p.Message}"))}");
        // Reopening what the designer writes gives the same document: nothing drifts with each save.
        Assert.Equal(document.ToJson(), new FlowDocument(JsonNode.Parse(document.ToJson())!.AsObject()).ToJson());
    }

    private static string Root { get; } = FindRoot();

    private static TheoryData<string> Files(string folder, string pattern) =>
        [.. Directory.GetFiles(Path.Combine(Root, folder), pattern).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>The repository's root: the first folder up from the test binaries that holds the solution.</summary>
    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FlowChannel.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("FlowChannel.sln not found above " + AppContext.BaseDirectory);
    }
}
