using System.Net.Mail;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities.Email;

/// <summary>
/// Reads a recipient input: an array, or text with addresses separated by commas or semicolons. A quoted display name
/// containing a comma ("Doe, Jane" &lt;jane@example.com&gt;) is split too and faults; such names need the array form.
/// </summary>
internal static class EmailAddresses
{
    private static readonly char[] Separators = [',', ';'];

    /// <summary>The addresses, trimmed; throws a fault naming the activity, the input and the first bad address.</summary>
    public static List<string> Read(ActivityExecutionContext context, string inputName)
    {
        var items = context.Evaluate(inputName) switch
        {
            null => [],
            JsonArray array => array.Select(item => item is null ? string.Empty : JsonScalars.TryGetString(item, out var s) ? s : item.ToJsonString()),
            var value => [JsonScalars.TryGetString(value, out var text) ? text : value.ToJsonString()],
        };
        var addresses = new List<string>();
        foreach (var item in items)
        {
            foreach (var part in item.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                addresses.Add(Validate(context, inputName, part));
            }
        }

        return addresses;
    }

    public static string Validate(ActivityExecutionContext context, string inputName, string address) =>
        MailAddress.TryCreate(address, out _)
            ? address
            : throw new WorkflowFaultException($"{ActivityDescription.Of(context)}: '{inputName}' has an invalid email address '{address}'.");
}
