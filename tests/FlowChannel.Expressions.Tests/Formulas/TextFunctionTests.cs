using static FlowChannel.Expressions.Tests.Formulas.Formula;

namespace FlowChannel.Expressions.Tests.Formulas;

public sealed class TextFunctionTests
{
    [Theory]
    [InlineData("CONCATENATE('No. ', quantity, '-', true)", "\"No. 3-TRUE\"")]
    [InlineData("CONCATENATE('a', empty, nothing, 'b')", "\"ab\"")]
    [InlineData("CONCATENATE(0.1 + 0.2)", "\"0.3\"")]
    [InlineData("CONCATENATE()", "\"\"")]
    public void Concatenate_joins_texts(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("TEXT(1234.567, '0.00')", "\"1234.57\"")]
    [InlineData("TEXT(2.675, '0.00')", "\"2.68\"")]
    [InlineData("TEXT(1234567.891, '#,##0')", "\"1,234,568\"")]
    [InlineData("TEXT(1234567.891, '#,##0.00')", "\"1,234,567.89\"")]
    [InlineData("TEXT(0.285, '0.0%')", "\"28.5%\"")]
    [InlineData("TEXT(7, '000')", "\"007\"")]
    [InlineData("TEXT(signed, 'yyyy-MM-dd')", "\"2024-02-29\"")]
    [InlineData("TEXT(signed, 'yyyy/mm/dd')", "\"2024/02/29\"")]
    [InlineData("TEXT('2024-03-05T14:07:09', 'yyyy-MM-dd hh:mm:ss')", "\"2024-03-05 14:07:09\"")]
    [InlineData("TEXT(signed, 'd')", "\"29\"")]
    [InlineData("TEXT(empty, '0.00')", "\"\"")]
    [InlineData("TEXT('abc', '0.00')", "\"abc\"")]
    public void Text_formats_numbers_and_dates_with_excel_codes(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Text_with_a_date_format_for_a_number_is_an_error() =>
        Assert.Contains("date format", Fails("TEXT(1234, 'yyyy-MM-dd')").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("VALUE('123.45')", "123.45")]
    [InlineData("VALUE(' 1,234.5 ')", "1234.5")]
    [InlineData("VALUE('12%')", "0.12")]
    [InlineData("VALUE(42)", "42")]
    [InlineData("VALUE(empty)", "null")]
    public void Value_reads_numbers_from_text(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Value_of_text_that_is_not_a_number_is_a_value_error() =>
        Assert.Contains("#VALUE!", Fails("VALUE('abc')").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("LEFT('Sale Price', 4)", "\"Sale\"")]
    [InlineData("LEFT('Sweden')", "\"S\"")]
    [InlineData("LEFT('abc', 10)", "\"abc\"")]
    [InlineData("LEFT(empty, 2)", "\"\"")]
    [InlineData("RIGHT('Sale Price', 5)", "\"Price\"")]
    [InlineData("RIGHT('Stock Number')", "\"r\"")]
    [InlineData("RIGHT('abc', 0)", "\"\"")]
    [InlineData("MID('Fluid Flow', 1, 5)", "\"Fluid\"")]
    [InlineData("MID('Fluid Flow', 7, 20)", "\"Flow\"")]
    [InlineData("MID('Fluid Flow', 20, 5)", "\"\"")]
    [InlineData("LEN('Phoenix, AZ')", "11")]
    [InlineData("LEN('订单号')", "3")]
    [InlineData("LEN(empty)", "0")]
    [InlineData("LEN(nothing)", "0")]
    public void Left_right_mid_len_work_on_characters(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("LEFT('abc', -1)")]
    [InlineData("MID('abc', 0, 1)")]
    [InlineData("MID('abc', 1, -1)")]
    public void Negative_lengths_and_positions_below_one_are_value_errors(string formula) =>
        Assert.Contains("#VALUE!", Fails(formula).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("UPPER('total')", "\"TOTAL\"")]
    [InlineData("LOWER('E. E. Cummings')", "\"e. e. cummings\"")]
    [InlineData("UPPER(empty)", "\"\"")]
    [InlineData("TRIM(customer)", "\"Ada Lovelace\"")]
    [InlineData("TRIM(' First Quarter   Earnings ')", "\"First Quarter Earnings\"")]
    [InlineData("TRIM(nothing)", "\"\"")]
    public void Case_and_trim_follow_excel(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("REPLACE('abcdefghijk', 6, 5, '*')", "\"abcde*k\"")]
    [InlineData("REPLACE('2009', 3, 2, '10')", "\"2010\"")]
    [InlineData("REPLACE('123456', 1, 3, '@')", "\"@456\"")]
    [InlineData("REPLACE('abc', 10, 1, 'Z')", "\"abcZ\"")]
    [InlineData("REPLACE(empty, 1, 0, 'x')", "\"x\"")]
    public void Replace_replaces_characters_by_position(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("CONTAINS('Invoice 2024', '2024')", "true")]
    [InlineData("CONTAINS('Invoice', 'invoice')", "false")]
    [InlineData("CONTAINS(tags, 'vip')", "true")]
    [InlineData("CONTAINS(tags, 'vi')", "false")]
    [InlineData("CONTAINS(empty, 'x')", "false")]
    [InlineData("CONTAINS('abc', '')", "true")]
    public void Contains_tests_substrings_or_array_items(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Uuid_returns_a_new_lowercase_guid_each_call()
    {
        var first = Eval("UUID()");
        var second = Eval("UUID()");
        Assert.Matches("^\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"$", first);
        Assert.NotEqual(first, second);
    }
}
