using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static FlowChannel.Web.Tests.Api.RecordTransfer.ImportCalls;

namespace FlowChannel.Web.Tests.Api.RecordTransfer;

/// <summary>Importing records from CSV and Excel on a real host and SQLite: exact row/column reports, all or nothing, skip bad rows.</summary>
public sealed class RecordImportTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Import_reports_every_bad_cell_by_row_and_column_and_writes_nothing_in_all_or_nothing_mode()
    {
        await EnsurePublishedAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var stored = await admin.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { orderNo = "B-STORED" } });
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        const string csv = """
            订单号,金额,状态,到期日,负责人,加急,Note
            B-001,10.5,Open,2025-01-31,manager,是,ok
            B-002,abc,open,,,,
            ,5,open,,,,
            B-004,5,purple,,,,
            B-0000000000005,5,open,,,,
            B-001,5,open,,,,
            B-007,5,open,2025-02-30,,,
            B-008,5,open,,nobody.here,,
            B-STORED,5,open,,,,
            """;

        var dryRun = await ImportAsync(admin, csv, dryRun: true);
        var real = await ImportAsync(admin, csv, dryRun: false);

        (int, string?, string)[] expected =
        [
            (3, "B", "type"), (4, "A", "required"), (5, "C", "option"), (6, "A", "maxLength"),
            (7, "A", "unique"), (8, "D", "type"), (9, "E", "reference"), (10, "A", "unique"),
        ];
        Assert.Equal("checked", (string)dryRun["state"]!);
        Assert.Equal(expected, Errors(dryRun));
        Assert.Equal(9, (int)dryRun["report"]!["rows"]!);
        Assert.Equal(1, (int)dryRun["report"]!["goodRows"]!);
        Assert.Equal("failed", (string)real["state"]!);
        Assert.Equal(expected, Errors(real));
        Assert.Equal(0, (int)real["report"]!["written"]!);
        Assert.Equal(["金额", "订单号"], dryRun["report"]!["errors"]!.AsArray().Take(2).Select(e => (string?)e!["header"]));
        Assert.Empty(await OrderNosAsync(fixture.Host, "B-0"));
    }

    [Fact]
    public async Task Skip_bad_rows_writes_the_good_rows_with_their_cells_converted_as_a_submission_would_store_them()
    {
        await EnsurePublishedAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var rows = new[]
        {
            new Dictionary<string, object?> { ["Order no"] = "C-001", ["金额"] = 12.5, ["Status"] = "已关闭", ["Due"] = new DateTime(2025, 3, 31), ["Owner"] = "manager", ["Urgent"] = "yes" },
            new Dictionary<string, object?> { ["Order no"] = "C-002", ["金额"] = "x", ["Status"] = "open", ["Due"] = 45000, ["Owner"] = null, ["Urgent"] = "否" },
            new Dictionary<string, object?> { ["Order no"] = "C-003", ["金额"] = "1,234", ["Status"] = "Open", ["Due"] = 45000, ["Owner"] = null, ["Urgent"] = false },
        };
        using var file = new MemoryStream();
        file.SaveAs(rows, excelType: ExcelType.XLSX);
        var uploaded = await UploadAsync(admin, file.ToArray(), Xlsx);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var upload = await uploaded.ReadJsonAsync();
        Assert.Equal(["orderNo", "amount", "status", "due", "owner", "urgent"], upload["mapping"]!.AsArray().Select(m => (string?)m!["fieldKey"]));

        var job = await RunAsync(admin, (string)upload["id"]!, dryRun: false, mode: "skipBadRows");

        Assert.Equal("completed", (string)job["state"]!);
        Assert.Equal([(3, "B", "type")], Errors(job));
        Assert.Equal(2, (int)job["report"]!["written"]!);
        var stored = await OrderNosAsync(fixture.Host, "C-");
        Assert.Equal(["C-001", "C-003"], stored.Keys.Order());
        var first = stored["C-001"];
        Assert.Equal(12.5m, first["amount"]!.GetValue<decimal>());
        Assert.Equal("closed", (string)first["status"]!);
        Assert.Equal("2025-03-31", (string)first["due"]!);
        Assert.Equal(await UserIdAsync(fixture.Host, "manager"), (string?)first["owner"]!["id"]);
        Assert.True(first["urgent"]!.GetValue<bool>());
        Assert.Equal("TOPSECRET", (string)first["secret"]!);
        Assert.StartsWith("IMP-", (string)first["seq"]!);
        Assert.Equal(1234m, stored["C-003"]["amount"]!.GetValue<decimal>());
        Assert.Equal("2023-03-15", (string)stored["C-003"]["due"]!);
        Assert.NotEqual((string)first["seq"]!, (string)stored["C-003"]["seq"]!);
    }

    [Fact]
    public async Task A_corrupt_xlsx_or_a_binary_csv_is_refused_with_a_clear_error_and_no_job()
    {
        await EnsurePublishedAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var notZip = await UploadAsync(admin, "this is not a workbook"u8.ToArray(), Xlsx);
        var brokenZip = await UploadAsync(admin, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9], Xlsx);
        var binaryCsv = await UploadAsync(admin, [0x00, 0xFF, 0xFE, 0x01, 0x02], "text/csv");
        var pdf = await UploadAsync(admin, "%PDF-1.7"u8.ToArray(), "application/pdf");

        Assert.Equal(("unreadableFile", HttpStatusCode.UnprocessableEntity), await ProblemAsync(notZip));
        Assert.Equal(("unreadableFile", HttpStatusCode.UnprocessableEntity), await ProblemAsync(brokenZip));
        Assert.Equal(("notCsv", HttpStatusCode.UnprocessableEntity), await ProblemAsync(binaryCsv));
        Assert.Equal(("unsupportedFormat", HttpStatusCode.UnprocessableEntity), await ProblemAsync(pdf));
    }

    [Fact]
    public async Task Importing_needs_the_import_action_and_the_right_to_edit_every_mapped_field()
    {
        await EnsurePublishedAsync(fixture.Host);
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var refused = await UploadCsvAsync(applicant, "订单号\nD-001\n");
        var upload = await (await UploadCsvAsync(admin, "订单号,Audit\nD-001,x\n")).ReadJsonAsync();
        var run = await admin.PostAsJsonAsync($"/api/imports/{upload["id"]}/runs", new { dryRun = true });
        var otherUsersJob = await (await ApiClient.ManagerAsync(fixture.Host)).GetAsync($"/api/imports/{upload["id"]}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("mapping.B", (string)upload["mappingErrors"]![0]!["path"]!);
        Assert.Equal("fieldNotEditable", (string)upload["mappingErrors"]![0]!["code"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, run.StatusCode);
        Assert.Contains("Column B", (string)(await run.ReadJsonAsync())["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherUsersJob.StatusCode);
        var leftOut = await RunAsync(admin, (string)upload["id"]!, dryRun: true, mapping: new Dictionary<string, string?> { ["B"] = null });
        Assert.Equal("checked", (string)leftOut["state"]!);
    }

    [Fact]
    public async Task An_import_starts_no_workflow_where_a_submission_starts_one()
    {
        await EnsurePublishedAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await WorkflowInstances.InstanceWorkflows.ImportAsync(admin, $$"""
            {
              "id": "imp-flow-v1", "definitionId": "imp-flow", "name": "On import orders", "version": 1, "isPublished": true,
              "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
                { "id": "submitted", "type": "FlowChannel.FormSubmitted", "version": 1, "customProperties": { "canStartWorkflow": true },
                  "formId": { "typeName": "String", "expression": { "type": "Literal", "value": "{{FormId}}" } } },
                { "id": "log", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "x" } } }
              ], "connections": [ { "source": { "activity": "submitted", "port": "Done" }, "target": { "activity": "log", "port": "In" } } ] }
            }
            """);
        var before = await InstancesAsync(fixture.Host);
        var submitted = await admin.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { orderNo = "E-SUBMIT" } });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var afterSubmit = await InstancesAsync(fixture.Host);

        var job = await ImportAsync(admin, "订单号\nE-001\nE-002\nE-003\n", dryRun: false);

        Assert.Equal(before + 1, afterSubmit);
        Assert.Equal("completed", (string)job["state"]!);
        Assert.Equal(3, (await OrderNosAsync(fixture.Host, "E-0")).Count);
        Assert.Equal(afterSubmit, await InstancesAsync(fixture.Host));
    }

    private static async Task<(string?, HttpStatusCode)> ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        return ((string?)body["errors"]?[0]?["code"], response.StatusCode);
    }

    private static async Task<string> UserIdAsync(WebApplicationFactory<Program> host, string userName)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private static async Task<int> InstancesAsync(WebApplicationFactory<Program> host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowInstances.CountAsync();
    }

    /// <summary>The stored records of the test form whose order number starts so, by order number.</summary>
    internal static async Task<Dictionary<string, JsonObject>> OrderNosAsync(WebApplicationFactory<Program> host, string prefix)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var data = await db.FormRecords.AsNoTracking().Where(r => r.FormId == FormId).Select(r => r.DataJson).ToListAsync();
        return data.Select(d => JsonNode.Parse(d)!.AsObject()).Where(d => ((string?)d["orderNo"])?.StartsWith(prefix, StringComparison.Ordinal) == true)
            .ToDictionary(d => (string)d["orderNo"]!);
    }
}
