using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Liquid;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records.Print;

/// <summary>
/// Renders a record through its form's print template (the schema's root <c>printTemplate</c>: Scriban in its Liquid syntax,
/// one text or one per language) in the
/// shared Liquid sandbox. Every value of the model is HTML-encoded before the template sees it, so a record's text can
/// never become markup; only the template, written by the form's designer, does. Without a template, a plain table of
/// labels and values is printed.
/// </summary>
public sealed class PrintTemplates(ExpressionLimits limits)
{
    public const string ExtensionName = "printTemplate";

    private const string DefaultTemplate = """
        <h1>{{ form.title }}</h1>
        <table class="fields">
        {% for field in record.fields %}<tr><th>{{ field.label }}</th><td>{{ field.value }}</td></tr>
        {% endfor %}</table>
        <p class="meta">{{ record.status }} · {{ record.created_at }}</p>
        """;

    private readonly LiquidRenderer _renderer = new(limits);

    /// <summary>The body HTML of one record; <paramref name="visible"/> holds only the fields the reader may see.</summary>
    public string Render(FormSchema schema, FormRecord record, JsonObject visible, CultureInfo culture)
    {
        var template = TemplateOf(schema, culture) ?? DefaultTemplate;
        var data = new JsonObject();
        var fields = new JsonArray();
        foreach (var field in schema.Fields.Where(f => f.HasValue && visible.ContainsKey(f.Key)))
        {
            var value = Encode(JsonValueText.Of(visible[field.Key]) ?? "");
            data[field.Key] = value;
            fields.Add(new JsonObject { ["key"] = field.Key, ["label"] = Encode(field.Label.Resolve(culture)), ["value"] = value });
        }
        var model = new Dictionary<string, JsonNode?>
        {
            ["form"] = new JsonObject { ["id"] = Encode(schema.Id), ["title"] = Encode(schema.Title.Resolve(culture)) },
            ["record"] = new JsonObject
            {
                ["id"] = record.Id.ToString(),
                ["status"] = Encode(record.Status),
                ["created_at"] = record.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ["updated_at"] = record.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ["data"] = data,
                ["fields"] = fields,
            },
        };
        return _renderer.Render(template, model);
    }

    /// <summary>The form's template in the reader's language: one text for all, or one per culture (<c>{"zh-CN": …, "en": …}</c>).</summary>
    private static string? TemplateOf(FormSchema schema, CultureInfo culture)
    {
        if (schema.Extensions.GetValueOrDefault(ExtensionName) is not { } node)
        {
            return null;
        }
        try
        {
            return node.Deserialize<LocalizedText>()?.Resolve(culture) is { Length: > 0 } text ? text : null;
        }
        catch (JsonException)
        {
            // The schema check refuses anything but a string or an object of strings; an older stored form prints plainly.
            return null;
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
