using FlowChannel.Web.CommandLine;
using FlowChannel.Web.Hosting;

if (CliVerbs.TryRun(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

// A pack verb's paths are not configuration ("/srv/x.zip" would read as a switch).
var builder = WebApplication.CreateBuilder(PackCli.IsVerb(args) || SampleCli.IsVerb(args) ? [] : args);
builder.AddFlowChannelWeb();
if (args is ["db", "migrate"] or ["audit", "verify"] || PackCli.IsVerb(args) || SampleCli.IsVerb(args))
{
    // A verb's answer is what it prints on stdout (scripts read it); the host's own logging goes to stderr.
    builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}

var app = builder.Build();
if (args is ["db", "migrate"])
{
    await app.MigrateDatabaseAsync();
    return 0;
}
if (args is ["audit", "verify"])
{
    return await AuditVerify.RunAsync(app.Services, Console.Out, Console.Error);
}
if (PackCli.IsVerb(args))
{
    return await PackCli.RunAsync(app.Services, args, Console.Out, Console.Error);
}
if (SampleCli.IsVerb(args))
{
    return await SampleCli.RunAsync(app.Services, args, Console.Out, Console.Error);
}
await app.InitializeFlowChannelAsync();
app.UseFlowChannelWeb();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that the integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
