using System.Text.Json.Nodes;

namespace FlowChannel.Application.Packs.Install;

/// <summary>
/// The sample-data file of a pack: <c>{ "records": [ { "form": "partner-profile", "data": { … } } ] }</c>, records
/// inserted in order after the pack's forms are installed, when the admin asks for sample data.
/// </summary>
internal static class PackSampleData
{
    public const int MaxRecords = 10_000;

    public static List<SampleRecord> Read(PackFile? file, List<PackError> errors)
    {
        var records = new List<SampleRecord>();
        if (file is null || PackJson.Parse(file, errors) is not { } root)
        {
            return records;
        }
        if (root["records"] is not JsonArray array)
        {
            errors.Add(new PackError(file.Path, "/records", "Sample data is an object whose \"records\" is an array of { form, data }."));
            return records;
        }
        if (array.Count > MaxRecords)
        {
            errors.Add(new PackError(file.Path, "/records", $"At most {MaxRecords} sample records."));
            return records;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"/records/{i}";
            var form = array[i]?["form"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (form is null)
            {
                errors.Add(new PackError(file.Path, at + "/form", "\"form\" is required: the id of the record's form."));
            }
            if (array[i]?["data"] is not JsonObject data)
            {
                errors.Add(new PackError(file.Path, at + "/data", "\"data\" is required: the record's values by field key."));
                continue;
            }
            if (form is not null)
            {
                records.Add(new SampleRecord(file.Path, at, form, (JsonObject)data.DeepClone()));
            }
        }
        return records;
    }
}
