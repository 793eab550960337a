using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Setup;
using FlowChannel.Application.Workflows;
using FlowChannel.Expressions;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application;

public static class ApplicationRegistration
{
    /// <summary>Use cases (mediator handlers), the workflow runtime and first-start setup.</summary>
    public static IServiceCollection AddFlowChannelApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            // Scoped: handlers share the request's DbContext and unit of work.
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(UnitOfWorkBehavior<,>)];
        });
        services.AddOptions<SetupOptions>().BindConfiguration(SetupOptions.SectionName);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ActivityRegistry.CreateDefault());
        services.AddSingleton(new ExpressionLimits());
        services.AddSingleton<WorkflowRunner>();
        services.AddSingleton<WorkflowDefinitionCache>();
        services.AddSingleton<FormSchemaCache>();
        services.AddSingleton<Files.FileStore>();
        services.AddScoped<Files.AttachmentUploader>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<Records.SerialNumbers>();
        services.AddScoped<Records.RecordReferenceChecker>();
        services.AddScoped<Records.UniqueValueClaims>();
        services.AddScoped<Records.SubmissionChecks>();
        services.AddScoped<PublishCheck>();
        services.AddScoped<Packs.PackFormVersions>();
        services.AddScoped<WorkflowPublisher>();
        services.AddScoped<EffectApplier>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<UserSeeder>();
        services.AddScoped<Persistence.DatabaseMigrator>();
        services.AddSingleton<FlowChannelSetup>();
        services.AddOptions<Outbox.EmailOptions>().BindConfiguration(Outbox.EmailOptions.SectionName);
        services.AddSingleton<Outbox.IOutboxDeliverer, Outbox.EmailDeliverer>();
        services.AddSingleton<Outbox.IOutboxDeliverer, Outbox.EventDeliverer>();
        return services;
    }
}
