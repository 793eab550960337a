namespace FlowChannel.Application.Records.Import;

/// <summary>The two file types an import reads.</summary>
public enum ImportFileKind
{
    Xlsx,
    Csv,
}
