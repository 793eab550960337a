using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Versions;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>
/// What publishing a draft would do, shared by saving a draft (to tell the designer early) and publishing it (to
/// refuse): parse, check the id, number it after the latest stored version and compare it with the latest published.
/// </summary>
public sealed class PublishCheck(FlowChannelDbContext db, FormSchemaCache schemas)
{
    public const string SchemaCode = "schema";

    // Stored schemas stay readable in the database and in exports: indented, Chinese not escaped.
    private static readonly JsonSerializerOptions StoredJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<PublishCandidate> RunAsync(string formId, string json, CancellationToken ct)
    {
        var latest = await db.FormDefinitions.AsNoTracking().Where(f => f.FormId == formId)
            .MaxAsync(f => (int?)f.Version, ct) ?? 0;
        // The stored number is the true one whatever the draft says, so a designer never has to count versions.
        var version = latest + 1;
        var parsed = FormSchemaParser.Parse(json);
        if (!parsed.IsValid)
        {
            return new(version, null, null, [.. parsed.Errors.Select(e => new CompatibilityProblem(CompatibilityKind.Refusal, e.Pointer, SchemaCode, e.Message))]);
        }
        if (!string.Equals(parsed.Schema.Id, formId, StringComparison.Ordinal))
        {
            return new(version, null, null, [new(CompatibilityKind.Refusal, "/id", CompatibilityCodes.IdMismatch,
                $"The schema's id \"{parsed.Schema.Id}\" is not the form's id \"{formId}\".")]);
        }

        var numbered = WithVersion(json, version);
        var schema = FormSchemaParser.Parse(numbered).Schema
            ?? throw new InvalidOperationException("A valid schema stopped parsing when only its version changed.");
        var published = await LatestPublishedAsync(formId, ct);
        var problems = published is null ? [] : SchemaCompatibility.Check(published, schema);
        return new(version, numbered, schema, problems);
    }

    private async Task<FormSchema?> LatestPublishedAsync(string formId, CancellationToken ct)
    {
        var version = await db.FormDefinitions.AsNoTracking().Where(f => f.FormId == formId && f.IsPublished)
            .MaxAsync(f => (int?)f.Version, ct);
        return version is null ? null : await schemas.GetAsync(db, formId, version.Value, ct);
    }

    private static string WithVersion(string json, int version)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        if (root.ContainsKey("version"))
        {
            root["version"] = version;
        }
        else
        {
            // Right after the id, where a reader looks for it.
            root.Insert(root.IndexOf("id") + 1, "version", version);
        }
        return root.ToJsonString(StoredJson);
    }

    internal static string TitleOf(FormSchema schema) => schema.Title.Resolve(CultureInfo.InvariantCulture);
}
