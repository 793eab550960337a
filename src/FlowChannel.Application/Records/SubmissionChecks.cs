using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Files;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;

namespace FlowChannel.Application.Records;

/// <summary>
/// Everything a client's record goes through before it may be stored, besides the schema's own rules: server fills
/// (link copies, data linkage), sourced options, references (users, departments, linked records, with their current
/// names written in) and file ownership. Every failure is collected into one <see cref="RecordValidationException"/>.
/// </summary>
public sealed class SubmissionChecks(FlowChannelDbContext db, RecordPermissions permissions, RecordReferenceChecker references)
{
    public async Task<RecordValidationResult> CheckAsync(FormSchema schema, JsonObject? input, Actor actor, CultureInfo culture, CancellationToken ct)
    {
        var values = input?.DeepClone().AsObject() ?? [];
        var fills = await ServerFills.ApplyAsync(permissions, actor, schema, values, ct);
        var validation = RecordValidator.Validate(schema, values, RecordWriteMode.Client, culture);
        if (validation.IsValid && Restore(validation.Data, fills) is { } merged)
        {
            // Copies into hidden or read-only fields are the server's values, which client validation does not take:
            // validated again as the platform's own write, so formulas that read them are computed from them too.
            validation = RecordValidator.Validate(schema, merged, RecordWriteMode.System, culture);
        }
        var errors = validation.Errors.ToList();
        errors.AddRange(await SourcedOptions.CheckAsync(permissions, actor, validation.SourcedChoices, validation.Data, culture, ct));
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }
        errors.AddRange(await references.CheckAsync(validation.Data, validation.References, actor, culture, ct));
        errors.AddRange(await AttachmentReferences.NormalizeAsync(db, schema, validation.Data, actor, ct, culture));
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }
        return validation;
    }

    /// <summary>A copy of the data with the fills validation dropped put back, or null when none was dropped.</summary>
    private static JsonObject? Restore(JsonObject data, List<ServerFills.Fill> fills)
    {
        JsonObject? merged = null;
        foreach (var fill in fills)
        {
            var holder = fill.SubformKey is null ? data : (data[fill.SubformKey] as JsonArray)?.ElementAtOrDefault(fill.Row) as JsonObject;
            if (holder is null || holder.ContainsKey(fill.Key))
            {
                continue;
            }
            merged ??= data.DeepClone().AsObject();
            var target = fill.SubformKey is null ? merged : (JsonObject)merged[fill.SubformKey]![fill.Row]!;
            target[fill.Key] = fill.Value.DeepClone();
        }
        return merged;
    }
}
