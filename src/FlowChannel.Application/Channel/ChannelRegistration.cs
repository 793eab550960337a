using FlowChannel.Application.Workflows.HostAnswers;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Channel;

/// <summary>The hosts of the channel activities (FlowChannel.SettleRebates and the others).</summary>
public static class ChannelRegistration
{
    public static IServiceCollection AddChannelActivities(this IServiceCollection services)
    {
        services.AddScoped<ChannelFigures>();
        services.AddScoped<PartnerProfiles>();
        services.AddScoped<SampleData.SampleRecordWriter>();
        services.AddScoped<SampleData.SampleUsers>();
        services.AddScoped<IHostAnsweredBookmarkHandler, Rebates.SettleRebatesAnswer>();
        services.AddScoped<IHostAnsweredBookmarkHandler, Deals.CheckDealConflictAnswer>();
        services.AddScoped<Leads.LeadCandidates>();
        services.AddScoped<Leads.LeadRules>();
        services.AddScoped<IHostAnsweredBookmarkHandler, Leads.AllocateLeadAnswer>();
        services.AddScoped<Risk.RiskFindings>();
        services.AddScoped<IHostAnsweredBookmarkHandler, Risk.ComputeRiskWarningsAnswer>();
        services.AddScoped<IHostAnsweredBookmarkHandler, Scorecards.ComputeScorecardsAnswer>();
        services.AddScoped<IHostAnsweredBookmarkHandler, Collections.SumOrderPaymentsAnswer>();
        services.AddScoped<IHostAnsweredBookmarkHandler, Contribution.ComputeProfitSharingAnswer>();
        return services;
    }
}
