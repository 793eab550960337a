using static FlowChannel.Workflows.Tests.Scenarios.Expressions.ExpressionGlobals;

namespace FlowChannel.Workflows.Tests.Scenarios.Expressions;

/// <summary>Every JavaScript global of the Elsa 3 format, read by the Probe of <c>expression-globals.json</c>.</summary>
public sealed class JavaScriptGlobalsTests
{
    [Theory]
    [InlineData("getCustomer()", "acme")]
    [InlineData("getLastName()", "Lovelace")]
    [InlineData("variables.Age + 1", "36")]
    [InlineData("getVariable('last_name')", "Lovelace")]
    [InlineData("getInput('order').total", "99.5")]
    [InlineData("getOrder().items.length", "2")]
    [InlineData("getorder().total + ' ' + getcity()", "99.5 杭州")]
    [InlineData("getOutputFrom('Calculate', 'result').total", "42")]
    [InlineData("getOutputFrom('calc').total", "42")]
    [InlineData("getResultFromCalculate().total", "42")]
    [InlineData("getLastResult().total", "42")]
    [InlineData("getTotal().total", "42")]
    [InlineData("getWorkflowInstanceId()", "instance-9")]
    [InlineData("getWorkflowDefinitionId()", "expression-globals")]
    [InlineData("getWorkflowDefinitionVersionId()", "expression-globals-v3")]
    [InlineData("getWorkflowDefinitionVersion() + 1", "4")]
    [InlineData("getCorrelationId()", "order-5")]
    [InlineData("[isNullOrEmpty(''), isNullOrEmpty(' '), isNullOrWhiteSpace(' '), isNullOrWhiteSpace('x')].join()", "true,false,true,false")]
    [InlineData("toJson({ a: 1, city: getInput('city') })", "{\"a\":1,\"city\":\"杭州\"}")]
    [InlineData("parseGuid('0F8FAD5B-D9CB-469F-A165-70867728950E')", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("stringToBase64('héllo') + ' ' + stringFromBase64('aMOpbGxv')", "aMOpbGxv héllo")]
    [InlineData("toJson(bytesFromString('AB')) + ' ' + bytesToString([72, 105]) + ' ' + bytesToString('SGk=')", "[65,66] Hi Hi")]
    [InlineData("bytesToBase64([1, 2, 3]) + ' ' + toJson(bytesFromBase64('AQID'))", "AQID [1,2,3]")]
    [InlineData("const x = 2;\nreturn x * 21;", "42")]
    public void Global_gives_the_format_value(string expression, string expected) =>
        Assert.Equal(expected, Line(Run("JavaScript", expression)));

    [Theory]
    [InlineData("newGuid()")]
    [InlineData("newGuidString()")]
    [InlineData("getGuidString()")]
    public void Guid_functions_return_fresh_guid_text(string expression)
    {
        var first = Line(Run("JavaScript", expression));
        Assert.True(Guid.TryParseExact(first, "D", out _), first);
        Assert.NotEqual(first, Line(Run("JavaScript", expression)));
    }

    [Theory]
    [InlineData("newShortGuid()")]
    [InlineData("getShortGuid()")]
    public void Short_guids_are_base64_without_symbols(string expression) =>
        Assert.Matches("^[A-Za-z0-9]{16,22}$", Line(Run("JavaScript", expression)));

    [Theory]
    [InlineData("setCustomer('Ada')", "getCustomer()", "Ada")]
    [InlineData("setVariable('last_name', 'Byron')", "getLastName()", "Byron")]
    [InlineData("variables.Age = 40", "getAge()", "40")]
    [InlineData("setCorrelationId('order-6')", "getCorrelationId()", "order-6")]
    public void Setters_change_what_later_activities_see(string script, string probe, string expected) =>
        Assert.Equal(expected, Line(Run("JavaScript", probe, script)));

    [Fact]
    public void setOutcome_in_RunJavaScript_chooses_the_port()
    {
        // Prepare's only connection leaves from Done, so choosing another outcome ends the flow before Probe.
        var state = Run("JavaScript", "'reached'", "setOutcome('Skip')");

        Assert.Empty(state.Incidents);
        Assert.Empty(WorkflowHarness.Lines(state));
        Assert.Equal(["Skip"], state.Journal.Single(e => e.ActivityId == "prepare").Outcomes);
    }
}
