namespace FlowChannel.Application.Setup;

/// <summary>A user created at first start or by a pack's sample data, with the password to show once (null when it came from the environment).</summary>
public sealed record SeededCredential(string UserName, string Role, string? GeneratedPassword);
