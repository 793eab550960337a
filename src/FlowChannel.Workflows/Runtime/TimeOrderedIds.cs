using System.Buffers.Binary;
using System.Security.Cryptography;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// Version 7 GUIDs (RFC 9562: the time in milliseconds, then random bits), as <see cref="Guid.CreateVersion7(DateTimeOffset)"/>
/// makes them, but with the random bits taken from a per-thread buffer of cryptographic randomness. On Linux each
/// <see cref="Guid.NewGuid"/> is a system call reading the kernel's generator, and a step makes several ids.
/// </summary>
internal static class TimeOrderedIds
{
    private const int BufferSize = 512;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_used;

    public static Guid New(DateTimeOffset time)
    {
        var milliseconds = time.ToUnixTimeMilliseconds();
        if (milliseconds < 0)
        {
            // Let the runtime refuse it the way it always has.
            return Guid.CreateVersion7(time);
        }

        Span<byte> bytes = stackalloc byte[16];
        NextRandom(bytes);
        Span<byte> stamp = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(stamp, milliseconds);
        stamp[2..].CopyTo(bytes);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static void NextRandom(Span<byte> destination)
    {
        var buffer = t_random ??= new byte[BufferSize];
        if (t_used == 0 || t_used + destination.Length > BufferSize)
        {
            RandomNumberGenerator.Fill(buffer);
            t_used = 0;
        }

        var slice = buffer.AsSpan(t_used, destination.Length);
        slice.CopyTo(destination);
        // Used bytes are wiped so that nothing handed out once stays readable in memory.
        slice.Clear();
        t_used += destination.Length;
    }
}
