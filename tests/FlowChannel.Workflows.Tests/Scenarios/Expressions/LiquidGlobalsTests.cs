using static FlowChannel.Workflows.Tests.Scenarios.Expressions.ExpressionGlobals;

namespace FlowChannel.Workflows.Tests.Scenarios.Expressions;

/// <summary>The names and filters Elsa's Liquid expressions offer, rendered by the Probe of <c>expression-globals.json</c>.</summary>
public sealed class LiquidGlobalsTests
{
    [Theory]
    [InlineData("{{ Variables.Customer }} {{ Variables.Age }} {{ Variables.last_name }}", "acme 35 Lovelace")]
    [InlineData("{{ Variables.Total.total }}", "42")]
    [InlineData("{{ Input.order.total }} {{ Input.city }}", "99.5 杭州")]
    [InlineData("{{ WorkflowInstanceId }} {{ CorrelationId }}", "instance-9 order-5")]
    [InlineData("{{ WorkflowDefinitionId }} {{ WorkflowDefinitionVersionId }} {{ WorkflowDefinitionVersion }}", "expression-globals expression-globals-v3 3")]
    [InlineData("{{ Input.order | json }}", "{\"total\":99.5,\"items\":[\"a\",\"b\"]}")]
    [InlineData("{{ Input.city | json }} {{ Input.order.items | json }} {{ Input.missing | json }}", "\"杭州\" [\"a\",\"b\"] null")]
    [InlineData("{{ 'héllo' | base64 }} {{ Input.order.items | base64 }}", "aMOpbGxv WyJhIiwiYiJd")]
    [InlineData("{{ Input.order | keys | join: ',' }}", "total,items")]
    [InlineData("{{ Variables.Customer | upcase | append: '!' }} {{ Input.order.items | size }} {{ Input.nothing | default: 'none' }}", "ACME! 2 none")]
    [InlineData("{{ Input.order.total | times: 2 | round }} {{ 'a,b,c' | split: ',' | join: '-' }}", "199 a-b-c")]
    [InlineData("{% for item in Input.order.items %}{{ forloop.index }}{{ item }}{% endfor %}", "1a2b")]
    public void Name_or_filter_gives_the_format_value(string template, string expected) =>
        Assert.Equal(expected, Line(Run("Liquid", template)));

    [Fact]
    public void Liquid_sees_a_correlation_id_changed_earlier_in_the_step() =>
        Assert.Equal("order-6", Line(Run("Liquid", "{{ CorrelationId }}", "setCorrelationId('order-6')")));
}
