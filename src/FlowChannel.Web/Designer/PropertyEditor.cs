using System.Text.Json.Nodes;

namespace FlowChannel.Web.Designer;

/// <summary>
/// Property changes from the panel, one undo step each. The key follows the English label while it still looks
/// generated and no published version has it; a key typed by hand, or a published one, stays.
/// </summary>
public sealed class PropertyEditor(FormDocument document)
{
    public FormDocument Document { get; } = document;

    public JsonObject? Item(string item) => SchemaPointer.Resolve(Document.Root, item) as JsonObject;

    /// <summary>Sets a property, or removes it when <paramref name="value"/> is null or an empty string.</summary>
    public void Set(string item, string property, JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0)
        {
            value = null;
        }
        Document.Edit(root =>
        {
            if (SchemaPointer.Resolve(root, item) is not JsonObject node)
            {
                return;
            }
            if (value is null)
            {
                node.Remove(property);
            }
            else
            {
                node[property] = value.DeepClone();
            }
        });
    }

    /// <summary>The text of a localized property in one culture ("zh-CN", "en"); a plain string counts as every culture's.</summary>
    public static string? Text(JsonObject? node, string property, string culture) => node?[property] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonObject texts => texts[culture]?.GetValue<string>(),
        _ => null,
    };

    public void SetText(string item, string property, string culture, string? text)
    {
        var node = Item(item);
        if (node is null)
        {
            return;
        }
        var texts = node[property] switch
        {
            JsonObject existing => existing.DeepClone().AsObject(),
            JsonValue plain when plain.TryGetValue<string>(out var s) => new JsonObject { ["en"] = s },
            _ => new JsonObject(),
        };
        if (string.IsNullOrEmpty(text))
        {
            texts.Remove(culture);
        }
        else
        {
            texts[culture] = text;
        }
        var newKey = property == "label" && culture == "en" ? FollowingKey(item, node, text) : null;
        Document.Edit(root =>
        {
            var target = (JsonObject)SchemaPointer.Resolve(root, item)!;
            target[property] = texts.Count == 0 ? null : texts;
            if (texts.Count == 0)
            {
                target.Remove(property);
            }
            if (newKey is not null)
            {
                target["key"] = newKey;
            }
        });
    }

    public bool KeyLocked(string item) => SchemaItems.KeyOf(Item(item)) is { } key && Document.LockedKeys.Contains(key);

    private string? FollowingKey(string item, JsonObject node, string? label)
    {
        var key = SchemaItems.KeyOf(node);
        var type = SchemaItems.TypeOf(node);
        if (key is null || type is null || Document.LockedKeys.Contains(key) || KeyGenerator.Stem(label).Length == 0)
        {
            return null;
        }
        var oldStem = KeyGenerator.Stem(Text(node, "label", "en"));
        var typeName = FieldTypeNames.Of(type.Value);
        var unnumbered = key.TrimEnd("0123456789".ToCharArray());
        if (unnumbered != oldStem && unnumbered != typeName && key != oldStem)
        {
            return null;
        }
        var list = SchemaPointer.Split(item).List;
        var others = SchemaItems.KeysInSpace(Document.Root, list).Where(k => !string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        return KeyGenerator.FromLabel(label, typeName, others);
    }
}
