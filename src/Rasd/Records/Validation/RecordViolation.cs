namespace Rasd.Records.Validation;

/// <summary>One way a record breaks the contract: where (a JSON Pointer into the record, <c>/</c> for the whole record) and why.</summary>
public sealed record RecordViolation(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
