namespace FlowChannel.Forms.Tests.Validation;

/// <summary>User-authored patterns must never hang the server, whichever regex engine runs them.</summary>
public class PatternSafetyTests
{
    private const string Evil = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!";

    [Fact]
    public void Catastrophic_backtracking_pattern_completes_with_a_pattern_error()
    {
        var schema = TestForms.Schema("""{"key": "a", "type": "text", "label": "A", "pattern": "^(a+)+$"}""");

        var error = TestForms.SingleError(TestForms.Validate(schema, $$"""{"a": "{{Evil}}"}"""));

        Assert.Equal(("a", "pattern"), (error.Path, error.Code));
    }

    [Fact]
    public void Pattern_the_linear_engine_refuses_still_completes_with_a_pattern_error()
    {
        // A backreference needs the backtracking engine, which then runs under the match timeout.
        var schema = TestForms.Schema("""{"key": "a", "type": "text", "label": "A", "pattern": "^(a+)+\\1$"}""");

        var error = TestForms.SingleError(TestForms.Validate(schema, $$"""{"a": "{{Evil}}"}"""));

        Assert.Equal(("a", "pattern"), (error.Path, error.Code));
    }

    [Fact]
    public void Pattern_with_a_backreference_matches_normally()
    {
        var schema = TestForms.Schema("""{"key": "a", "type": "text", "label": "A", "pattern": "^(ab)\\1$"}""");

        Assert.True(TestForms.Validate(schema, """{"a": "abab"}""").IsValid);
        Assert.False(TestForms.Validate(schema, """{"a": "abba"}""").IsValid);
    }
}
