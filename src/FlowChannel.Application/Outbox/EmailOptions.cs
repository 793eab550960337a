namespace FlowChannel.Application.Outbox;

/// <summary>
/// Configuration section <c>FlowChannel:Email</c>. Without a <see cref="Host"/>, mail is written as <c>.eml</c> files
/// into <see cref="PickupDirectory"/> (development, or a mail system that collects files).
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "FlowChannel:Email";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c> or <c>None</c> (a relay on the same network only).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender when a workflow names none.</summary>
    public string DefaultFrom { get; set; } = "flowchannel@localhost";

    public string PickupDirectory { get; set; } = "data/mail-pickup";

    /// <summary>
    /// Sender addresses workflows may use besides <see cref="DefaultFrom"/>. Any other sender a workflow names is
    /// sent as <see cref="DefaultFrom"/> with the named address as Reply-To: the company's relay must not let a
    /// workflow author write as anyone.
    /// </summary>
    public List<string> AllowedSenders { get; set; } = [];
}
