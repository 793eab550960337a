using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace FlowChannel.Web.Api.PublicForms;

/// <summary>
/// The captcha-free check of a public link: opening the form hands out a ticket, signed by the app, naming the form and
/// when it was opened. A submission needs a ticket for its form that is at least <see cref="MinimumFillTime"/> old
/// (people take longer than that to fill in a form; scripts do not) and at most <see cref="Lifetime"/>.
/// </summary>
public sealed class PublicFormTickets(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan MinimumFillTime = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly IDataProtector _protector = protection.CreateProtector("FlowChannel.PublicFormTicket.v1");

    public string Issue(string formId) =>
        _protector.Protect(formId + "|" + clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <returns>Null when the ticket is good; otherwise why it is not.</returns>
    public string? Check(string formId, string? ticket)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return "The submission has no ticket; open the form's link again.";
        }
        string payload;
        try
        {
            payload = _protector.Unprotect(ticket);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return "The ticket is not valid; open the form's link again.";
        }
        var parts = payload.Split('|');
        if (parts.Length != 2 || parts[0] != formId || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return "The ticket belongs to another form; open this form's link again.";
        }
        var age = clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        return age < MinimumFillTime ? "The form was sent too quickly after it was opened; please try again."
            : age > Lifetime ? "The form was opened too long ago; open the link again."
            : null;
    }
}
