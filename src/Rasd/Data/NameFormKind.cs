namespace Rasd.Data;

/// <summary>How a surface form names its entity; decides where the form may count as a mention.</summary>
public enum NameFormKind
{
    /// <summary>A full name (روسيا الاتحادية، صادر جباروف، منظمة شنغهاي للتعاون).</summary>
    Name,

    /// <summary>A Latin acronym, matched case-sensitively (CSTO).</summary>
    Acronym,

    /// <summary>A definite nisba adjective naming a state (الروسي، القيرغيزية).</summary>
    Nisba,

    /// <summary>A family name alone, for short references after the full name.</summary>
    Surname,

    /// <summary>A form that is also an everyday word or place; it counts only in a credit context.</summary>
    CreditOnly,
}
