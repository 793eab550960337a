namespace FlowChannel.Application.Setup;

/// <summary>A user created at first start, with the password to print once (null when it came from the environment).</summary>
public sealed record SeededCredential(string UserName, string Role, string? GeneratedPassword);
