namespace FlowChannel.Benchmarks.Records;

/// <summary>The form of the grid benchmark and a deterministic generator of its records' data.</summary>
internal static class GridBenchmarkForm
{
    public const string Id = "grid-bench";

    public static readonly string[] Regions = ["east", "north", "south", "west", "central", "northeast", "northwest", "southwest"];

    /// <summary>Stages with their share: active 40 %, lead 25 %, paused 20 %, closed 15 %.</summary>
    public static readonly string[] Stages = ["active", "active", "active", "active", "lead", "lead", "lead", "lead", "lead",
        "paused", "paused", "paused", "paused", "closed", "closed", "closed"];

    private static readonly string[] Words = ["智联", "云拓", "华东", "前海", "Tech", "Data", "Trading", "Systems", "科技", "贸易"];

    public const string SchemaJson = """
        {
          "id": "grid-bench", "version": 1, "title": "Grid benchmark partners",
          "fields": [
            {"key": "name", "type": "text", "label": "Name"},
            {"key": "region", "type": "select", "label": "Region", "options": [
              {"value": "east", "label": "East"}, {"value": "north", "label": "North"}, {"value": "south", "label": "South"},
              {"value": "west", "label": "West"}, {"value": "central", "label": "Central"}, {"value": "northeast", "label": "Northeast"},
              {"value": "northwest", "label": "Northwest"}, {"value": "southwest", "label": "Southwest"}]},
            {"key": "stage", "type": "select", "label": "Stage", "options": [
              {"value": "lead", "label": "Lead"}, {"value": "active", "label": "Active"},
              {"value": "paused", "label": "Paused"}, {"value": "closed", "label": "Closed"}]},
            {"key": "amount", "type": "money", "label": "Annual amount"},
            {"key": "signedAt", "type": "date", "label": "Signed"}
          ]
        }
        """;

    /// <summary>The data of record number <paramref name="i"/>, as the validator would store it.</summary>
    public static string Data(int i, Random random)
    {
        var name = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {i:D7}";
        var amount = Math.Round(random.NextDouble() * 1_000_000, 2);
        var signed = new DateOnly(2020, 1, 1).AddDays(random.Next(2526));
        return new JsonObject
        {
            ["name"] = name,
            ["region"] = Regions[random.Next(Regions.Length)],
            ["stage"] = Stages[random.Next(Stages.Length)],
            ["amount"] = amount,
            ["signedAt"] = signed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }.ToJsonString();
    }
}
