namespace FlowChannel.Web.Components.Designer;

/// <summary>The input a plain property gets in the property panel.</summary>
public enum PropKind
{
    Text,
    Number,
    Bool,
}
