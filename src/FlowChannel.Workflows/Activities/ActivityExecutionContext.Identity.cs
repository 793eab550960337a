using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FlowChannel.Workflows.Activities;

/// <summary>Ids that stay the same when a step is retried, for effects that must not happen twice.</summary>
public sealed partial class ActivityExecutionContext
{
    /// <summary>
    /// Which execution of this activity in this instance this is, from 1. Resuming a bookmark continues the
    /// execution that created it; going round a loop starts a new one.
    /// </summary>
    public int ExecutionNumber => _execution.State.ExecutionCounts.GetValueOrDefault(ActivityId, 1);

    /// <summary>
    /// A key for one effect of this execution: the same every time the step is retried from the same saved state, and
    /// different for other instances, activities, executions and <paramref name="purpose"/>s. 32 lower-case hex digits,
    /// safe for an <c>Idempotency-Key</c> header or an instance id.
    /// </summary>
    public string DeterministicId(string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);

        // Length-prefixed parts, so no choice of ids can make two different tuples hash the same text.
        var text = new StringBuilder();
        foreach (var part in (ReadOnlySpan<string>)[InstanceId, ActivityId, ExecutionNumber.ToString(CultureInfo.InvariantCulture), purpose])
        {
            text.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 16);
    }
}
