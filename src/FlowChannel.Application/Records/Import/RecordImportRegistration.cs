using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Records.Import;

/// <summary>The services of record import.</summary>
public static class RecordImportRegistration
{
    public static IServiceCollection AddRecordImport(this IServiceCollection services)
    {
        services.AddSingleton<RecordImportJobs>();
        services.AddScoped<RecordImportRunner>();
        services.AddScoped<RecordImportWriter>();
        services.AddScoped<ImportSerials>();
        return services;
    }
}
