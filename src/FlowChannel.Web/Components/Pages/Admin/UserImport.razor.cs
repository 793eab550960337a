using System.Text.RegularExpressions;
using FlowChannel.Application.Common;
using FlowChannel.Application.Organisation.Import;
using FlowChannel.Forms.Validation;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>
/// Upload, check (a dry run listing every bad cell by row and column), then import; the import button only opens
/// after a clean check of the same file. The generated passwords are shown once, after the import.
/// </summary>
public sealed partial class UserImport
{
    private byte[]? _content;
    private string _fileName = "";
    private bool _checked;
    private bool _busy;
    private bool _interactive;
    private string? _fileError;
    private List<ImportProblem> _errors = [];
    private UserImportResult? _result;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>One line of the error table: the file's row number (header = 1) and the column, split out of the error path.</summary>
    public sealed record ImportProblem(string Row, string Column, string Message);

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task PickAsync(InputFileChangeEventArgs e)
    {
        (_content, _checked, _fileError, _errors, _result) = (null, false, null, [], null);
        if (e.File.Size > UserImportLimits.MaxBytes)
        {
            _fileError = $"{e.File.Name}: {e.File.Size:N0} bytes > {UserImportLimits.MaxBytes:N0} (5 MB).";
            return;
        }
        using var buffer = new MemoryStream();
        await using var stream = e.File.OpenReadStream(UserImportLimits.MaxBytes);
        await stream.CopyToAsync(buffer);
        (_content, _fileName) = (buffer.ToArray(), e.File.Name);
    }

    private async Task RunAsync(bool dryRun)
    {
        if (_content is null)
        {
            return;
        }
        (_busy, _errors, _result, _fileError) = (true, [], null, null);
        try
        {
            _result = await Sender.SendAsync(new ImportUsers(ActorFactory.From((await AuthState).User), _fileName, _content, dryRun));
            // A finished import must not be run twice by a second click.
            _checked = dryRun;
        }
        catch (InvalidInputException e)
        {
            _checked = false;
            _errors = e.Errors.Select(Problem).ToList();
        }
        catch (FlowChannelException e)
        {
            _checked = false;
            _fileError = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private static ImportProblem Problem(FieldError error)
    {
        var match = Regex.Match(error.Path, @"^rows\[(?<row>\d+)\]\.(?<column>.+)$");
        return match.Success
            ? new ImportProblem(match.Groups["row"].Value, match.Groups["column"].Value, error.Message)
            : new ImportProblem("", error.Path, error.Message);
    }
}
