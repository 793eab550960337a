using FlowChannel.Web.Localization;

namespace FlowChannel.Web.Components.Tests.Localization;

public sealed class UiTextTests
{
    [Fact]
    public void Every_key_lives_in_exactly_one_table()
    {
        var repeated = UiText.Tables.SelectMany(t => t.Keys).GroupBy(k => k, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void Every_entry_has_both_languages()
    {
        var missing = UiText.Tables.SelectMany(t => t)
            .Where(e => string.IsNullOrWhiteSpace(e.Value.En) || string.IsNullOrWhiteSpace(e.Value.Zh))
            .Select(e => e.Key).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("en", "Users")]
    [InlineData("zh-CN", "用户")]
    public void A_key_resolves_in_the_requested_language(string culture, string expected) =>
        Assert.Equal(expected, UiText.Get("admin.Users", new CultureInfo(culture)));

    [Fact]
    public void An_unknown_key_reads_as_itself() =>
        Assert.Equal("no.such.key", UiText.Get("no.such.key", CultureInfo.InvariantCulture));
}
