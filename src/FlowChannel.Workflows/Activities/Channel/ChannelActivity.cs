using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// A channel computation (rebates, scorecards, leads, deals, risk). The runtime does no I/O, so the activity waits on
/// a bookmark whose payload is its evaluated inputs (<c>{ kind: "channel", activity, now, inputs }</c>); the host
/// answers it at once, in the same unit of work, with <see cref="ChannelAnswer"/>'s shape: the outcome, the outputs,
/// and the records to create or update, which this activity turns into ordinary record effects so that every write
/// is validated against its form like any other workflow write.
/// </summary>
public abstract class ChannelActivity : WorkflowActivity
{
    public const string BookmarkKind = "channel";
    public const string CategoryName = "Channel";

    public override ActivityKind Kind => ActivityKind.Blocking;

    public override string Category => CategoryName;

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = new JsonObject();
        foreach (var input in Inputs)
        {
            inputs[input.Name] = context.Evaluate(input.Name);
        }

        return ActivityResult.Suspend(new JsonObject
        {
            [BookmarkPayloads.KindProperty] = BookmarkKind,
            ["activity"] = TypeName,
            ["now"] = context.Now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["inputs"] = inputs,
        });
    }

    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (JsonScalars.TryGetString(input[ChannelAnswer.Error], out var error))
        {
            return ActivityResult.Fault($"{ActivityDescription.Of(context)}: {error}");
        }

        var created = new JsonArray();
        foreach (var create in (input[ChannelAnswer.Creates] as JsonArray ?? []).OfType<JsonObject>())
        {
            var id = context.NewGuid();
            context.AddEffect(new CreateRecordEffect(context.ActivityId, (string)create["formId"]!, id,
                create["data"] as JsonObject is { } data ? (JsonObject)data.DeepClone() : [], (string?)create["owner"]));
            created.Add(id.ToString());
        }

        foreach (var update in (input[ChannelAnswer.Updates] as JsonArray ?? []).OfType<JsonObject>())
        {
            context.AddEffect(new UpdateRecordEffect(context.ActivityId, Guid.Parse((string)update["recordId"]!), (string?)update["status"],
                update["data"] as JsonObject is { } patch ? (JsonObject)patch.DeepClone() : null, (string?)update["comment"]));
        }

        foreach (var (name, value) in input[ChannelAnswer.Outputs] as JsonObject ?? [])
        {
            context.SetOutput(name, value?.DeepClone());
        }

        context.SetOutput("createdIds", created);
        context.Log((string?)input[ChannelAnswer.Summary] ?? $"{created.Count} record(s) created");
        return ActivityResult.Complete((string?)input[ChannelAnswer.Outcome] ?? ActivityResult.DoneOutcome);
    }
}
