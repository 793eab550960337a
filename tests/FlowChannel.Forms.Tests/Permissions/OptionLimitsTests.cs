using FlowChannel.Forms.Permissions;

namespace FlowChannel.Forms.Tests.Permissions;

public class OptionLimitsTests
{
    private static readonly IReadOnlySet<string> Allowed = new HashSet<string>(["accepted", "declined"], StringComparer.Ordinal);

    [Theory]
    [InlineData("\"accepted\"", "\"new\"", null)]
    [InlineData("\"won\"", "\"new\"", "won")]
    [InlineData("\"won\"", "\"won\"", null)]
    [InlineData("\"won\"", "null", "won")]
    [InlineData("null", "\"won\"", null)]
    [InlineData("\"\"", "\"won\"", null)]
    [InlineData("[\"accepted\", \"won\"]", "[\"won\"]", null)]
    [InlineData("[\"accepted\", \"lost\"]", "[\"won\"]", "lost")]
    [InlineData("[]", "[\"won\"]", null)]
    [InlineData("[\"won\"]", "\"won\"", null)]
    public void A_value_is_refused_unless_allowed_or_already_held(string written, string kept, string? refused)
    {
        Assert.Equal(refused, OptionLimits.FirstRefused(Allowed, JsonNode.Parse(written), JsonNode.Parse(kept)));
    }

    [Fact]
    public void The_options_offered_are_the_allowed_ones_and_the_value_held_in_the_fields_own_order()
    {
        string[] options = ["new", "assigned", "accepted", "declined", "won", "lost"];

        Assert.Equal(["accepted", "declined", "won"], OptionLimits.Offered(options, o => o, Allowed, JsonValue.Create("won")));
        Assert.Equal(options, OptionLimits.Offered(options, o => o, null, null));
    }
}
