namespace FlowChannel.Web.Components.Forms.Lookups;

/// <summary>One entry a picker offers: a user, a department, a linked record or a source option.</summary>
public sealed record PickItem(string Id, string Name, string? Detail = null);
