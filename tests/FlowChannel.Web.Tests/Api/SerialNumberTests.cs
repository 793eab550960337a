using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>Application numbers (PA-yyyyMM-nnnnn) are unique and gap-free, also when submissions race.</summary>
public sealed class SerialNumberTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Concurrent_submissions_get_consecutive_distinct_numbers_and_invalid_ones_take_none()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var invalid = Applications.Strong("无效编号有限公司");
        invalid["data"]!["contactEmail"] = "nope";
        invalid["data"]!["applicationNo"] = "PA-209901-99999";
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", invalid)).StatusCode);

        var numbers = await SubmitConcurrentlyAsync(applicant, 12);

        AssertConsecutive(numbers, 1);
    }

    internal static async Task<List<string>> SubmitConcurrentlyAsync(HttpClient client, int count)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            client.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong($"编号并发{i}有限公司"))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = new List<string>();
        foreach (var response in responses)
        {
            var id = (await response.ReadJsonAsync())["recordId"]!.GetValue<string>();
            var record = await client.GetFromJsonAsync<JsonObject>($"/api/records/{id}");
            numbers.Add(record!["data"]!["applicationNo"]!.GetValue<string>());
        }
        return numbers;
    }

    internal static void AssertConsecutive(List<string> numbers, int first)
    {
        var period = DateTime.Now.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture);
        var expected = Enumerable.Range(first, numbers.Count).Select(n => $"PA-{period}-{n:D5}");
        Assert.Equal(expected, numbers.Order(StringComparer.Ordinal));
    }
}
