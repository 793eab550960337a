using FlowChannel.Application.Common;
using FlowChannel.Application.Packs;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Web.Api;

/// <summary>Reads an uploaded pack body, refusing it past the archive limit without holding more than that in memory.</summary>
internal static class PackUpload
{
    public static async Task<PackSource> ReadAsync(HttpRequest request, PackLimits limits, CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is not (PackApi.ZipMediaType or "application/x-zip-compressed" or "application/octet-stream"))
        {
            throw new InvalidInputException("The pack is invalid.",
                [new FieldError("file", "unsupportedFormat", $"Send the pack as {PackApi.ZipMediaType}, not '{request.ContentType}'.")]);
        }
        if (request.ContentLength > limits.MaxArchiveBytes)
        {
            throw TooLarge(limits);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxArchiveBytes)
            {
                throw TooLarge(limits);
            }
        }
        buffer.Position = 0;
        return PackReader.ReadZip(buffer, limits).SourceOrThrow();
    }

    private static PackImportException TooLarge(PackLimits limits) =>
        new([new PackError("", "", $"The archive is larger than {limits.MaxArchiveBytes / (1024 * 1024)} MB.")]);
}
