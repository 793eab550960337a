using FlowChannel.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace FlowChannel.Web.Components.Tests.Forms;

/// <summary>A bUnit context with what the form components need: Radzen's services, the UI texts and loose JS interop.</summary>
public abstract class FormTestContext : BunitContext
{
    protected FormTestContext()
    {
        // Radzen and the location/signature modules call into JS; these tests check markup and state, not the browser.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
        Services.AddSingleton<UiText>();
    }

    protected IRenderedComponent<FormRenderer> RenderForm(FormModel model, FakeLookups? lookups = null) =>
        Render<FormRenderer>(p => p.Add(r => r.Model, model).Add(r => r.Lookups, lookups));
}
