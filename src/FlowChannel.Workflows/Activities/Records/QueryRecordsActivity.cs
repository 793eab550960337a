using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities.Records;

/// <summary>
/// <c>FlowChannel.QueryRecords</c>: reads records of the form <c>formId</c> that pass <c>filter</c>, in the order of
/// <c>orderBy</c>/<c>descending</c>, at most <c>limit</c> (default 100, never more than 1,000). The runtime does no I/O,
/// so the activity waits on a bookmark whose payload is the query (<see cref="RecordQuery"/>); the host answers it
/// at once, in the same unit of work, with <c>{ records: [...] }</c> or <c>{ error }</c>. Outputs <c>records</c> and
/// <c>count</c>.
/// </summary>
public sealed class QueryRecordsActivity : WorkflowActivity
{
    public const string Type = "FlowChannel.QueryRecords";

    public override string TypeName => Type;

    public override ActivityKind Kind => ActivityKind.Blocking;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
        [new("formId"), new("filter", "Object"), new("orderBy"), new("descending", "Boolean"), new("limit", "Int32")];

    public override IReadOnlyList<string> Outputs { get; } = ["records", "count"];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var formId = context.GetString("formId")?.Trim();
        if (string.IsNullOrEmpty(formId))
        {
            return Fault(context, "formId", "no form id.");
        }

        var filters = RecordQuery.ParseFilter(context.GetObject("filter"), out var problem);
        if (problem is not null)
        {
            return Fault(context, "filter", problem + ".");
        }

        var limit = RecordQuery.DefaultLimit;
        if (context.Evaluate("limit") is { } value)
        {
            if (!JsonScalars.TryGetDouble(value, out var number) && !(JsonScalars.TryGetString(value, out var text) && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out number)))
            {
                return Fault(context, "limit", $"'{value.ToJsonString()}' is not a number.");
            }

            if (number < 1)
            {
                return Fault(context, "limit", "must be at least 1.");
            }

            // Held to the cap rather than refused: "all of them" is a fair thing to ask, and the count tells what came.
            limit = (int)Math.Min(number, RecordQuery.MaxLimit);
        }

        var orderBy = context.GetString("orderBy")?.Trim() is { Length: > 0 } order ? order : RecordQuery.CreatedAt;

        // Newest first unless told otherwise, when ordered by creation; ascending when ordered by a field.
        var descending = context.Node.Inputs.ContainsKey("descending") ? context.GetBoolean("descending") : orderBy == RecordQuery.CreatedAt;
        var query = new RecordQuery(formId, filters, orderBy, descending, limit);
        context.Log($"Query {formId} ({filters.Count} condition(s), at most {limit})");
        return ActivityResult.Suspend(query.ToPayload());
    }

    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (JsonScalars.TryGetString(input["error"], out var error))
        {
            return ActivityResult.Fault($"{ActivityDescription.Of(context)}: {error}");
        }

        var records = input["records"] as JsonArray ?? [];
        context.SetOutput("records", records);
        context.SetOutput("count", records.Count);
        context.Log($"{records.Count} record(s)");
        return ActivityResult.Done;
    }

    private static ActivityResult Fault(ActivityExecutionContext context, string input, string message) =>
        ActivityResult.Fault($"{ActivityDescription.Of(context)}, input '{input}': {message}");
}
