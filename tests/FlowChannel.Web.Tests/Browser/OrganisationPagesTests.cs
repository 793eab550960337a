using System.Text;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The departments and user import pages in a real browser: the tree takes a new department; an import is checked, refused cell by cell, then done.</summary>
public sealed class OrganisationPagesTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_adds_a_department_and_sees_it_in_the_tree()
    {
        var page = await AdminPageAsync();
        await page.GetByTestId("nav-departments").ClickAsync();
        await page.Locator("[data-testid=departments][data-ready=true]").WaitForAsync();

        await page.GetByTestId("new-name").FillAsync("浏览器测试部");
        await page.GetByTestId("new-name-en").FillAsync("Browser Test");
        await page.GetByTestId("create-department").ClickAsync();

        await Assertions.Expect(page.GetByTestId("department-node").Filter(new() { HasText = "Browser Test" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("department-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Admin_checks_an_import_sees_each_bad_cell_then_imports_the_fixed_file()
    {
        var page = await AdminPageAsync();
        await page.GotoAsync("/admin/users/import");
        await page.Locator("[data-testid=import-form][data-ready=true]").WaitForAsync();

        await page.GetByTestId("import-file").SetInputFilesAsync(Csv("page.one,Page One,finance,渠道部/没有这个\n"));
        await page.GetByTestId("import-check").ClickAsync();
        var errors = page.GetByTestId("import-errors");
        await Assertions.Expect(errors).ToContainTextAsync("department");
        await Assertions.Expect(errors.Locator("td").First).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("import-run")).ToBeDisabledAsync();

        await page.GetByTestId("import-file").SetInputFilesAsync(Csv("page.one,Page One,finance,渠道部\n"));
        // Picking a file clears the last check's errors, then reads the file; checking before then would check the old one.
        await Assertions.Expect(errors).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("import-check")).ToBeEnabledAsync();
        await page.GetByTestId("import-check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-checked")).ToBeVisibleAsync();
        await page.GetByTestId("import-run").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-done")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("import-passwords")).ToContainTextAsync("page.one");
    }

    private async Task<IPage> AdminPageAsync()
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        return page;
    }

    private static FilePayload Csv(string rows) => new()
    {
        Name = "users.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes("userName,displayName,roles,department\n" + rows),
    };
}
