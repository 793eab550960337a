using System.Text.Json.Nodes;
using FlowChannel.Web.Designer;
using FlowChannel.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Designer;

public partial class ChecksEditor
{
    private readonly HashSet<int> _advanced = [];

    [Parameter, EditorRequired] public DesignerState State { get; set; } = default!;

    /// <summary>The field whose validations these are; empty for the form's submit checks.</summary>
    [Parameter] public string Owner { get; set; } = "";

    [Parameter, EditorRequired] public IReadOnlyList<FormulaReference> References { get; set; } = [];

    [Parameter] public EventCallback OnChanged { get; set; }

    private bool IsForm => Owner.Length == 0;

    private string Property => IsForm ? "submitChecks" : "validations";

    private string Path => $"{Owner}/{Property}";

    private Task AddAsync() => EditAsync(a => a.Add(new JsonObject
    {
        ["formula"] = "",
        ["message"] = new JsonObject
        {
            ["zh-CN"] = UiText.Get("designer.NewCheck", System.Globalization.CultureInfo.GetCultureInfo("zh-CN")),
            ["en"] = UiText.Get("designer.NewCheck", System.Globalization.CultureInfo.GetCultureInfo("en")),
        },
    }));

    private Task SetAsync(int index, string member, string? value) => EditAsync(a => ((JsonObject)a[index]!)[member] = value ?? "");

    // An empty list is no list: the language wants 1–50 checks when the property is there.
    private Task EditAsync(Action<JsonArray> change)
    {
        State.Document.Edit(root =>
        {
            var owner = IsForm ? root : (JsonObject)SchemaPointer.Resolve(root, Owner)!;
            var list = owner[Property] as JsonArray ?? [];
            owner[Property] = list;
            change(list);
            if (list.Count == 0)
            {
                owner.Remove(Property);
            }
        });
        return OnChanged.InvokeAsync();
    }
}
