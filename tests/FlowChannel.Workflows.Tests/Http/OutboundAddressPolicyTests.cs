using System.Net;
using FlowChannel.Workflows.Http;

namespace FlowChannel.Workflows.Tests.Http;

public sealed class OutboundAddressPolicyTests
{
    private static readonly OutboundAddressPolicy Policy = OutboundAddressPolicy.Default;

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.8.9.10:8080/admin")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://017700000001/")]
    [InlineData("http://127.1/")]
    [InlineData("http://0x7f.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[::ffff:7f00:1]/")]
    [InlineData("http://[0:0:0:0:0:ffff:7f00:0001]/")]
    [InlineData("http://[64:ff9b::127.0.0.1]/")]
    [InlineData("http://[2002:7f00:1::]/")]
    [InlineData("http://[::127.0.0.1]/")]
    [InlineData("http://localhost/")]
    [InlineData("http://LOCALHOST./")]
    [InlineData("http://localhost.")]
    [InlineData("http://api.localhost/")]
    [InlineData("http://example.com@127.0.0.1/")]
    [InlineData("http://user:pass@127.0.0.1:80/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://0/")]
    [InlineData("http://[::]/")]
    public void Loopback_and_unspecified_forms_are_blocked(string url) => AssertBlocked(url);

    [Theory]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://10.255.255.255/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://172.31.255.254/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://100.127.255.254/")]
    [InlineData("http://192.0.2.2/")]
    [InlineData("http://198.18.0.1/")]
    [InlineData("http://[2001:db8::1]/")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::ffff:169.254.169.254]/latest/meta-data")]
    [InlineData("http://[::ffff:10.1.2.3]/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://[fc00::1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fe80::1%25eth0]/")]
    [InlineData("http://[ff02::1]/")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("http://239.255.255.250/")]
    [InlineData("http://255.255.255.255/")]
    [InlineData("https://0xa9fea9fe/")]
    public void Private_link_local_cgnat_and_multicast_addresses_are_blocked(string url) => AssertBlocked(url);

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/")]
    [InlineData("gopher://example.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    [InlineData("")]
    public void Other_schemes_and_non_urls_are_blocked(string url) => AssertBlocked(url);

    [Theory]
    [InlineData("http://8.8.8.8/")]
    [InlineData("https://93.184.216.34/path?q=1")]
    [InlineData("http://172.15.255.255/")]
    [InlineData("http://172.32.0.1/")]
    [InlineData("http://100.63.255.255/")]
    [InlineData("http://100.128.0.1/")]
    [InlineData("http://169.253.255.255/")]
    [InlineData("http://[2606:4700:4700::1111]/")]
    [InlineData("http://[::ffff:8.8.8.8]/")]
    public void Public_addresses_are_allowed_without_resolution(string url)
    {
        var decision = Policy.Check(url);

        Assert.True(decision.IsAllowed, decision.Reason);
        Assert.False(decision.NeedsResolution);
    }

    [Theory]
    [InlineData("https://api.example.com/v1")]
    [InlineData("http://127.0.0.1@example.com/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("http://localhost.example.com/")]
    public void Host_names_need_resolution(string url)
    {
        var decision = Policy.Check(url);

        Assert.True(decision.IsAllowed, decision.Reason);
        Assert.True(decision.NeedsResolution);
    }

    [Fact]
    public void Reason_names_the_address_and_its_kind()
    {
        var decision = Policy.Check("http://169.254.169.254/latest/meta-data");

        Assert.Contains("169.254.169.254", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("link-local", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_resolving_to_any_private_address_is_blocked()
    {
        var url = new Uri("https://rebind.example.com/");

        var decision = Policy.CheckResolved(url, [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("10.0.0.5")]);

        Assert.False(decision.IsAllowed);
        Assert.Contains("rebind.example.com", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("10.0.0.5", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_resolving_to_a_mapped_loopback_address_is_blocked() =>
        Assert.False(Policy.CheckResolved(new Uri("https://x.example.com/"), [IPAddress.Parse("::ffff:127.0.0.1")]).IsAllowed);

    [Fact]
    public void A_name_resolving_to_public_addresses_is_allowed()
    {
        var decision = Policy.CheckResolved(new Uri("https://api.example.com/"), [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("2606:2800:220:1::1")]);

        Assert.True(decision.IsAllowed, decision.Reason);
        Assert.False(decision.NeedsResolution);
    }

    [Fact]
    public void A_name_resolving_to_nothing_is_blocked() =>
        Assert.False(Policy.CheckResolved(new Uri("https://api.example.com/"), []).IsAllowed);

    [Fact]
    public void Resolved_addresses_do_not_rescue_a_blocked_literal() =>
        Assert.False(Policy.CheckResolved(new Uri("http://127.0.0.1/"), [IPAddress.Parse("8.8.8.8")]).IsAllowed);

    [Fact]
    public void Allow_listed_network_admits_its_addresses_and_no_others()
    {
        var policy = Allowing("10.20.0.0/16", "192.168.1.7");

        Assert.True(policy.Check("http://10.20.3.4/").IsAllowed);
        Assert.True(policy.Check("http://[::ffff:10.20.3.4]/").IsAllowed);
        Assert.True(policy.Check("http://192.168.1.7/").IsAllowed);
        Assert.False(policy.Check("http://192.168.1.8/").IsAllowed);
        Assert.False(policy.Check("http://10.21.0.1/").IsAllowed);
        Assert.True(policy.CheckResolved(new Uri("http://svc.corp.example/"), [IPAddress.Parse("10.20.9.9")]).IsAllowed);
        Assert.False(policy.CheckResolved(new Uri("http://svc.corp.example/"), [IPAddress.Parse("127.0.0.1")]).IsAllowed);
    }

    [Fact]
    public void Allow_listed_host_is_allowed_whatever_it_resolves_to()
    {
        var policy = Allowing("Billing.Corp.Example");

        Assert.True(policy.CheckResolved(new Uri("http://billing.corp.example./api"), [IPAddress.Parse("10.0.0.9")]).IsAllowed);
        Assert.False(policy.CheckResolved(new Uri("http://other.corp.example/"), [IPAddress.Parse("10.0.0.9")]).IsAllowed);
        Assert.False(policy.Check("ftp://billing.corp.example/").IsAllowed);
    }

    [Fact]
    public void Allow_listing_localhost_admits_it()
    {
        var policy = Allowing("localhost", "127.0.0.0/8");

        Assert.True(policy.Check("http://localhost:5000/").IsAllowed);
        Assert.True(policy.Check("http://0x7f000001/").IsAllowed);
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("not a host!")]
    [InlineData("")]
    public void Bad_allow_list_entry_is_rejected_by_name(string entry)
    {
        var error = Assert.Throws<ArgumentException>(() => Allowing(entry));

        Assert.Contains($"'{entry}'", error.Message, StringComparison.Ordinal);
    }

    private static OutboundAddressPolicy Allowing(params string[] entries)
    {
        var options = new OutboundAddressOptions();
        foreach (var entry in entries)
        {
            options.Allow.Add(entry);
        }

        return new OutboundAddressPolicy(options);
    }

    private static void AssertBlocked(string url)
    {
        var decision = Policy.Check(url);

        Assert.False(decision.IsAllowed, $"{url} was allowed");
        Assert.False(decision.NeedsResolution);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }
}
