using System.Globalization;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Web.Components.Forms.Lookups;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Forms;

public partial class FormRenderer
{
    // Up to this many subform rows in all, a change also validates at once; past it, only blur and submit do.
    private const int InstantValidationRows = 100;

    private FormModel? _subscribed;

    [Parameter, EditorRequired] public FormModel Model { get; set; } = default!;

    /// <summary>Errors from the server, which win over the local check until the next edit.</summary>
    [Parameter] public IReadOnlyList<FieldError>? ServerErrors { get; set; }

    /// <summary>Picker searches, related records and data linkage; without it those fields only show their values.</summary>
    [Parameter] public IFormLookups? Lookups { get; set; }

    public FormErrors Errors { get; private set; } = default!;

    /// <summary>Checks every field and shows every error, as on submit; returns true when the record is valid.</summary>
    public bool ValidateAll()
    {
        Errors.ShowAll = true;
        Errors.Server = null;
        Validate();
        StateHasChanged();
        return Errors.Current.Count == 0;
    }

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_subscribed, Model))
        {
            if (_subscribed is not null)
            {
                _subscribed.Changed -= ModelChanged;
            }
            Model.Changed += ModelChanged;
            _subscribed = Model;
            Errors = new FormErrors(Model);
        }
        if (ServerErrors is not null)
        {
            Errors.Server = ServerErrors;
        }
    }

    protected override async Task OnInitializedAsync()
    {
        if (Model.IsNew && Lookups is not null)
        {
            foreach (var field in Model.Schema.Fields.Where(f => f.DefaultLink is not null))
            {
                await FillLinkedDefaultAsync(field);
            }
        }
    }

    // The server's own validator: it checks everything a submit would, rules and submit checks included.
    private void Validate()
    {
        var result = RecordValidator.Validate(Model.Schema, Model.ToJson(), RecordWriteMode.Client, CultureInfo.CurrentUICulture);
        Errors.SetLocal(result.Errors);
    }

    private void FieldChanged(string path)
    {
        Errors.Server = null;
        if (Model.Schema.Fields.Where(f => f.Type == FieldType.Subform).Sum(f => Model.Rows(f.Key).Count) <= InstantValidationRows)
        {
            Validate();
        }
    }

    // Every change re-renders the whole form: a total or a rule elsewhere may depend on it.
    private void ModelChanged(string node)
    {
        var key = node.Split('.')[0];
        foreach (var field in Model.Schema.Fields.Where(f => f.DefaultLink is { } link && link.Where.Any(c => c.Value.Dependencies.Contains(key))))
        {
            _ = InvokeAsync(() => FillLinkedDefaultAsync(field));
        }
        StateHasChanged();
    }

    // 数据联动 fills a value until the person sets one themselves.
    private async Task FillLinkedDefaultAsync(FieldDefinition field)
    {
        if (Lookups is null || Model.Touched.Contains(field.Key))
        {
            return;
        }
        var value = await Lookups.DataLinkageAsync(field.Key, Model.Data);
        Model.Fill(field.Key, value);
        StateHasChanged();
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        if (_subscribed is not null)
        {
            _subscribed.Changed -= ModelChanged;
        }
    }
}
