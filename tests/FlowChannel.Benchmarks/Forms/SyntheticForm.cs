namespace FlowChannel.Benchmarks.Forms;

/// <summary>
/// A 60-field form built in code: text, number, money, select, multiselect, date, email, phone and rating in turn,
/// every field required and constrained the way real forms are (lengths, patterns, ranges, options), and one valid
/// submission of it.
/// </summary>
public static class SyntheticForm
{
    public const int FieldCount = 60;

    private static readonly string[] Types = ["text", "number", "money", "select", "multiselect", "date", "email", "phone", "rating"];

    private const string Options = """
        [{"value": "opt1", "label": {"zh-CN": "选项一", "en": "Option 1"}}, {"value": "opt2", "label": {"zh-CN": "选项二", "en": "Option 2"}},
         {"value": "opt3", "label": {"zh-CN": "选项三", "en": "Option 3"}}, {"value": "opt4", "label": {"zh-CN": "选项四", "en": "Option 4"}},
         {"value": "opt5", "label": {"zh-CN": "选项五", "en": "Option 5"}}, {"value": "opt6", "label": {"zh-CN": "选项六", "en": "Option 6"}},
         {"value": "opt7", "label": {"zh-CN": "选项七", "en": "Option 7"}}, {"value": "opt8", "label": {"zh-CN": "选项八", "en": "Option 8"}}]
        """;

    /// <summary>The form schema JSON.</summary>
    public static string SchemaJson { get; } = BuildSchema();

    /// <summary>One submission that passes validation, as the client sends it.</summary>
    public static string SubmissionJson { get; } = BuildSubmission();

    private static string Key(int i) => $"{Types[i % Types.Length]}{i:D2}";

    private static string BuildSchema()
    {
        var fields = new List<string>(FieldCount);
        for (var i = 0; i < FieldCount; i++)
        {
            var type = Types[i % Types.Length];
            var extra = type switch
            {
                "text" when i % 2 == 0 => """, "maxLength": 100, "pattern": "^[^<>]*$" """,
                "text" => """, "minLength": 2, "maxLength": 200""",
                "number" => """, "precision": 0, "min": 0, "max": 1000000""",
                "money" => """, "currency": "CNY", "min": 0, "precision": 2""",
                "select" => $""", "options": {Options}""",
                "multiselect" => $""", "maxItems": 4, "options": {Options}""",
                "email" => """, "maxLength": 254""",
                "rating" => """, "max": 5""",
                _ => "",
            };
            fields.Add($$"""
                {"key": "{{Key(i)}}", "type": "{{type}}", "label": {"zh-CN": "字段 {{i}}", "en": "Field {{i}}"}, "required": true{{extra}}}
                """);
        }

        return $$"""
            {"id": "benchmark-60", "version": 1, "title": {"zh-CN": "六十字段表单", "en": "Sixty-field form"},
             "fields": [{{string.Join(",\n", fields)}}]}
            """;
    }

    private static string BuildSubmission()
    {
        var data = new JsonObject();
        for (var i = 0; i < FieldCount; i++)
        {
            data[Key(i)] = Types[i % Types.Length] switch
            {
                "text" => $"渠道合作伙伴 {i} 号 Partner {i}",
                "number" => 40 + i,
                "money" => 12500.5m + i,
                "select" => $"opt{(i % 8) + 1}",
                "multiselect" => new JsonArray("opt1", $"opt{(i % 7) + 2}"),
                "date" => $"2025-03-{(i % 28) + 1:D2}",
                "email" => $"partner{i}@example.cn",
                "phone" => "13800138000",
                "rating" => (JsonNode)((i % 5) + 1),
                _ => throw new InvalidOperationException(),
            };
        }

        return data.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
    }
}
