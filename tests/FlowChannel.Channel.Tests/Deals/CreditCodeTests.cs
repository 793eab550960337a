using FlowChannel.Channel.Deals;

namespace FlowChannel.Channel.Tests.Deals;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91440300708461136T")]
    [InlineData("914403001922038216")]
    [InlineData("91330100716105852F")]
    [InlineData("91110108551385082Q")]
    [InlineData("91350100M000100Y43")]
    [InlineData("9144030070846113J0")]
    [InlineData("9144030070846113WY")]
    public void Published_codes_pass_the_check(string code)
    {
        var check = CreditCode.Check(code);

        Assert.True(check.IsValid);
        Assert.Null(check.Problem);
        Assert.Equal(code, check.Normalized);
    }

    [Fact]
    public void A_sum_that_leaves_no_remainder_gives_check_character_zero() =>
        Assert.Equal('0', CreditCode.CheckCharacter("9144030070846113J"));

    [Fact]
    public void Lower_case_full_width_and_spaces_are_normalised_first()
    {
        var check = CreditCode.Check(" 9144 0300 7084 6113 6t　");

        Assert.True(check.IsValid);
        Assert.Equal("91440300708461136T", check.Normalized);
        Assert.True(CreditCode.Check("９１４４０３００７０８４６１１３６Ｔ").IsValid);
    }

    [Fact]
    public void A_wrong_check_character_is_reported_with_the_expected_one()
    {
        var check = CreditCode.Check("91440300708461136X");

        Assert.Equal(CreditCodeProblem.CheckCharacterMismatch, check.Problem);
        Assert.Equal(18, check.Position);
        Assert.Equal('T', check.ExpectedCheckCharacter);
    }

    [Fact]
    public void Swapped_digits_are_caught() =>
        Assert.Equal(CreditCodeProblem.CheckCharacterMismatch, CreditCode.Check("91440300780461136T").Problem);

    [Theory]
    [InlineData("9144030070846113I0", 17)]
    [InlineData("O1440300708461136T", 1)]
    [InlineData("9144030070846113Z0", 17)]
    [InlineData("91440300708461S36T", 15)]
    [InlineData("9144030070846113-0", 17)]
    public void Characters_outside_the_code_alphabet_are_reported_with_their_position(string code, int position)
    {
        var check = CreditCode.Check(code);

        Assert.Equal(CreditCodeProblem.InvalidCharacter, check.Problem);
        Assert.Equal(position, check.Position);
    }

    [Theory]
    [InlineData("91440300708461136")]
    [InlineData("91440300708461136T0")]
    public void Codes_of_another_length_are_reported(string code) =>
        Assert.Equal(CreditCodeProblem.WrongLength, CreditCode.Check(code).Problem);

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void A_missing_code_is_reported_as_empty(string? code) =>
        Assert.Equal(CreditCodeProblem.Empty, CreditCode.Check(code).Problem);
}
