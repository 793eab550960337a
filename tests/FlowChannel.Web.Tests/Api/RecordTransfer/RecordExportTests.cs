using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using MiniExcelLibs;
using static FlowChannel.Web.Tests.Api.RecordTransfer.ImportCalls;

namespace FlowChannel.Web.Tests.Api.RecordTransfer;

/// <summary>Exports of a view (columns, filters) as CSV and .xlsx: formulas neutralised, hidden fields never out, progress of a job.</summary>
public sealed class RecordExportTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_csv_export_of_chosen_columns_neutralises_every_formula_like_cell()
    {
        var admin = await AdminAsync();
        await SubmitAsync(admin, "X-1", "=HYPERLINK(\"http://evil\",\"x\")");
        await SubmitAsync(admin, "X-2", "+1+1");
        await SubmitAsync(admin, "X-3", "-2, \"quoted\"");
        await SubmitAsync(admin, "X-4", "@SUM(A1)");
        await SubmitAsync(admin, "X-5", "-cmd|' /C calc'!A0");
        await SubmitAsync(admin, "X-6", "plain");

        var csv = await admin.GetStringAsync($"/api/forms/{FormId}/records/export.csv?columns=orderNo,note");

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("status,Order no,Note", lines[0]);
        Assert.Contains("submitted,X-1,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", lines);
        Assert.Contains("submitted,X-2,'+1+1", lines);
        Assert.Contains("submitted,X-3,\"'-2, \"\"quoted\"\"\"", lines);
        Assert.Contains("submitted,X-4,'@SUM(A1)", lines);
        Assert.Contains("submitted,X-5,'-cmd|' /C calc'!A0", lines);
        Assert.Contains("submitted,X-6,plain", lines);
    }

    [Fact]
    public async Task An_xlsx_export_job_of_a_filtered_view_reports_progress_and_its_file_holds_only_the_matching_rows()
    {
        var admin = await AdminAsync();
        for (var i = 1; i <= 12; i++)
        {
            await SubmitAsync(admin, $"Y-{i}", i % 3 == 0 ? "=1+2" : "keep", amount: i);
        }

        var started = await admin.PostAsJsonAsync($"/api/forms/{FormId}/exports", new
        {
            format = "xlsx",
            columns = new[] { "orderNo", "amount", "note" },
            filters = new object[] { new { field = "orderNo", op = "contains", value = "y-" }, new { field = "amount", op = "gte", value = 6 } },
        });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var job = await WaitAsync(admin, (string)(await started.ReadJsonAsync())["id"]!);
        var file = await admin.GetAsync($"/api/exports/{job["id"]}/file");

        Assert.Equal("completed", (string)job["state"]!);
        Assert.Equal(7, (int)job["written"]!);
        Assert.Equal((int)job["total"]!, (int)job["scanned"]!);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["status", "Order no", "Amount", "Note"], rows[0].Keys);
        Assert.Equal(Enumerable.Range(6, 7).Select(i => $"Y-{i}"), rows.Select(r => (string)r["Order no"]!));
        Assert.Equal("'=1+2", (string)rows[0]["Note"]!);
        Assert.Equal("keep", (string)rows[1]["Note"]!);
    }

    [Fact]
    public async Task Unknown_columns_and_bad_filters_are_refused_by_place_and_exporting_needs_the_export_action()
    {
        var admin = await AdminAsync();
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        await SubmitAsync(admin, "Z-1", "n");

        var refused = await applicant.PostAsJsonAsync($"/api/forms/{FormId}/exports", new { format = "csv" });
        var refusedStream = await applicant.GetAsync($"/api/forms/{FormId}/records/export.xlsx");
        var unknownColumn = await admin.GetAsync($"/api/forms/{FormId}/records/export.csv?columns=orderNo,nosuchfield");
        var badFilters = await admin.PostAsJsonAsync($"/api/forms/{FormId}/exports", new
        {
            format = "csv",
            filters = new object[] { new { field = "nosuchfield", op = "eq", value = "x" }, new { field = "orderNo", op = "like" }, new { field = "amount", op = "between", value = 1 } },
        });
        var started = await admin.PostAsJsonAsync($"/api/forms/{FormId}/exports", new { format = "csv" });
        var othersJob = await manager.GetAsync($"/api/exports/{(await started.ReadJsonAsync())["id"]}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedStream.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownColumn.StatusCode);
        Assert.Equal("columns[1]", (string)(await unknownColumn.ReadJsonAsync())["errors"]![0]!["path"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badFilters.StatusCode);
        Assert.Equal(["filters[0]", "filters[1]", "filters[2]"],
            (await badFilters.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string)e!["path"]!));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersJob.StatusCode);
    }

    private async Task<HttpClient> AdminAsync()
    {
        await EnsurePublishedAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return admin;
    }

    private static async Task SubmitAsync(HttpClient client, string orderNo, string note, int? amount = null)
    {
        var response = await client.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { orderNo, note, amount } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonNode> WaitAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 300; i++)
        {
            var job = await (await client.GetAsync($"/api/exports/{id}")).ReadJsonAsync();
            if ((string)job["state"]! != "running")
            {
                return job;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The export did not finish within half a minute.");
    }
}
