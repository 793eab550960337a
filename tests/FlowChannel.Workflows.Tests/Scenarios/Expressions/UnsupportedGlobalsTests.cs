using static FlowChannel.Workflows.Tests.Scenarios.Expressions.ExpressionGlobals;

namespace FlowChannel.Workflows.Tests.Scenarios.Expressions;

/// <summary>
/// Names Elsa scripts may use that FlowChannel refuses (.NET types, CLR bridges, functions Elsa lacks): each faults
/// the instance with an incident naming the activity, the input, the name and what to use instead.
/// </summary>
public sealed class UnsupportedGlobalsTests
{
    [Theory]
    [InlineData("DateTime.Now", "DateTime", "use Date")]
    [InlineData("DateTimeOffset.UtcNow.ToString()", "DateTimeOffset", "use Date")]
    [InlineData("TimeSpan.FromMinutes(5)", "TimeSpan", "milliseconds")]
    [InlineData("Guid.NewGuid()", "Guid", "newGuidString()")]
    [InlineData("Random.Shared.Next()", "Random", "Math.random()")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "System", "no .NET access")]
    [InlineData("importNamespace('System.IO').File", "importNamespace", "no .NET access")]
    [InlineData("host.type('System.IO.File')", "host", "no .NET access")]
    [InlineData("parseJson('{}')", "parseJson", "JSON.parse")]
    [InlineData("setWorkflowInstanceName('x')", "setWorkflowInstanceName", "Elsa.SetName")]
    [InlineData("getWorkflowInstanceName()", "getWorkflowInstanceName", "Elsa.SetName")]
    public void Refused_script_name_faults_saying_why(string expression, string name, string instead)
    {
        var incident = Incident(Run("JavaScript", expression));

        Assert.Equal(("probe", "Elsa.WriteLine"), (incident.ActivityId, incident.ActivityType));
        Assert.StartsWith($"text: {name} ", incident.Message, StringComparison.Ordinal);
        Assert.Contains(instead, incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_name_in_RunJavaScript_names_its_script()
    {
        var incident = Incident(Run("Literal", "unreached", "const now = DateTime.Now;"));

        Assert.Equal(("prepare", "Elsa.RunJavaScript"), (incident.ActivityId, incident.ActivityType));
        Assert.StartsWith("script: DateTime is a .NET type", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_cannot_be_caught_and_ignored()
    {
        // A host failure ends the script: a try/catch meant for JavaScript errors must not hide that it was refused.
        var incident = Incident(Run("JavaScript", "try { return DateTime.Now; } catch (e) { return 'fallback'; }"));

        Assert.Contains("DateTime is a .NET type", incident.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ Configuration.ConnectionStrings.Default }}", "Configuration is not available")]
    [InlineData("{{ System.Environment.MachineName }}", "System is not available")]
    public void Refused_template_name_faults_saying_why(string template, string reason)
    {
        var incident = Incident(Run("Liquid", template));

        Assert.Equal("probe", incident.ActivityId);
        Assert.StartsWith("text: Liquid error at line 1", incident.Message, StringComparison.Ordinal);
        Assert.Contains(reason, incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_filter_faults_naming_it()
    {
        var incident = Incident(Run("Liquid", "{{ Input.city | sha_nothing }}"));

        Assert.StartsWith("text: Liquid error", incident.Message, StringComparison.Ordinal);
        Assert.Contains("sha_nothing", incident.Message, StringComparison.Ordinal);
    }
}
