using System.Security.Cryptography;

namespace FlowChannel.Application.Setup;

/// <summary>Random first-start passwords that satisfy ASP.NET Identity's default rules.</summary>
public static class PasswordGenerator
{
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "!@#$%*-_";

    public static string Create(int length = 16)
    {
        const string all = Lower + Upper + Digits + Symbols;
        var chars = new char[length];
        // One of each class first, so the policy always passes; then shuffle them into place.
        chars[0] = Pick(Lower);
        chars[1] = Pick(Upper);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < length; i++)
        {
            chars[i] = Pick(all);
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
