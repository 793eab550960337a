namespace FlowChannel.Forms.Schema;

/// <summary>关联数据: how a <see cref="FieldType.Link"/> field finds and shows records of another form.</summary>
/// <param name="Form">The other form's id.</param>
/// <param name="DisplayField">The other form's field whose value names a linked record.</param>
/// <param name="SearchFields">The other form's fields the picker searches; the display field when empty.</param>
/// <param name="Filter">Conditions every pickable record must meet.</param>
/// <param name="Copy">This form's field key → the other form's field key, copied when a record is picked.</param>
public sealed record LinkSettings(
    string Form,
    string DisplayField,
    IReadOnlyList<string> SearchFields,
    IReadOnlyList<RecordCondition> Filter,
    IReadOnlyDictionary<string, string> Copy);

/// <summary>关联查询: which records of another form a <see cref="FieldType.Related"/> item lists.</summary>
/// <param name="Form">The other form's id.</param>
/// <param name="Where">Conditions the listed records meet, compared with this record's current values.</param>
/// <param name="Columns">The other form's fields shown as columns.</param>
/// <param name="Limit">At most this many rows are shown.</param>
public sealed record RelatedSettings(string Form, IReadOnlyList<RecordCondition> Where, IReadOnlyList<string> Columns, int Limit);

/// <summary>数据联动: a default pulled from the first record of another form that matches conditions on current values.</summary>
/// <param name="Form">The other form's id.</param>
/// <param name="Where">Conditions the record must meet, compared with this record's current values.</param>
/// <param name="Take">The other form's field whose value becomes this field's default.</param>
public sealed record DataLinkage(string Form, IReadOnlyList<RecordCondition> Where, string Take);

/// <summary>Options read from another form's records instead of a static list.</summary>
/// <param name="Form">The other form's id.</param>
/// <param name="ValueField">The other form's field stored as the option value.</param>
/// <param name="LabelField">The other form's field shown; the value field when null.</param>
/// <param name="Filter">Conditions the records giving options must meet.</param>
public sealed record OptionSource(string Form, string ValueField, string? LabelField, IReadOnlyList<RecordCondition> Filter);
