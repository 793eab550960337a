using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FlowChannel.Application.Packs.Manifest;

/// <summary>Reads one kind of manifest value each, adding an error with its pointer when it is not right.</summary>
internal sealed partial class ManifestFields(List<PackError> errors)
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,63}$")]
    public static partial Regex IdPattern();

    public void Unknown(JsonObject obj, string at, IReadOnlyList<string> known)
    {
        foreach (var (name, _) in obj.Where(p => !known.Contains(p.Key)))
        {
            errors.Add(new PackError(PackManifestReader.FileName, $"{at}/{Escape(name)}", $"Unknown property \"{name}\"; expected one of {string.Join(", ", known)}."));
        }
    }

    public string? Id(JsonObject obj)
    {
        var id = String(obj, "", "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            errors.Add(new PackError(PackManifestReader.FileName, "/id", $"The pack id \"{id}\" must be lower-case letters, digits and dashes (2 to 64), starting with a letter."));
            return null;
        }
        return id;
    }

    public SemVersion? Version(JsonObject obj, string at, string name)
    {
        var text = String(obj, at, name);
        if (text is null)
        {
            return null;
        }
        if (!SemVersion.TryParse(text, out var version))
        {
            errors.Add(new PackError(PackManifestReader.FileName, $"{at}/{name}", $"\"{text}\" is not a semantic version such as 1.2.0."));
            return null;
        }
        return version;
    }

    public PackText? Text(JsonObject obj, string at, string name, bool required)
    {
        var node = obj[name];
        if (node is null && !required)
        {
            return null;
        }
        var pointer = $"{at}/{name}";
        if (node is not JsonObject text)
        {
            errors.Add(new PackError(PackManifestReader.FileName, pointer, $"\"{name}\" must be an object with \"zh-CN\" and \"en\" texts."));
            return null;
        }
        Unknown(text, pointer, ["zh-CN", "en"]);
        var zh = String(text, pointer, "zh-CN");
        var en = String(text, pointer, "en");
        return zh is null || en is null ? null : new PackText(zh, en);
    }

    public IReadOnlyList<string> Paths(JsonObject contents, string name)
    {
        var node = contents[name];
        var paths = new List<string>();
        if (node is null)
        {
            return paths;
        }
        var at = $"/contents/{name}";
        if (node is not JsonArray array)
        {
            errors.Add(new PackError(PackManifestReader.FileName, at, $"\"{name}\" must be an array of file paths inside the pack."));
            return paths;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (CheckedPath(array[i], $"{at}/{i}") is { } path)
            {
                paths.Add(path);
            }
        }
        return paths;
    }

    public string? OptionalPath(JsonObject contents, string name) =>
        contents[name] is { } node ? CheckedPath(node, $"/contents/{name}") : null;

    private string? CheckedPath(JsonNode? node, string at)
    {
        var path = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var problem = path is null ? "A file path must be a string." : PackPaths.Problem(path);
        if (problem is not null)
        {
            errors.Add(new PackError(PackManifestReader.FileName, at, problem));
            return null;
        }
        return path;
    }

    private string? String(JsonObject obj, string at, string name)
    {
        if (obj[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length > 0)
        {
            return s;
        }
        errors.Add(new PackError(PackManifestReader.FileName, $"{at}/{Escape(name)}", $"\"{name}\" is required and must be a non-empty string."));
        return null;
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
