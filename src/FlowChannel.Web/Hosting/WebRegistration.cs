using System.Text.Json.Serialization;
using FlowChannel.Application;
using FlowChannel.Persistence;
using FlowChannel.Persistence.PostgreSql;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.Persistence.SqlServer;
using FlowChannel.Web.Api;
using FlowChannel.Web.Api.PublicForms;
using FlowChannel.Web.Identity;
using FlowChannel.Web.Localization;
using Radzen;

namespace FlowChannel.Web.Hosting;

public static class WebRegistration
{
    public const string DefaultConnectionString = "Data Source=data/flowchannel.db";

    /// <summary>Everything the web host needs: persistence, use cases, identity, UI, API.</summary>
    public static WebApplicationBuilder AddFlowChannelWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddFlowChannelPersistence(builder.Configuration, DefaultConnectionString,
            new SqliteDatabaseProvider(), new SqlServerDatabaseProvider(), new PostgreSqlDatabaseProvider());
        services.AddFlowChannelApplication();
        services.AddFlowChannelIdentity();
        services.AddFlowChannelLocalization();
        services.AddPublicForms();

        services.AddRazorComponents().AddInteractiveServerComponents();
        // SecurityHeaders sends X-Frame-Options: DENY on every response; the antiforgery default would add a second one.
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(o => o.SuppressXFrameOptionsHeader = true);
        services.AddRadzenComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<RequestSender>();
        services.AddOptions<WorkflowSchedulerOptions>().BindConfiguration(WorkflowSchedulerOptions.SectionName);
        services.AddSingleton<WorkflowScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowScheduler>());


        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddHealthChecks();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }
}
