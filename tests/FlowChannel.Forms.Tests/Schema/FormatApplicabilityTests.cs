namespace FlowChannel.Forms.Tests.Schema;

/// <summary>
/// form.schema.json says per field type which properties apply (<c>if type not in [...] then property: false</c>);
/// the parser must agree both ways, or editors accept files the server refuses (or the reverse).
/// </summary>
public class FormatApplicabilityTests
{
    private static readonly JsonNode Format = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.FormSchemas, "form.schema.json")))!;

    // A value of the right shape for each property, so the only thing under test is whether it applies.
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["required"] = "true", ["readOnly"] = "true", ["placeholder"] = "\"P\"", ["requiredWhen"] = "\"true\"",
        ["readOnlyWhen"] = "\"true\"", ["validations"] = """[{"formula": "true", "message": "M"}]""", ["defaultValue"] = "\"x\"",
        ["defaultFormula"] = "\"1\"", ["defaultLink"] = """{"form": "other", "where": [{"field": "a", "value": "1"}], "take": "b"}""",
        ["minLength"] = "1", ["maxLength"] = "5", ["pattern"] = "\"^a$\"", ["patternMessage"] = "\"M\"", ["min"] = "0", ["max"] = "5",
        ["precision"] = "2", ["unit"] = "\"kg\"", ["currency"] = "\"CNY\"", ["options"] = """[{"value": "a", "label": "A"}]""",
        ["optionsFrom"] = """{"form": "other", "valueField": "v"}""", ["optionsDependOn"] = "\"other\"", ["maxItems"] = "2",
        ["accept"] = """["image/*"]""", ["maxSize"] = "1000", ["unique"] = "true", ["level"] = "\"city\"", ["detail"] = "false",
        ["format"] = "\"A-{seq:3}\"", ["formula"] = "\"1\"", ["resultType"] = "\"number\"",
        ["link"] = """{"form": "other", "displayField": "name"}""",
        ["related"] = """{"form": "other", "where": [{"field": "a", "value": "1"}], "columns": ["a"]}""",
        ["fields"] = """[{"key": "c", "type": "text", "label": "C"}]""", ["minRows"] = "1", ["maxRows"] = "2", ["defaultRows"] = "[]",
        ["tabs"] = """[{"label": "T", "fields": [{"key": "t1", "type": "text", "label": "T1"}]}]""",
        ["columns"] = """[{"fields": [{"key": "c1", "type": "text", "label": "C1"}]}, {"fields": [{"key": "c2", "type": "text", "label": "C2"}]}]""",
    };

    private static readonly List<string> Types =
        Format["$defs"]!["field"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    /// <summary>Each property the format restricts, with the types it applies to.</summary>
    public static TheoryData<string, string[]> Restricted()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var rule in Format["$defs"]!["field"]!["allOf"]!.AsArray())
        {
            if (rule?["if"]?["properties"]?["type"]?["not"] is not { } negated || rule["then"]?["properties"] is not JsonObject then)
            {
                continue;
            }

            var applies = negated["enum"]?.AsArray().Select(n => n!.GetValue<string>()).ToArray() ?? [negated["const"]!.GetValue<string>()];
            foreach (var (property, value) in then)
            {
                if (value?.GetValueKind() == JsonValueKind.False)
                {
                    data.Add(property, applies);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_property_of_a_field_is_described_with_its_applicability()
    {
        var described = Restricted().Select(c => (string)c[0]).Order(StringComparer.Ordinal).ToList();
        var properties = Format["$defs"]!["field"]!["properties"]!.AsObject().Select(p => p.Key)
            .Except(["key", "type", "label", "help", "hidden", "visibleWhen", "width"]).Order(StringComparer.Ordinal);

        Assert.Equal(properties, described);
        Assert.Equal(Samples.Keys.Order(StringComparer.Ordinal), described);
    }

    [Theory]
    [MemberData(nameof(Restricted))]
    public void The_parser_applies_a_property_to_exactly_the_types_the_format_allows(string property, string[] applies)
    {
        var refused = Types.Where(type =>
        {
            var result = TestForms.ParseWithFields(
                """{"key": "other", "type": "text", "label": "O"}""",
                $$"""{"key": "f", "type": "{{type}}", "label": "F", "{{property}}": {{Samples[property]}}}""");
            return result.Errors.Any(e => e.Pointer == $"/fields/1/{property}" && e.Message.Contains("does not apply", StringComparison.Ordinal));
        });

        Assert.Equal(Types.Except(applies), refused);
    }
}
