using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Durability;

/// <summary>
/// The real <c>flowchannel</c> executable as a child process on a data folder, so a test can kill it outright
/// (SIGKILL: no shutdown, no flushing) and start it again on the same database.
/// </summary>
internal sealed class FlowChannelProcess : IAsyncDisposable
{
    private readonly Process _process;

    private FlowChannelProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<FlowChannelProcess> StartAsync(string dataFolder)
    {
        var port = FreeTcpPort.Get();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "flowchannel.dll")])
        {
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Urls"] = address.ToString();
        start.Environment["ConnectionStrings__FlowChannel"] = $"Data Source={Path.Combine(dataFolder, "flowchannel.db")}";
        start.Environment["FlowChannel__FilesPath"] = Path.Combine(dataFolder, "files");
        start.Environment["FlowChannel__Scheduler__PollInterval"] = "00:00:00.200";
        start.Environment["FLOWCHANNEL_ADMIN_PASSWORD"] = FlowChannelHost.AdminPassword;
        start.Environment["FLOWCHANNEL_SAMPLE_PASSWORD"] = FlowChannelHost.SamplePassword;
        start.Environment["FlowChannel__SampleScale"] = "0"; // the named demo partners only, as in FlowChannelHost
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new FlowChannelProcess(process, address);
        await started.WaitUntilHealthyAsync();
        return started;
    }

    public async Task<HttpClient> AdminAsync()
    {
        var client = new HttpClient { BaseAddress = Address };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = FlowChannelHost.AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Ends the process the way a power cut or the OOM killer would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"flowchannel exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("flowchannel did not become healthy within 90 s.");
    }
}
