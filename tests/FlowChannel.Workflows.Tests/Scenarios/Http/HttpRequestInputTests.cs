using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Http;

public sealed class HttpRequestInputTests
{
    private static WorkflowDefinition Definition(string inputs) =>
        Read(Activity("call", "Elsa.FlowSendHttpRequest", $"{Input("url", "Literal", "https://api.example.com/x")}{inputs}"), string.Empty);

    private static WorkflowRunResult Run(string inputs) => WorkflowHarness.Start(Definition(inputs));

    private static string Incident(WorkflowRunResult result)
    {
        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Empty(result.Effects);
        return Assert.Single(result.State.Incidents).Message;
    }

    [Fact]
    public void Defaults_are_a_get_without_body_headers_or_expected_codes()
    {
        var definition = Definition(string.Empty);
        var result = WorkflowHarness.Start(definition);

        var request = Assert.IsType<SendHttpRequestEffect>(Assert.Single(result.Effects));
        Assert.Equal("GET", request.Method);
        Assert.Null(request.Content);
        Assert.Null(request.ContentType);
        Assert.Empty(request.Headers);
        var resumed = WorkflowHarness.Resume(definition, result.State, result.CreatedBookmarks[0], new JsonObject { ["statusCode"] = 200 });
        Assert.Equal(["Unmatched status code"], resumed.State.Journal[^1].Outcomes);
    }

    [Theory]
    [InlineData("CONNECT")]
    [InlineData("TRACE")]
    [InlineData("GET /X HTTP/1.1")]
    public void Methods_outside_the_usual_set_fault(string method) =>
        Assert.Contains($"'{method}'", Incident(Run($", {Input("method", "Literal", method)}")), StringComparison.Ordinal);

    [Fact]
    public void A_line_break_in_a_header_value_faults() =>
        Assert.Contains("X-Evil", Incident(Run($", {Input("requestHeaders", "Object", "{\"X-Evil\":\"a\\r\\nHost: internal\"}", "Object")}")), StringComparison.Ordinal);

    [Fact]
    public void A_bad_header_name_faults() =>
        Assert.Contains("'Bad Name'", Incident(Run($", {Input("requestHeaders", "Object", "{\"Bad Name\":\"v\"}", "Object")}")), StringComparison.Ordinal);

    [Theory]
    [InlineData("[200, 700]", "'700'")]
    [InlineData("[\"ok\"]", "'ok'")]
    public void Expected_status_codes_must_be_status_codes(string codes, string named) =>
        Assert.Contains(named, Incident(Run($", {Input("expectedStatusCodes", "Object", codes, "Object")}")), StringComparison.Ordinal);

    [Fact]
    public void Object_content_is_sent_as_json()
    {
        var request = Assert.IsType<SendHttpRequestEffect>(Assert.Single(Run($", {Input("content", "JavaScript", "({ a: 1 })", "Object")}").Effects));

        Assert.Equal("""{"a":1}""", request.Content);
        Assert.Equal("application/json", request.ContentType);
    }
}
