namespace FlowChannel.Application.Dashboards.Summaries;

/// <summary>
/// The summary email in each language, as Scriban (Liquid) templates over <c>dashboard</c> (title, link), <c>due</c>
/// (the week's date) and <c>figures</c> (title, value, versus, comparison, attainment — already formatted).
/// </summary>
internal static class SummaryTemplates
{
    public const string SubjectEn = "{{ dashboard.title }} · weekly summary {{ due }}";
    public const string SubjectZh = "{{ dashboard.title }} · 每周摘要 {{ due }}";

    public const string BodyEn = """
        <h2>{{ dashboard.title }}</h2>
        <p>Your figures for the week of {{ due }}, counted from the records you may see.</p>
        <table>
        {%- for f in figures %}
        <tr><td>{{ f.title }}</td><td style="text-align:right"><b>{{ f.value }}</b></td><td>{% if f.comparison %}{{ f.versus }} {{ f.comparison }}{% endif %}{% if f.attainment %} ({{ f.attainment }}){% endif %}</td></tr>
        {%- endfor %}
        </table>
        <p><a href="{{ dashboard.link }}">Open the dashboard</a></p>
        """;

    public const string BodyZh = """
        <h2>{{ dashboard.title }}</h2>
        <p>以下是 {{ due }} 当周的数据，按您可查看的记录统计。</p>
        <table>
        {%- for f in figures %}
        <tr><td>{{ f.title }}</td><td style="text-align:right"><b>{{ f.value }}</b></td><td>{% if f.comparison %}{{ f.versus }} {{ f.comparison }}{% endif %}{% if f.attainment %}（{{ f.attainment }}）{% endif %}</td></tr>
        {%- endfor %}
        </table>
        <p><a href="{{ dashboard.link }}">打开仪表盘</a></p>
        """;
}
