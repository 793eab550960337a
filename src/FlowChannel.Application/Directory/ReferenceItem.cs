namespace FlowChannel.Application.Directory;

/// <summary>One choice in a picker: a user, department, linked record or sourced option.</summary>
/// <param name="Id">What the field stores (a user id, department id, record id or option value).</param>
/// <param name="Name">What the picker shows.</param>
/// <param name="Detail">A second line (an email, a parent department), when there is one.</param>
public sealed record ReferenceItem(string Id, string Name, string? Detail = null);
