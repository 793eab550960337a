using FlowChannel.Application.Automations.Running;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Automations;

internal static class AutomationRegistration
{
    public static IServiceCollection AddAutomations(this IServiceCollection services)
    {
        services.AddSingleton<AutomationRules>();
        services.AddScoped<AutomationContext>();
        services.AddScoped<AutomationDispatcher>();
        services.AddScoped<AutomationActionRunner>();
        services.AddScoped<AutomationNotifier>();
        services.AddSingleton<Outbox.IOutboxDeliverer, AutomationDeliverer>();
        return services;
    }
}
