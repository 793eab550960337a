namespace FlowChannel.Forms.Schema;

/// <summary>One tab of a <see cref="FieldType.Tabs"/> item or one column of a <see cref="FieldType.Columns"/> item.</summary>
/// <param name="Label">The tab's title; columns have none.</param>
/// <param name="Items">The fields and layout items inside, in order.</param>
public sealed record LayoutPane(LocalizedText? Label, IReadOnlyList<FieldDefinition> Items);
