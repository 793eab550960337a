using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static FlowChannel.Web.Tests.Api.Organisation.AdminCalls;

namespace FlowChannel.Web.Tests.Api.Organisation;

/// <summary>Importing users from CSV and Excel: every bad cell reported by row and column, nothing or everything written.</summary>
public sealed class UserImportTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task A_dry_run_reports_every_bad_row_and_column_and_the_real_import_then_writes_nothing()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var importsBefore = await CountAsync(db => db.AuditLog.CountAsync(a => a.Action == "users.imported"));
        const string csv = """
            userName,displayName,email,department,roles,partner,culture
            imp.ok,Ok User,ok@example.com,渠道部,finance,,en
            imp.d,D,d@example.com,渠道部/不存在,finance,,
            imp.r,R,,,"finance,wizard",,
            imp.ok,Dup,,,finance,,
            manager,M,,,finance,,
            imp.e,E,bad-email,,finance,,
            imp.p,P,,,partner,,
            imp.u,U,,,partner,不存在公司,
            """;

        var dryRun = await ErrorsAsync(await PostCsvAsync(admin, csv, dryRun: true));
        var real = await ErrorsAsync(await PostCsvAsync(admin, csv, dryRun: false));

        (string, string)[] expected =
        [
            ("rows[3].department", "unknownDepartment"),
            ("rows[4].roles", "unknownRole"),
            ("rows[5].userName", "duplicateInFile"),
            ("rows[6].userName", "duplicateUserName"),
            ("rows[7].email", "invalidEmail"),
            ("rows[8].partner", "partnerRequired"),
            ("rows[9].partner", "unknownPartner"),
        ];
        Assert.Equal(expected, dryRun);
        Assert.Equal(expected, real);
        Assert.Equal(0, await CountAsync(db => db.Users.CountAsync(u => u.UserName!.StartsWith("imp."))));
        Assert.Equal(importsBefore, await CountAsync(db => db.AuditLog.CountAsync(a => a.Action == "users.imported")));
    }

    [Fact]
    public async Task A_good_excel_import_creates_users_with_departments_partners_and_roles_who_can_sign_in()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var importsBefore = await CountAsync(db => db.AuditLog.CountAsync(a => a.Action == "users.imported"));
        var channel = (await (await admin.GetAsync("/api/admin/departments")).ReadJsonAsync()).AsArray().Single(d => (string?)d!["name"] == "渠道部")!;
        var east = await CreateDepartmentAsync(admin, "华东区", Guid.Parse((string)channel["id"]!));
        var rows = new[]
        {
            // Chinese headers are understood too.
            new Dictionary<string, object?> { ["用户名"] = "xl.staff", ["姓名"] = "表格 员工", ["邮箱"] = "staff@example.com", ["部门"] = "渠道部/华东区", ["角色"] = "channel-manager, designer", ["伙伴"] = null, ["语言"] = "zh-cn" },
            new Dictionary<string, object?> { ["用户名"] = "xl.partner", ["姓名"] = "表格 伙伴", ["邮箱"] = null, ["部门"] = null, ["角色"] = "partner-admin", ["伙伴"] = "91310000MA1FL0AB12", ["语言"] = "en" },
            new Dictionary<string, object?> { ["用户名"] = "xl.finance", ["姓名"] = "表格 财务", ["邮箱"] = null, ["部门"] = "Finance", ["角色"] = "finance", ["伙伴"] = null, ["语言"] = null },
        };
        using var file = new MemoryStream();
        file.SaveAs(rows, excelType: ExcelType.XLSX);

        var dryRun = await PostAsync(admin, file.ToArray(), Xlsx, dryRun: true);
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        Assert.Equal(3, (int)(await dryRun.ReadJsonAsync())["rows"]!);
        Assert.Equal(0, await CountAsync(db => db.Users.CountAsync(u => u.UserName!.StartsWith("xl."))));

        var imported = await PostAsync(admin, file.ToArray(), Xlsx, dryRun: false);

        var body = await imported.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var users = body["users"]!.AsArray();
        Assert.Equal([2, 3, 4], users.Select(u => (int)u!["rowNumber"]!).ToArray());
        foreach (var user in users)
        {
            var client = await ApiClient.SignInAsync(fixture.Host, (string)user!["userName"]!, (string)user["password"]!);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/records/mine")).StatusCode);
        }
        var staff = (await (await admin.GetAsync("/api/admin/users?search=xl.staff")).ReadJsonAsync())["items"]![0]!;
        Assert.Equal(east.ToString(), (string?)staff["departmentId"]);
        Assert.Equal(["channel-manager", "designer"], staff["roles"]!.AsArray().Select(r => (string)r!).ToArray());
        Assert.Equal("zh-CN", (string?)staff["culture"]);
        var partner = (await (await admin.GetAsync("/api/admin/users?search=xl.partner")).ReadJsonAsync())["items"]![0]!;
        Assert.Equal("华东智联科技有限公司", (string?)partner["partnerName"]);
        Assert.Equal(importsBefore + 1, await CountAsync(db => db.AuditLog.CountAsync(a => a.Action == "users.imported")));
    }

    [Fact]
    public async Task Files_past_the_limits_or_with_wrong_headers_are_refused_with_clear_errors()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var tooMany = new StringBuilder("userName,displayName\n");
        for (var i = 0; i < 5001; i++)
        {
            tooMany.Append(System.Globalization.CultureInfo.InvariantCulture, $"many.{i},Many {i}\n");
        }

        var rows = await ErrorsAsync(await PostCsvAsync(admin, tooMany.ToString(), dryRun: true));
        var large = await ErrorsAsync(await PostAsync(admin, new byte[5 * 1024 * 1024 + 1], "text/csv", dryRun: true));
        var format = await ErrorsAsync(await PostAsync(admin, "a,b"u8.ToArray(), "text/plain", dryRun: true));
        var headers = await ErrorsAsync(await PostCsvAsync(admin, "userName,nickname\nx,y\n", dryRun: true));
        var manager = await ApiClient.ManagerAsync(fixture.Host);

        Assert.Equal([("file", "tooManyRows")], rows);
        Assert.Equal([("file", "fileTooLarge")], large);
        Assert.Equal([("file", "unsupportedFormat")], format);
        Assert.Equal([("rows[1].nickname", "unknownColumn"), ("rows[1].displayName", "missingColumn")], headers);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostCsvAsync(manager, "userName,displayName\nsneak,S\n", dryRun: false)).StatusCode);
    }

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string csv, bool dryRun) =>
        PostAsync(client, Encoding.UTF8.GetBytes(csv), "text/csv", dryRun);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] content, string mediaType, bool dryRun)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return client.PostAsync($"/api/admin/users/import?dryRun={(dryRun ? "true" : "false")}", body);
    }

    private async Task<int> CountAsync(Func<FlowChannelDbContext, Task<int>> count)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>());
    }
}
