using FlowChannel.Expressions.Json;
using FlowChannel.Expressions.Liquid;
using FlowChannel.Workflows.Effects;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Platform;

/// <summary>Reads and checks the inputs of <c>FlowChannel.Notify</c>.</summary>
internal static class NotifyInputs
{
    public static readonly string[] TemplateInputs = ["subject", "body", "subjectEn", "bodyEn"];

    /// <summary>The people named by <c>recipient</c> (the old single input) and <c>recipients</c>, each once.</summary>
    public static List<string> Recipients(ActivityExecutionContext context) =>
        Distinct([.. Names(context, "recipient"), .. Names(context, "recipients")]);

    public static List<string> Cc(ActivityExecutionContext context, IReadOnlyCollection<string> recipients) =>
        [.. Distinct(Names(context, "cc")).Where(c => !recipients.Contains(c, StringComparer.OrdinalIgnoreCase))];

    /// <summary>In-app unless <c>channels</c> says otherwise; an unknown channel faults naming it.</summary>
    public static NotifyChannels Channels(ActivityExecutionContext context)
    {
        var channels = NotifyChannels.None;
        foreach (var name in Names(context, "channels"))
        {
            channels |= Parse(name) ?? throw new WorkflowFaultException(
                $"{ActivityDescription.Of(context)}, input 'channels': unknown channel '{name}'; use \"inApp\" and/or \"email\".");
        }

        return channels == NotifyChannels.None ? NotifyChannels.InApp : channels;
    }

    /// <summary>Import checks: literal channels must be known, literal templates must parse.</summary>
    public static void Check(ActivityReadContext context)
    {
        if (context.Inputs.TryGetValue("channels", out var channels) && channels.Expression.Type is ExpressionType.Literal or ExpressionType.Object)
        {
            foreach (var name in LiteralList(channels.Expression).Where(n => Parse(n) is null))
            {
                context.Error(context.PointerTo("channels"), $"Unknown notification channel '{name}'; use \"inApp\" and/or \"email\".");
            }
        }

        foreach (var name in TemplateInputs)
        {
            if (context.Inputs.TryGetValue(name, out var input) && input.Expression.Type == ExpressionType.Literal
                && JsonScalars.TryGetString(input.Expression.Value, out var text) && LiquidSyntax.Check(text) is { } error)
            {
                context.Error(context.PointerTo(name), $"The template does not parse: {error.Message}");
            }
        }
    }

    private static NotifyChannels? Parse(string name) => name.Trim().ToUpperInvariant() switch
    {
        "INAPP" or "IN-APP" or "IN_APP" => NotifyChannels.InApp,
        "EMAIL" or "MAIL" => NotifyChannels.Email,
        _ => null,
    };

    private static IEnumerable<string> LiteralList(WorkflowExpression expression) => expression.Value switch
    {
        System.Text.Json.Nodes.JsonArray array => array.Select(item => JsonScalars.TryGetString(item, out var s) ? s : string.Empty),
        var value when JsonScalars.TryGetString(value, out var text) =>
            text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };

    /// <summary>A list, or text separated by commas or semicolons, as in <c>Elsa.SendEmail</c>.</summary>
    private static IEnumerable<string> Names(ActivityExecutionContext context, string input) =>
        context.GetStringList(input).SelectMany(item => item.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static List<string> Distinct(IEnumerable<string?> names) =>
        [.. names.Select(n => n?.Trim()).OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
