using FlowChannel.Application.Channel;
using FlowChannel.Application.Records.Import;
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
            // In this order: the first runs outside the next, so signals go out after the unit of work committed.
            options.PipelineBehaviors = [typeof(Notifications.NotificationSignalBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
        services.AddOptions<SetupOptions>().BindConfiguration(SetupOptions.SectionName);
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<Outbox.HttpOptions>().BindConfiguration(Outbox.HttpOptions.SectionName);
        services.AddOptions<Workflows.Waiting.EventOptions>().BindConfiguration(Workflows.Waiting.EventOptions.SectionName);
        services.AddOptions<Records.History.RecordRetentionOptions>().BindConfiguration(Records.History.RecordRetentionOptions.SectionName);
        services.AddSingleton(sp =>
        {
            var options = new FlowChannel.Workflows.Http.OutboundAddressOptions();
            foreach (var entry in sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Outbox.HttpOptions>>().Value.Allow)
            {
                options.Allow.Add(entry);
            }

            return new FlowChannel.Workflows.Http.OutboundAddressPolicy(options);
        });
        services.AddSingleton(sp =>
        {
            // The HTTP activity checks literal addresses itself, so it must know the configured allow list too.
            var registry = ActivityRegistry.CreateDefault();
            registry.Replace(new FlowChannel.Workflows.Activities.Http.FlowSendHttpRequestActivity(sp.GetRequiredService<FlowChannel.Workflows.Http.OutboundAddressPolicy>()));
            return registry;
        });
        services.AddSingleton(new ExpressionLimits());
        services.AddSingleton<Dashboards.Aggregation.AggregateResultCache>();
        services.AddSingleton<WorkflowRunner>();
        services.AddSingleton<WorkflowDefinitionCache>();
        services.AddSingleton<FormSchemaCache>();
        services.AddSingleton<Files.FileStore>();
        services.AddScoped<Files.AttachmentUploader>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<LoadedTasks>();
        services.AddScoped<FormTriggerLookup>();
        services.AddScoped<Workflows.Approvals.ApproverResolver>();
        services.AddScoped<Workflows.Approvals.ApprovalRounds>();
        services.AddScoped<Tasks.Delegation.TaskDelegations>();
        services.AddScoped<Workflows.Approvals.ApprovalDecisions>();
        services.AddScoped<Workflows.Approvals.Timeline>();
        services.AddScoped<Workflows.Approvals.TaskRecordEdits>();
        services.AddScoped<Tasks.TaskActions>();
        services.AddScoped<Records.SerialNumbers>();
        services.AddScoped<Records.RecordReferenceChecker>();
        services.AddScoped<Records.RecordEditor>();
        services.AddScoped<Records.UniqueValueClaims>();
        services.AddScoped<Records.SubmissionChecks>();
        services.AddRecordImport();
        services.AddSingleton<Records.Export.RecordExportJobs>();
        services.AddSingleton<Records.Print.PrintTemplates>();
        services.AddScoped<PublishCheck>();
        services.AddScoped<Packs.PackFormVersions>();
        services.AddScoped<Packs.Install.PackReferenceCheck>();
        services.AddScoped<Packs.Install.PackContentCheck>();
        services.AddScoped<Packs.Install.PackPlanner>();
        services.AddOptions<Packs.PackLimits>().BindConfiguration(Packs.PackLimits.Section);
        services.AddScoped<WorkflowPublisher>();
        services.AddScoped<EffectApplier>();
        services.AddScoped<Workflows.RecordChanges.RecordChangedTriggers>();
        services.AddScoped<Workflows.HostAnswers.HostAnsweredBookmarks>();
        services.AddScoped<Workflows.HostAnswers.IHostAnsweredBookmarkHandler, Workflows.HostAnswers.QueryRecordsAnswer>();
        services.AddChannelActivities();
        services.AddScoped<AuditTrail>();
        services.AddScoped<Permissions.OrganisationPositions>();
        services.AddScoped<Permissions.PermissionSetCatalog>();
        services.AddScoped<Permissions.RecordPermissions>();
        services.AddScoped<UserSeeder>();
        services.AddScoped<Organisation.Users.UserAccounts>();
        services.AddScoped<Persistence.DatabaseMigrator>();
        services.AddSingleton<FlowChannelSetup>();
        services.AddOptions<Outbox.EmailOptions>().BindConfiguration(Outbox.EmailOptions.SectionName);
        services.AddSingleton<Settings.EmailSettingsSource>();
        services.AddSingleton<Outbox.IOutboxDeliverer, Outbox.EmailDeliverer>();
        services.AddSingleton<Outbox.IOutboxDeliverer, Outbox.EventDeliverer>();
        services.AddSingleton<Outbox.IOutboxDeliverer, Outbox.HttpDeliverer>();
        services.AddSingleton<Outbox.IOutboxDeliverer, Outbox.ChildWorkflowDeliverer>();
        services.AddSingleton<Outbox.IOutboxDeliverer, Outbox.ResumeDeliverer>();
        services.AddSingleton<Outbox.IOutboxDeliverer, Webhooks.WebhookDeliverer>();
        services.AddSingleton<Webhooks.WebhookSecrets>();
        services.AddSingleton<Notifications.NotificationSignals>();
        services.AddSingleton<Workflows.Notify.NotifyRenderer>();
        services.AddSingleton<Webhooks.WebhookSubscriptions>();
        services.AddScoped<Webhooks.WebhookDispatcher>();
        Automations.AutomationRegistration.AddAutomations(services);
        return services;
    }
}
