using FlowChannel.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFlowChannelWeb();

var app = builder.Build();
await app.InitializeFlowChannelAsync();
app.UseFlowChannelWeb();
await app.RunAsync();

/// <summary>Entry point; public so that the integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
