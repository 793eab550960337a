namespace FlowChannel.Forms.Schema;

/// <summary>
/// How much of a form's row a field takes (<c>"width"</c>): fields narrower than the row sit side by side while they
/// fit, and every field takes the whole row at phone width. Written in lower case in the schema.
/// </summary>
public enum FieldWidth
{
    Full,
    Half,
    Third,
    Quarter,
}
