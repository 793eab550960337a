using FlowChannel.Expressions.Formulas;
using static FlowChannel.Expressions.Tests.Formulas.Formula;

namespace FlowChannel.Expressions.Tests.Formulas;

public sealed class DateFunctionTests
{
    [Fact]
    public void Today_is_the_date_in_the_scopes_time_zone()
    {
        Assert.Equal("\"2024-03-15\"", Eval("TODAY()"));
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var scope = Scope() with { TimeZone = shanghai };
        Assert.Equal("\"2024-03-16\"", Evaluator.Evaluate("TODAY()", scope)?.ToJsonString());
    }

    [Fact]
    public void Now_is_an_iso_date_time_with_offset()
    {
        Assert.Equal("\"2024-03-15T23:30:05Z\"", Eval("NOW()"));
        var scope = Scope() with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai") };
        Assert.Equal("\"2024-03-16T07:30:05+08:00\"", AsJson(Evaluator.Evaluate("NOW()", scope)));
    }

    [Theory]
    [InlineData("DATE(2024, 1, 31)", "\"2024-01-31\"")]
    [InlineData("DATE(2024, 14, 2)", "\"2025-02-02\"")]
    [InlineData("DATE(2024, 3, 0)", "\"2024-02-29\"")]
    [InlineData("DATE(2024, 1, -15)", "\"2023-12-16\"")]
    [InlineData("DATE(108, 1, 2)", "\"2008-01-02\"")]
    public void Date_rolls_over_months_and_days_like_excel(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Date_with_a_year_past_9999_is_a_number_error() =>
        Assert.Contains("#NUM!", Fails("DATE(10000, 1, 1)").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("YEAR(signed)", "2024")]
    [InlineData("MONTH(signed)", "2")]
    [InlineData("DAY(signed)", "29")]
    [InlineData("YEAR('2023-07-01T22:15:00+08:00')", "2023")]
    [InlineData("DAY('2023-07-01T22:15:00+08:00')", "1")]
    [InlineData("YEAR(empty)", "null")]
    [InlineData("MONTH(nothing)", "null")]
    [InlineData("DAY(missingField)", "null")]
    public void Year_month_day_read_the_date_as_written(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void A_value_that_is_not_a_date_is_a_value_error() =>
        Assert.Contains("#VALUE!", Fails("YEAR('next tuesday')").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("WEEKNUM('2012-03-09')", "10")]
    [InlineData("WEEKNUM('2012-03-09', 2)", "11")]
    [InlineData("WEEKNUM('2024-01-01')", "1")]
    [InlineData("WEEKNUM('2024-01-06')", "1")]
    [InlineData("WEEKNUM('2024-01-07')", "2")]
    [InlineData("WEEKNUM('2024-12-31')", "53")]
    [InlineData("WEEKNUM('2021-01-03', 21)", "53")]
    [InlineData("WEEKNUM('2024-01-07', 11)", "1")]
    [InlineData("WEEKNUM(empty)", "null")]
    public void Weeknum_counts_weeks_from_the_week_of_january_first(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Weeknum_with_an_unknown_return_type_is_a_number_error() =>
        Assert.Contains("#NUM!", Fails("WEEKNUM(signed, 5)").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("DATEDIF('2001-01-01', '2003-01-01', 'Y')", "2")]
    [InlineData("DATEDIF('2001-06-01', '2002-08-15', 'D')", "440")]
    [InlineData("DATEDIF('2001-06-01', '2002-08-15', 'YD')", "75")]
    [InlineData("DATEDIF('2001-06-01', '2002-08-15', 'M')", "14")]
    [InlineData("DATEDIF('2001-06-01', '2002-08-15', 'YM')", "2")]
    [InlineData("DATEDIF('2001-06-01', '2002-08-15', 'MD')", "14")]
    [InlineData("DATEDIF('2024-01-31', '2024-02-29', 'M')", "0")]
    [InlineData("DATEDIF(signed, signed, 'd')", "0")]
    [InlineData("DATEDIF(empty, due, 'D')", "null")]
    public void Datedif_counts_complete_units_between_dates(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("DATEDIF(due, signed, 'D')", "#NUM!")]
    [InlineData("DATEDIF(signed, due, 'W')", "#NUM!")]
    public void Datedif_rejects_reversed_dates_and_unknown_units(string formula, string error) =>
        Assert.Contains(error, Fails(formula).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("DAYS('2021-03-15', '2021-02-01')", "42")]
    [InlineData("DAYS(signed, due)", "-300")]
    [InlineData("DAYS('2024-01-02T23:00:00', '2024-01-01T01:00:00')", "1")]
    [InlineData("DAYS(due, empty)", "null")]
    public void Days_counts_days_from_the_second_date_to_the_first(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("DATEADD(signed, 1, 'Y')", "\"2025-02-28\"")]
    [InlineData("DATEADD('2024-01-31', 1, 'M')", "\"2024-02-29\"")]
    [InlineData("DATEADD(signed, 2, 'W')", "\"2024-03-14\"")]
    [InlineData("DATEADD(signed, -29)", "\"2024-01-31\"")]
    [InlineData("DATEADD(signed, 90, 'MI')", "\"2024-02-29T01:30:00\"")]
    [InlineData("DATEADD('2024-03-05T10:00:00+08:00', 5, 'H')", "\"2024-03-05T15:00:00+08:00\"")]
    [InlineData("DATEADD(empty, 1, 'D')", "null")]
    public void Dateadd_moves_a_date_and_keeps_its_shape(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Dateadd_with_an_unknown_unit_names_the_units() =>
        Assert.Contains("Y, M, W, D", Fails("DATEADD(signed, 1, 'Q')").Message, StringComparison.Ordinal);

    [Fact]
    public void Date_functions_compose()
    {
        var scope = new FormulaScope(new JsonObject { ["birthday"] = "1990-05-20" }) { Now = FixedNow };
        Assert.Equal("33", Evaluator.Evaluate("DATEDIF(birthday, TODAY(), 'Y')", scope)?.ToJsonString());
    }
}
