using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace FlowChannel.Web.Localization;

public static class LocalizationRegistration
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("zh-CN")];

    /// <summary>English and Simplified Chinese, chosen by cookie, then the browser's Accept-Language.</summary>
    public static IServiceCollection AddFlowChannelLocalization(this IServiceCollection services)
    {
        services.AddSingleton<UiText>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentUICultures = true;
            o.FallBackToParentCultures = true;
            // zh, zh-Hans and zh-TW browsers all get the Simplified Chinese UI.
            o.RequestCultureProviders.Insert(0, new CustomRequestCultureProvider(context =>
            {
                var header = context.Request.Headers.AcceptLanguage.ToString();
                var chinese = !context.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)
                    && header.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
                return Task.FromResult(chinese ? new ProviderCultureResult("zh-CN") : null);
            }));
        });
        return services;
    }
}
