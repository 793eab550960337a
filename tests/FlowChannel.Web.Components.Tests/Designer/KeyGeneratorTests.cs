using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

public sealed class KeyGeneratorTests
{
    [Theory]
    [InlineData("Contact phone", "contactPhone")]
    [InlineData("2 contacts", "contacts")]
    [InlineData("VAT ID", "vatId")]
    [InlineData("联系电话", "text")]
    [InlineData("Row", "row2")]
    public void Keys_come_from_the_label_or_the_type_and_never_take_a_reserved_name(string label, string expected) =>
        Assert.Equal(expected, KeyGenerator.FromLabel(label, "text", []));

    [Fact]
    public void A_taken_key_gets_the_next_free_number_ignoring_case() =>
        Assert.Equal("amount3", KeyGenerator.FromLabel("Amount", "money", ["AMOUNT", "amount2"]));
}
