namespace FlowChannel.Application.Outbox;

/// <summary>Configuration section <c>FlowChannel:Http</c>: how workflow HTTP requests are sent.</summary>
public sealed class HttpOptions
{
    public const string SectionName = "FlowChannel:Http";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Responses are cut at this size: a workflow variable is not the place for a large download.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>Internal hosts, addresses or networks (CIDR) workflows may call despite the address policy, e.g. an ERP on the LAN.</summary>
    public List<string> Allow { get; set; } = [];
}
