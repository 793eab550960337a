using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Application.Packs;
using FlowChannel.Application.Packs.Install;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>
/// Installed packs with their export, the built-in catalogue, and an upload. Either way a pack is first previewed (a dry
/// run listing what would be created, upgraded or left as it is, or every error) and only then installed.
/// </summary>
public sealed partial class PacksAdmin
{
    private PackListing? _listing;
    private byte[]? _upload;
    private PackSource? _source;
    private bool _sampleData;
    private bool _busy;
    private bool _interactive;
    private string? _message;
    private List<PackError> _errors = [];
    private PackInstallReport? _report;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [Inject] private IOptions<PackLimits> Limits { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private static string Culture => CultureInfo.CurrentUICulture.Name;

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);

    private async Task ReloadAsync() => _listing = await Sender.SendAsync(new ListPacks(await ActorAsync()));

    private async Task PickAsync(InputFileChangeEventArgs e)
    {
        (_upload, _source, _message, _errors, _report) = (null, null, null, [], null);
        if (e.File.Size > Limits.Value.MaxArchiveBytes)
        {
            _message = $"{e.File.Name}: {e.File.Size:N0} bytes > {Limits.Value.MaxArchiveBytes:N0}.";
            return;
        }
        using var buffer = new MemoryStream();
        await using var stream = e.File.OpenReadStream(Limits.Value.MaxArchiveBytes);
        await stream.CopyToAsync(buffer);
        _upload = buffer.ToArray();
    }

    private Task PreviewUploadAsync() => RunAsync(() =>
    {
        using var zip = new MemoryStream(_upload!);
        return Task.FromResult(PackReader.ReadZip(zip, Limits.Value).SourceOrThrow());
    });

    private async Task PreviewBundledAsync(string packId)
    {
        _upload = null;
        var actor = await ActorAsync();
        await RunAsync(() => Sender.SendAsync(new ReadBundledPack(actor, packId)));
    }

    private async Task RunAsync(Func<Task<PackSource>> read)
    {
        (_busy, _source, _message, _errors, _report) = (true, null, null, [], null);
        try
        {
            var source = await read();
            _report = await Sender.SendAsync(new InstallPack(await ActorAsync(), source, DryRun: true, WithSampleData: _sampleData));
            _source = source;
        }
        catch (PackImportException e)
        {
            _errors = [.. e.Errors];
        }
        catch (FlowChannelException e)
        {
            _message = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task InstallAsync()
    {
        if (_source is null)
        {
            return;
        }
        _busy = true;
        try
        {
            _report = await Sender.SendAsync(new InstallPack(await ActorAsync(), _source, DryRun: false, WithSampleData: _sampleData));
            // Installed: a second click must not run it again (it would change nothing, but says so more clearly this way).
            _source = null;
            await ReloadAsync();
        }
        catch (PackImportException e)
        {
            (_report, _errors) = (null, [.. e.Errors]);
        }
        catch (FlowChannelException e)
        {
            (_report, _message) = (null, e.Message);
        }
        finally
        {
            _busy = false;
        }
    }
}
