using System.Text.RegularExpressions;
using FlowChannel.Forms.Permissions;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// Parses and checks a form schema (<c>*.form.json</c>). Every problem is reported, each with the JSON pointer of
/// its place, so an author fixes a file in one round; a schema is returned only when there is none.
/// </summary>
public static partial class FormSchemaParser
{
    // Duplicates must fail here: with the default options JsonObject throws ArgumentException later, on first access.
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    private static readonly HashSet<string> RootProperties = ["$schema", "id", "version", "title", "description", "fields", "submitChecks"];

    public static FormSchemaParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            return new FormSchemaParseResult(null, [JsonSyntaxErrors.Describe(e, json)]);
        }

        if (root is not JsonObject obj)
        {
            return new FormSchemaParseResult(null, [new SchemaError(string.Empty, "A form schema must be a JSON object.")]);
        }

        var reader = new SchemaReader();
        var id = reader.ReadString(obj, string.Empty, "id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.Error("/id", $"Form id \"{id}\" must be 2–64 characters of lower-case letters, digits and '-', starting with a letter.");
        }

        var version = reader.ReadWholeNumber(obj, string.Empty, "version", 1, int.MaxValue) ?? 1;
        var title = reader.ReadText(obj, string.Empty, "title", required: true);
        var description = reader.ReadText(obj, string.Empty, "description");
        var fields = FieldListReader.Read(obj, reader);
        // Permissions stay among the extensions too: older readers look them up there.
        var extensions = ExtensionReader.Read(obj, string.Empty, RootProperties, reader);
        var permissions = PermissionsReader.Read(obj, fields.Fields, reader);

        return reader.ErrorCount > 0
            ? new FormSchemaParseResult(null, reader.Errors)
            : new FormSchemaParseResult(new FormSchema(id!, version, title!, description, fields, extensions, permissions), []);
    }

    internal static bool IsFormId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,63}$")]
    private static partial Regex IdPattern();
}
