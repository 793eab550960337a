using System.Text.Json.Nodes;
using FlowChannel.Application.Packs;
using FlowChannel.Application.Packs.Manifest;
using FlowChannel.TestSupport;

namespace FlowChannel.Web.Tests.Packs;

/// <summary>The Channel Management pack as the repository and the build hold it, and its manifest's format.</summary>
public sealed class BundledPackTests
{
    private static readonly JsonNode Format = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("packs", "pack.schema.json")))!;

    [Fact]
    public void The_repository_manifest_lists_every_form_and_workflow_file()
    {
        var manifest = BundledPacks.Read(RepositoryPaths.Root, BundledPacks.ChannelManagementId, new PackLimits()).SourceOrThrow().Manifest;
        var forms = Directory.GetFiles(RepositoryPaths.Combine("form-schemas"), "*.form.json").Select(f => $"form-schemas/{Path.GetFileName(f)}");
        var workflows = Directory.GetFiles(RepositoryPaths.Combine("workflow-definitions"), "*.json").Select(f => $"workflow-definitions/{Path.GetFileName(f)}");

        Assert.Equal(forms.Order(StringComparer.Ordinal), manifest.Contents.Forms.Order(StringComparer.Ordinal));
        Assert.Equal(workflows.Order(StringComparer.Ordinal), manifest.Contents.Workflows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_build_lays_out_the_installable_pack_beside_the_executable()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, BundledPacks.Folder, BundledPacks.ChannelManagementId);
        var read = PackReader.ReadFolder(folder, new PackLimits());

        Assert.Empty(read.Errors);
        Assert.Equal(BundledPacks.ChannelManagementId, read.Source!.PackId);
        Assert.True(File.Exists(Path.Combine(folder, "form-schemas", "partner-profile.form.json")));
        Assert.Contains(BundledPacks.ChannelManagementId, BundledPacks.Ids(AppContext.BaseDirectory));
    }

    [Fact]
    public void The_json_schema_and_the_reader_know_the_same_properties()
    {
        Assert.Equal(PackManifestReader.TopProperties, Format["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(PackManifestReader.ContentProperties, Format["properties"]!["contents"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("^[a-z][a-z0-9-]{1,63}$", Format["properties"]!["id"]!["pattern"]!.GetValue<string>());
        Assert.Equal(PackManifestReader.IdPattern.ToString(), Format["properties"]!["id"]!["pattern"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1.0.0", "1.0.1", -1)]
    [InlineData("1.10.0", "1.9.9", 1)]
    [InlineData("2.0.0-beta.2", "2.0.0-beta.10", -1)]
    [InlineData("2.0.0-rc.1", "2.0.0", -1)]
    [InlineData("1.2.3+build.5", "1.2.3", 0)]
    public void Versions_compare_by_semantic_versioning(string left, string right, int order)
    {
        Assert.True(SemVersion.TryParse(left, out var a));
        Assert.True(SemVersion.TryParse(right, out var b));
        Assert.Equal(order, Math.Sign(a.CompareTo(b)));
    }

    [Theory]
    [InlineData("forms/a.json", null)]
    [InlineData("../a.json", "escapes")]
    [InlineData("a/./b.json", "escapes")]
    [InlineData("a//b.json", "escapes")]
    [InlineData("/a.json", "absolute")]
    [InlineData("C:/a.json", "absolute")]
    [InlineData("a\\b.json", "backslash")]
    public void Paths_inside_a_pack_stay_inside_it(string path, string? problem)
    {
        var found = PackPaths.Problem(path);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }
}
