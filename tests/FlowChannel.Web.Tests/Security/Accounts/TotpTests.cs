namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>The test's own TOTP against RFC 6238's published vectors, so a wrong helper cannot make the other tests pass.</summary>
public sealed class TotpTests
{
    // Appendix B: the SHA-1 key is the ASCII "12345678901234567890" (Base32 below); the RFC prints 8 digits, of which
    // a 6-digit code is the last six.
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Matches_the_RFC_test_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
}
