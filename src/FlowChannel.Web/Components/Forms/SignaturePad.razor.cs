using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Files;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace FlowChannel.Web.Components.Forms;

public partial class SignaturePad
{
    private const long MaxSignatureBytes = 2 * 1024 * 1024;

    private IJSObjectReference? _module;
    private ElementReference _canvas;
    private bool _saving;
    private string? _error;

    [Parameter, EditorRequired] public FieldDefinition Field { get; set; } = default!;

    [Parameter] public JsonObject? Value { get; set; }

    [Parameter] public EventCallback<JsonObject?> ValueChanged { get; set; }

    [Parameter] public bool Disabled { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    // The canvas appears again after "sign again", so it is set up after every render that shows it (init is idempotent).
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (Value is null && !Disabled)
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/signature.js");
            await _module.InvokeVoidAsync("init", _canvas);
        }
    }

    private async Task ClearAsync()
    {
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("clear", _canvas);
        }
    }

    private async Task SaveAsync()
    {
        if (_module is null)
        {
            return;
        }
        _error = null;
        if (await _module.InvokeAsync<bool>("isEmpty", _canvas))
        {
            _error = T["SignatureEmpty"];
            return;
        }
        _saving = true;
        try
        {
            var png = await _module.InvokeAsync<IJSStreamReference>("toPng", _canvas);
            await using var stream = await png.OpenReadStreamAsync(MaxSignatureBytes);
            var actor = ActorFactory.From((await AuthState).User);
            await using var scope = Scopes.CreateAsyncScope();
            var uploader = scope.ServiceProvider.GetRequiredService<AttachmentUploader>();
            var stored = await uploader.UploadAsync(actor, Field.Key + ".png", "image/png", stream, CancellationToken.None);
            await ValueChanged.InvokeAsync(new JsonObject
            {
                ["id"] = stored.Id, ["name"] = stored.Name, ["size"] = stored.Size, ["contentType"] = stored.ContentType,
            });
        }
        catch (Exception ex) when (ex is IOException or BadRequestException or JSException)
        {
            _error = ex.Message;
        }
        finally
        {
            _saving = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module with it.
            }
        }
    }
}
