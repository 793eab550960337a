namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// The authorization test classes share one host and one data set: setting it up (users, departments, partners'
/// records, forms) is the expensive part, and every test only reads it or adds records of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AuthorizationGroup : ICollectionFixture<AuthorizationFixture>
{
    public const string Name = "Authorization";
}
