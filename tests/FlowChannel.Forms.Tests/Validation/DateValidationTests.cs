namespace FlowChannel.Forms.Tests.Validation;

public class DateValidationTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "day", "type": "date", "label": "Day"}""",
        """{"key": "at", "type": "datetime", "label": "At"}""",
        """{"key": "time", "type": "time", "label": "Time"}""");

    [Theory]
    [InlineData("2025-03-31", "2025-03-31")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2025-3-1", "2025-03-01")]
    [InlineData("2025/03/01", "2025-03-01")]
    [InlineData("2025-03-31T00:00:00", "2025-03-31")]
    public void Dates_are_stored_as_year_month_day(string input, string stored) =>
        Assert.Equal(stored, Stored("day", input));

    [Theory]
    [InlineData("2025-03-31T09:30:00+08:00", "2025-03-31T01:30:00Z")]
    [InlineData("2025-03-31T09:30:15.250Z", "2025-03-31T09:30:15Z")]
    [InlineData("2025-03-31 09:30", "2025-03-31T09:30:00Z")]
    [InlineData("2025-03-31T09:30:00", "2025-03-31T09:30:00Z")]
    public void Date_times_are_stored_in_UTC_to_the_second(string input, string stored) =>
        Assert.Equal(stored, Stored("at", input));

    [Theory]
    [InlineData("9:05", "09:05:00")]
    [InlineData("17:45:30", "17:45:30")]
    public void Times_are_stored_as_hours_minutes_seconds(string input, string stored) =>
        Assert.Equal(stored, Stored("time", input));

    [Theory]
    [InlineData("day", "\"31/03/2025\"")]
    [InlineData("day", "\"2025-02-30\"")]
    [InlineData("day", "\"2025-02-29\"")]
    [InlineData("day", "\"2025-13-01\"")]
    [InlineData("day", "\"2025-1a-01\"")]
    [InlineData("day", "\"2025-03-30T16:00:00Z\"")]
    [InlineData("day", "20250331")]
    [InlineData("at", "\"2025-03-31\"")]
    [InlineData("at", "\"tomorrow\"")]
    [InlineData("time", "\"25:00\"")]
    [InlineData("time", "\"9am\"")]
    public void Unreadable_or_ambiguous_dates_are_type_errors(string key, string value)
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, $$"""{"{{key}}": {{value}}}"""));

        Assert.Equal((key, "type"), (error.Path, error.Code));
    }

    private static string Stored(string key, string input) =>
        TestForms.AssertValid(Schema, $$"""{"{{key}}": "{{input}}"}""").Data[key]!.GetValue<string>();
}
