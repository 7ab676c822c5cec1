namespace Rasd.Data;

/// <summary>The entity types of the analysis record.</summary>
public enum EntityType
{
    Person,
    Country,
    City,
    Org,
    Agency,
    Location,
}

public static class EntityTypeNames
{
    public static string ToRecordName(this EntityType type) => type.ToString().ToLowerInvariant();
}
