using System.IO.Compression;
using System.Text;
using FlowChannel.Application.Packs.Manifest;

namespace FlowChannel.Application.Packs.Export;

/// <summary>Writes a pack as a .zip: the manifest at the root and each file at its path.</summary>
public static class PackZipWriter
{
    public static byte[] Write(string manifestJson, IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, PackManifestReader.FileName, manifestJson);
            foreach (var (path, content) in files)
            {
                Add(zip, path, content);
            }
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string path, string content)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
