namespace FlowChannel.Web.Components.Tests.Forms;

/// <summary>Small forms written for the component tests, parsed by the real parser.</summary>
internal static class TestSchemas
{
    public static FormSchema Parse(params string[] fields)
    {
        var result = FormSchemaParser.Parse($$"""{"id": "ui-test", "title": {"en": "UI test", "zh-CN": "界面测试"}, "fields": [{{string.Join(",", fields)}}]}""");
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        return result.Schema!;
    }

    /// <summary>One field of every type that records a value or shows something, keyed by its type name.</summary>
    public static readonly string[] EveryType =
    [
        """{"key": "text", "type": "text", "label": "Text"}""",
        """{"key": "textarea", "type": "textarea", "label": "Textarea"}""",
        """{"key": "number", "type": "number", "label": "Number"}""",
        """{"key": "money", "type": "money", "label": "Money", "currency": "CNY"}""",
        """{"key": "percent", "type": "percent", "label": "Percent"}""",
        """{"key": "date", "type": "date", "label": "Date"}""",
        """{"key": "datetime", "type": "datetime", "label": "Date time"}""",
        """{"key": "time", "type": "time", "label": "Time"}""",
        """{"key": "radio", "type": "radio", "label": "Radio", "options": [{"value": "a", "label": "A"}]}""",
        """{"key": "checkbox", "type": "checkbox", "label": "Checkbox", "options": [{"value": "a", "label": "A"}]}""",
        """{"key": "select", "type": "select", "label": "Select", "options": [{"value": "a", "label": "A"}]}""",
        """{"key": "multiselect", "type": "multiselect", "label": "Multi", "options": [{"value": "a", "label": "A"}]}""",
        """{"key": "switch", "type": "switch", "label": "Switch"}""",
        """{"key": "email", "type": "email", "label": "Email"}""",
        """{"key": "phone", "type": "phone", "label": "Phone"}""",
        """{"key": "rating", "type": "rating", "label": "Rating"}""",
        """{"key": "attachment", "type": "attachment", "label": "Attachment"}""",
        """{"key": "address", "type": "address", "label": "Address"}""",
        """{"key": "serial", "type": "serial", "label": "Serial", "format": "S-{seq:3}"}""",
        """{"key": "formula", "type": "formula", "label": "Formula", "formula": "number * 2"}""",
        """{"key": "url", "type": "url", "label": "Url"}""",
        """{"key": "location", "type": "location", "label": "Location"}""",
        """{"key": "member", "type": "member", "label": "Member"}""",
        """{"key": "members", "type": "members", "label": "Members"}""",
        """{"key": "department", "type": "department", "label": "Department"}""",
        """{"key": "departments", "type": "departments", "label": "Departments"}""",
        """{"key": "image", "type": "image", "label": "Image"}""",
        """{"key": "signature", "type": "signature", "label": "Signature"}""",
        """{"key": "link", "type": "link", "label": "Link", "link": {"form": "other", "displayField": "name"}}""",
        """{"key": "related", "type": "related", "label": "Related", "related": {"form": "other", "where": [{"field": "a", "value": "text"}], "columns": ["a"]}}""",
        """{"key": "subform", "type": "subform", "label": "Subform", "fields": [{"key": "c", "type": "text", "label": "C"}]}""",
        """{"key": "section", "type": "section", "label": "Section"}""",
        """{"key": "description", "type": "description", "label": "Description"}""",
        """{"key": "divider", "type": "divider"}""",
        """{"key": "tabs", "type": "tabs", "tabs": [{"label": "T", "fields": [{"key": "t1", "type": "text", "label": "T1"}]}]}""",
        """{"key": "columns", "type": "columns", "columns": [{"fields": [{"key": "c1", "type": "text", "label": "C1"}]}, {"fields": [{"key": "c2", "type": "text", "label": "C2"}]}]}""",
    ];

    /// <summary>Order lines with a row amount, a total, a kind that shows a conditional field, and linked options.</summary>
    public static FormSchema Order() => Parse(
        """{"key": "kind", "type": "select", "label": {"en": "Kind", "zh-CN": "类型"}, "options": [{"value": "std", "label": "Standard"}, {"value": "special", "label": "Special"}]}""",
        """{"key": "reason", "type": "textarea", "label": {"en": "Reason", "zh-CN": "原因"}, "visibleWhen": "kind == 'special'", "requiredWhen": "kind == 'special'"}""",
        """{"key": "region", "type": "select", "label": "Region", "options": [{"value": "north", "label": "North"}, {"value": "south", "label": "South"}]}""",
        """{"key": "city", "type": "select", "label": "City", "optionsDependOn": "region", "options": [{"value": "bj", "label": "Beijing", "when": ["north"]}, {"value": "gz", "label": "Guangzhou", "when": ["south"]}, {"value": "any", "label": "Anywhere"}]}""",
        """{"key": "lines", "type": "subform", "label": "Lines", "minRows": 1, "maxRows": 3, "fields": [{"key": "qty", "type": "number", "label": "Qty", "required": true, "min": 1}, {"key": "price", "type": "money", "label": "Price", "defaultValue": 10}, {"key": "amount", "type": "formula", "label": "Amount", "formula": "row.qty * row.price"}]}""",
        """{"key": "total", "type": "formula", "label": "Total", "formula": "SUM(lines.amount)"}""");
}
