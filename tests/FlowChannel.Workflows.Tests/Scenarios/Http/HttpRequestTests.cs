namespace FlowChannel.Workflows.Tests.Scenarios.Http;

public sealed class HttpRequestTests
{
    [Fact]
    public void Request_is_an_effect_and_the_instance_waits_on_an_http_bookmark()
    {
        var result = PartnerSync.Start();

        Assert.Equal(WorkflowSubStatus.Suspended, result.State.SubStatus);
        var request = Assert.IsType<SendHttpRequestEffect>(Assert.Single(result.Effects));
        Assert.Equal("post", request.ActivityId);
        Assert.Equal("POST", request.Method);
        Assert.Equal(new Uri(PartnerSync.Url), request.Url);
        Assert.Equal("application/json", request.ContentType);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"name":"华东智联","tier":"core"}"""), JsonNode.Parse(request.Content!)));
        Assert.Equal(["acme"], request.Headers["x-tenant"]);
        Assert.Equal(["application/json", "text/plain"], request.Headers["Accept"]);
        Assert.Matches("^[0-9a-f]{32}$", request.IdempotencyKey);

        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal("http", bookmark.Payload["kind"]!.GetValue<string>());
        Assert.Equal(request.IdempotencyKey, bookmark.Payload["idempotencyKey"]!.GetValue<string>());
        Assert.Equal(PartnerSync.Url, bookmark.Payload["url"]!.GetValue<string>());
        Assert.Equal("POST", bookmark.Payload["method"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(new JsonArray(200, 404), bookmark.Payload["expectedStatusCodes"]));
    }

    [Fact]
    public void Status_200_follows_the_200_connection_with_parsed_json_in_a_variable()
    {
        var result = PartnerSync.Respond(PartnerSync.Start(), PartnerSync.Response(200, """{"crmId":"P-77","tags":["a"]}""", "application/json; charset=utf-8"));

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal(200, result.State.Variables["Status"]!.GetValue<long>());
        Assert.Equal("P-77", result.State.Variables["Body"]!["crmId"]!.GetValue<string>());
        Assert.Equal(["synced as P-77 (200)"], WorkflowHarness.Lines(result.State));
        Assert.Equal(["200"], result.State.Journal.Single(e => e.ActivityId == "post" && e.Status == ActivityStatus.Completed).Outcomes);
    }

    [Fact]
    public void Another_expected_status_follows_its_own_connection()
    {
        var result = PartnerSync.Respond(PartnerSync.Start(), PartnerSync.Response(404, "missing", "text/plain"));

        Assert.Equal(["CRM has no such partner"], WorkflowHarness.Lines(result.State));
        Assert.Equal("missing", result.State.Variables["Body"]!.GetValue<string>());
    }

    [Fact]
    public void Unexpected_status_follows_unmatched_and_sends_the_request_again()
    {
        var result = PartnerSync.Respond(PartnerSync.Start(), PartnerSync.Response(503, "busy", "text/plain"));

        Assert.Equal(WorkflowSubStatus.Suspended, result.State.SubStatus);
        Assert.Equal(503, result.State.Variables["Status"]!.GetValue<long>());
        Assert.Empty(WorkflowHarness.Lines(result.State));
        Assert.IsType<SendHttpRequestEffect>(Assert.Single(result.Effects));

        var second = PartnerSync.Respond(result, PartnerSync.Response(500));

        Assert.Equal(["gave up after 500"], WorkflowHarness.Lines(second.State));
        Assert.Empty(second.Effects);
    }

    [Theory]
    [InlineData("connect", "CRM unreachable")]
    [InlineData("timeout", "CRM timed out")]
    public void Delivery_failures_follow_their_connections(string error, string line)
    {
        var result = PartnerSync.Respond(PartnerSync.Start(), new JsonObject { ["error"] = error, ["message"] = "no route to host" });

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal([line], WorkflowHarness.Lines(result.State));
        Assert.Equal(0, result.State.Variables["Status"]!.GetValue<long>());
    }

    [Fact]
    public void Json_content_that_does_not_parse_is_kept_as_text()
    {
        var result = PartnerSync.Respond(PartnerSync.Start(), PartnerSync.Response(404, "<html>oops</html>"));

        Assert.Equal("<html>oops</html>", result.State.Variables["Body"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ "statusCode": "abc" }""", "statusCode")]
    [InlineData("""{ "statusCode": 42 }""", "statusCode")]
    [InlineData("""{ "error": "dns" }""", "'dns'")]
    public void Malformed_resume_input_faults_naming_the_problem(string input, string expected)
    {
        var result = PartnerSync.Respond(PartnerSync.Start(), JsonNode.Parse(input)!.AsObject());

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Contains(expected, incident.Message, StringComparison.Ordinal);
        Assert.Contains("PostPartner", incident.Message, StringComparison.Ordinal);
    }
}
