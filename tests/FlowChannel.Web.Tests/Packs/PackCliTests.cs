using FlowChannel.Persistence;
using FlowChannel.Web.CommandLine;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FlowChannel.Web.Tests.Packs.TestPacks;

namespace FlowChannel.Web.Tests.Packs;

/// <summary><c>flowchannel pack import|export</c> against the host's real database.</summary>
public sealed class PackCliTests(HostFixture fixture) : IClassFixture<HostFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pack-cli-");

    private static byte[] Pack(string id, string version = "1.0.0") => Zip(
        ("pack.json", Manifest(id, version, [$"form-schemas/{id}.form.json"], sampleData: "sample.json")),
        ($"form-schemas/{id}.form.json", Form(id, 1)),
        ("sample.json", $$"""{ "records": [ { "form": "{{id}}", "data": { "customer": "命令行客户" } }, { "form": "{{id}}", "data": { "customer": "第二位" } } ] }"""));

    [Fact]
    public async Task Dry_run_prints_the_plan_and_writes_nothing_then_import_installs_with_sample_data()
    {
        var zip = Write("cli.zip", Pack("cli-order"));
        var before = await SnapshotAsync(fixture.Host);

        var (code, output, _) = await RunAsync("pack", "import", zip, "--dry-run", "--sample-data");

        Assert.Equal(PackCli.Ok, code);
        Assert.StartsWith("Dry run — nothing written.", output, StringComparison.Ordinal);
        Assert.Contains("create    form          cli-order", output, StringComparison.Ordinal);
        Assert.Contains("create    sampleData    sample.json  (2 records)", output, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(fixture.Host));

        Assert.Equal(PackCli.Ok, (await RunAsync("pack", "import", zip, "--sample-data")).Code);
        var again = await RunAsync("pack", "import", zip, "--sample-data");
        Assert.Contains("unchanged form          cli-order", again.Output, StringComparison.Ordinal);
        using var scope = fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        Assert.Equal(2, await db.FormRecords.CountAsync(r => r.FormId == "cli-order"));
        Assert.Equal(["pack.install", "pack.reinstall"], await db.AuditLog.Where(a => a.ObjectId == "cli-order" && a.UserId == null)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Import_from_a_folder_and_export_to_a_file_that_lists_the_forms()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "folder-pack"));
        File.WriteAllText(Path.Combine(folder.FullName, "pack.json"), Manifest("cli-folder", "1.0.0", ["form-schemas/cli-folder.form.json"]));
        Directory.CreateDirectory(Path.Combine(folder.FullName, "form-schemas"));
        File.WriteAllText(Path.Combine(folder.FullName, "form-schemas", "cli-folder.form.json"), Form("cli-folder", 1));
        Assert.Equal(PackCli.Ok, (await RunAsync("pack", "import", folder.FullName)).Code);

        var file = Path.Combine(_folder.FullName, "out.zip");
        var (code, output, _) = await RunAsync("pack", "export", "cli-folder", "--out", file);

        Assert.Equal(PackCli.Ok, code);
        Assert.Contains("1 forms, 0 workflows", output, StringComparison.Ordinal);
        using var archive = System.IO.Compression.ZipFile.OpenRead(file);
        Assert.Contains(archive.Entries, e => e.FullName == "form-schemas/cli-folder.form.json");
    }

    [Fact]
    public async Task A_bad_pack_prints_every_error_and_fails_and_unknown_packs_and_usage_fail()
    {
        var bad = Write("bad.zip", Zip(("pack.json", Manifest("cli-bad", "1.0.0", ["a.form.json", "b.form.json"])),
            ("a.form.json", """{ "id": "a", "title": "A", "fields": [ { "key": "x", "type": "txt", "label": "X" } ] }""")));

        var (code, _, error) = await RunAsync("pack", "import", bad);

        Assert.Equal(PackCli.Refused, code);
        Assert.Contains("b.form.json: Listed in pack.json but not in the pack.", error, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", error, StringComparison.Ordinal);
        Assert.Equal(PackCli.Refused, (await RunAsync("pack", "export", "no-such-pack", "--out", Path.Combine(_folder.FullName, "x.zip"))).Code);
        Assert.Equal(PackCli.Refused, (await RunAsync("pack", "import", Path.Combine(_folder.FullName, "missing.zip"))).Code);
        Assert.Equal(64, (await RunAsync("pack", "import", bad, "--force")).Code);
        Assert.Null(CliVerbs.TryRun(["pack", "import", bad], TextWriter.Null, TextWriter.Null));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await PackCli.RunAsync(fixture.Host.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
