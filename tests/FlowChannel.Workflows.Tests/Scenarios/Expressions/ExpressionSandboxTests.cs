using System.Diagnostics;
using static FlowChannel.Workflows.Tests.Scenarios.Expressions.ExpressionGlobals;

namespace FlowChannel.Workflows.Tests.Scenarios.Expressions;

/// <summary>
/// Hostile workflow expressions: each faults its instance (quickly, not hanging) with an incident naming the activity,
/// the input and the limit, and nothing of the host leaks. The evaluators' own limits are tested in
/// FlowChannel.Expressions.Tests; these show what a workflow author sees.
/// </summary>
public sealed class ExpressionSandboxTests
{
    [Theory]
    [InlineData("while (true) {}", "statements")]
    [InlineData("let s = 'x'; while (true) { s += s + '.'; }", "allocated")]
    [InlineData("const a = []; for (;;) { a.push('payload'.repeat(100)); }", "allocated")]
    [InlineData("function f(n) { return f(n + 1) + 1; }\nreturn f(0);", "nested deeper")]
    [InlineData("const f = n => [1].map(() => f(n + 1)); f(0);", "nested deeper")]
    public void Runaway_script_faults_naming_activity_input_and_limit(string script, string limit)
    {
        var clock = Stopwatch.StartNew();
        var incident = Incident(Run("JavaScript", script));

        Assert.Equal(("probe", "Elsa.WriteLine"), (incident.ActivityId, incident.ActivityType));
        Assert.StartsWith("text: JavaScript", incident.Message, StringComparison.Ordinal);
        Assert.Contains(limit, incident.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void One_huge_string_faults_instead_of_reaching_the_state()
    {
        // The last statement is not followed by Jint's own check between statements, so this tests the evaluator's.
        var state = Run("JavaScript", "'x'.repeat(64 * 1024 * 1024)");

        Assert.StartsWith("text: JavaScript allocated more than", Incident(state).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(state.Journal, e => e.ActivityId == "probe" && e.Status == ActivityStatus.Completed);
    }

    [Theory]
    [InlineData("getInput.constructor('return this')()")]
    [InlineData("Object.getPrototypeOf(getCustomer).constructor('return globalThis')()")]
    [InlineData("eval('1 + 1')")]
    [InlineData("clrHelper.getType('System.IO.File')")]
    [InlineData("require('fs')")]
    public void Escape_attempt_faults_naming_the_input(string script)
    {
        var incident = Incident(Run("JavaScript", script));

        Assert.Equal("probe", incident.ActivityId);
        Assert.StartsWith("text: JavaScript", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_global_offers_a_way_to_dotnet() =>
        Assert.Equal(string.Empty, Line(Run(
            "JavaScript", "Object.getOwnPropertyNames(globalThis).filter(n => /clr|import|host|system|require|process/i.test(n)).join()")));

    [Theory]
    [InlineData("{% for i in (1..100000) %}{% endfor %}", "limit")]
    [InlineData("{% for i in (1..1000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}", "limit")]
    [InlineData("{% for i in (1..5000) %}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}", "limit")]
    [InlineData("{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}", "LimitToString")]
    [InlineData("{% include 'probe' %}", "Unable to include")]
    public void Runaway_template_faults_naming_activity_input_and_limit(string template, string limit)
    {
        var clock = Stopwatch.StartNew();
        var incident = Incident(Run("Liquid", template));

        Assert.Equal(("probe", "Elsa.WriteLine"), (incident.ActivityId, incident.ActivityType));
        Assert.StartsWith("text: Liquid", incident.Message, StringComparison.Ordinal);
        Assert.Contains(limit, incident.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Template_sees_no_dotnet_members_of_its_values() =>
        Assert.Equal("[||]", Line(Run("Liquid", "[{{ Input.city.Length }}|{{ Input.order.GetType }}|{{ WorkflowInstanceId.GetHashCode }}]")));
}
