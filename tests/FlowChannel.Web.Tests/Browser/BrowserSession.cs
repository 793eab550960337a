using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port and Debian's headless Chromium driven by Playwright. The browser is never
/// downloaded: test.sh installs the distribution's package and this uses it where it is.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-browser-");
    private FlowChannelHost? _host;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The running host's services, for setting up what a page test needs (a user with a role).</summary>
    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh (it installs Debian's chromium) or apt-get install chromium.");
        }
        var port = FreeTcpPort.Get();
        _host = new FlowChannelHost(_folder.FullName);
        _host.UseKestrel(port);
        _host.StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machines have no network beyond package registries: stop Chromium's own background traffic.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>Signs a user (a sample one unless a password is given) in through the login page, the way a person does.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = FlowChannelHost.SamplePassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.Locator("input[name=userName]").FillAsync(userName);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        _folder.Delete(recursive: true);
    }
}
