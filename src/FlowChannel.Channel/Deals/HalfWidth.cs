namespace FlowChannel.Channel.Deals;

/// <summary>Full-width forms (全角) typed by Chinese input methods, folded to their ASCII equivalents.</summary>
internal static class HalfWidth
{
    private const char FirstFullWidth = '\uFF01';
    private const char LastFullWidth = '\uFF5E';
    private const int Offset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= FirstFullWidth and <= LastFullWidth => (char)(c - Offset),
                    IdeographicSpace => ' ',
                    _ => c,
                };
            }
        });
}
