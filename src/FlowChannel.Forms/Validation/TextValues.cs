using System.Text.RegularExpressions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>Text, textarea, email, phone and url values: trimmed strings checked for length, format and pattern.</summary>
internal static class TextValues
{
    internal static JsonNode? Normalize(FieldDefinition field, InputValue value, ErrorSink sink)
    {
        if (value.Text is not { } text)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        var valid = field.Type switch
        {
            FieldType.Email => Require(ContactFormats.IsEmail(text), field, sink, FieldErrorCodes.Email, ValidationText.Email(sink.Chinese)),
            FieldType.Phone => Require(ContactFormats.IsPhone(text), field, sink, FieldErrorCodes.Phone, ValidationText.Phone(sink.Chinese)),
            FieldType.Url => Require(IsWebAddress(text), field, sink, FieldErrorCodes.Url, ValidationText.Url(sink.Chinese)),
            _ => true,
        };

        // Non-short-circuiting '&' so every broken rule is reported, not just the first.
        valid &= CheckLength(field, text, sink) & CheckPattern(field, text, sink);
        return valid ? JsonValue.Create(text) : null;
    }

    // Only absolute http(s): a "javascript:" or "data:" address shown as a link would run in the reader's browser.
    private static bool IsWebAddress(string text) =>
        text.Length <= MaxUrlLength && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    private const int MaxUrlLength = 2048;

    private static bool Require(bool condition, FieldDefinition field, ErrorSink sink, string code, string detail)
    {
        if (!condition)
        {
            sink.Add(field, field.Key, code, detail);
        }

        return condition;
    }

    private static bool CheckLength(FieldDefinition field, string text, ErrorSink sink)
    {
        if (field.MinLength is null && field.MaxLength is null)
        {
            return true;
        }

        var length = CountCharacters(text);
        if (length < field.MinLength)
        {
            sink.Add(field, field.Key, FieldErrorCodes.MinLength, ValidationText.MinLength(sink.Chinese, field.MinLength.Value));
            return false;
        }

        if (length > field.MaxLength)
        {
            sink.Add(field, field.Key, FieldErrorCodes.MaxLength, ValidationText.MaxLength(sink.Chinese, field.MaxLength.Value));
            return false;
        }

        return true;
    }

    // Characters as people count them: an emoji or a rare CJK character outside the BMP is one, not two UTF-16 units.
    internal static int CountCharacters(string text)
    {
        var count = text.Length;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }

        return count;
    }

    private static bool CheckPattern(FieldDefinition field, string text, ErrorSink sink)
    {
        if (field.PatternRegex is not { } regex)
        {
            return true;
        }

        try
        {
            if (regex.IsMatch(text))
            {
                return true;
            }

            var detail = field.PatternMessage?.Resolve(sink.Culture) ?? ValidationText.Pattern(sink.Chinese);
            sink.Add(field, field.Key, FieldErrorCodes.Pattern, detail);
        }
        catch (RegexMatchTimeoutException)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Pattern, ValidationText.PatternTimeout(sink.Chinese));
        }

        return false;
    }
}
