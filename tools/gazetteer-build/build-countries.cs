#:property InvariantGlobalization=false
#:property PublishAot=false

// Builds data/gazetteer/countries.json for Rasd.
//
//   dotnet run build-countries.cs                 # write the output
//   dotnet run build-countries.cs -- --check      # only compare with the existing output (exit 1 if it differs)
//   dotnet run build-countries.cs -- --tsv PATH --variants PATH --out PATH
//
// Inputs (defaults are relative to this file):
//   --tsv       ../../../shared/data/gazetteers/countries-ar/countries_ar.tsv  (mledoze/countries, ODbL)
//   --variants  ./country-variants.json                                         (hand-maintained)
//   --out       ../../data/gazetteer/countries.json
// plus the CLDR Arabic region names that .NET reads from ICU: new RegionInfo("ar-XX").NativeName.
// The CLDR part depends on the ICU version of the machine; the run fails if ICU is not available
// (InvariantGlobalization) instead of silently writing a file without CLDR names.
//
// Name order per country: hand names (country-variants.json, most common news spelling first),
// then tsv name_ar_common, CLDR, tsv name_ar_official, native_ar_common, native_ar_official;
// all normalised (diacritics, tatweel, bidi marks and parenthesised parts removed, " - " -> " "),
// minus the per-country "exclude" list, and de-duplicated on the folded form Rasd matches on
// (alef forms, ى/ي and ة/ه are one letter each there), keeping the first spelling.

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

var scriptDir = Path.GetDirectoryName(ScriptPath())!;
string tsvPath = Path.Combine(scriptDir, "..", "..", "..", "shared", "data", "gazetteers", "countries-ar", "countries_ar.tsv");
string variantsPath = Path.Combine(scriptDir, "country-variants.json");
string outPath = Path.Combine(scriptDir, "..", "..", "data", "gazetteer", "countries.json");
bool checkOnly = false;

for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--tsv": tsvPath = args[++i]; break;
        case "--variants": variantsPath = args[++i]; break;
        case "--out": outPath = args[++i]; break;
        case "--check": checkOnly = true; break;
        default:
            Console.Error.WriteLine($"unknown argument: {args[i]}");
            return 2;
    }
}

var errors = new List<string>();
var warnings = new List<string>();

// ---- inputs ---------------------------------------------------------------------------------
var tsv = ReadTsv(Path.GetFullPath(tsvPath));
var variantsRoot = JsonNode.Parse(File.ReadAllText(Path.GetFullPath(variantsPath), Encoding.UTF8))
    ?? throw new InvalidDataException("empty variants file");
var variants = variantsRoot["countries"]?.AsObject()
    ?? throw new InvalidDataException("variants file has no \"countries\" object");

foreach (var (code, _) in variants)
    if (!tsv.ContainsKey(code)) errors.Add($"{code}: in country-variants.json but not in the tsv");

// ---- CLDR preflight: fail rather than silently write a file without CLDR names -----------------
try
{
    var probe = new RegionInfo("ar-EG").NativeName;
    if (!probe.Contains('\u0645')) throw new InvalidOperationException($"got \"{probe}\"");
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine($"error: no Arabic CLDR data from ICU ({e.Message}); is InvariantGlobalization on or libicu missing?");
    return 1;
}

// ---- build ----------------------------------------------------------------------------------
var countries = new List<Country>();
foreach (var code in tsv.Keys.OrderBy(k => k, StringComparer.Ordinal))
{
    var row = tsv[code];
    var v = variants[code]?.AsObject();
    if (v is null) warnings.Add($"{code}: no entry in country-variants.json (no nisba, no capital)");

    var cldr = CldrArabicName(code, errors);

    var exclude = Strings(v?["exclude"]).Select(Normalize).ToHashSet(StringComparer.Ordinal);
    var usedExcludes = new HashSet<string>(StringComparer.Ordinal);

    var candidates = new List<string>();
    candidates.AddRange(Strings(v?["names"]));
    var handCount = candidates.Count;
    candidates.Add(row["name_ar_common"]);
    if (cldr is not null) candidates.Add(cldr);
    candidates.Add(row["name_ar_official"]);
    candidates.Add(row["native_ar_common"]);
    candidates.Add(row["native_ar_official"]);

    var names = new List<string>();
    var folds = new Dictionary<string, string>(StringComparer.Ordinal);
    for (int k = 0; k < candidates.Count; k++)
    {
        var n = Normalize(candidates[k]);
        if (n.Length == 0) continue;
        if (exclude.Contains(n)) { usedExcludes.Add(n); continue; }
        if (!IsArabicName(n)) { errors.Add($"{code}: name \"{n}\" has characters other than Arabic letters and single spaces (add it to \"exclude\")"); continue; }
        // Rasd matches on folded text (ArabicNormalizer.Fold), so spellings that differ only in
        // alef/hamza seat, ى/ي or ة/ه are one form: keep the first (hand-written, hamza-correct) one.
        if (folds.TryGetValue(Fold(n), out var kept))
        {
            if (k < handCount && kept != n) warnings.Add($"{code}: hand name \"{n}\" folds to the same form as \"{kept}\" (drop it)");
            continue;
        }
        folds[Fold(n)] = n;
        names.Add(n);
    }
    foreach (var e in exclude.Except(usedExcludes))
        warnings.Add($"{code}: exclude \"{e}\" matched nothing");
    if (names.Count == 0) errors.Add($"{code}: no Arabic name");

    var nisba = new List<string>();
    foreach (var raw in Strings(v?["nisba"]))
    {
        var n = Normalize(raw);
        if (n.Length == 0) continue;
        if (nisba.Any(x => Fold(x) == Fold(n))) { warnings.Add($"{code}: nisba \"{n}\" folds to the same form as an earlier one (drop it)"); continue; }
        if (!IsArabicName(n) || n.Contains(' ')) { errors.Add($"{code}: nisba \"{n}\" must be one Arabic word"); continue; }
        if (n.StartsWith("ال", StringComparison.Ordinal) && n.Length > 4) warnings.Add($"{code}: nisba \"{n}\" starts with ال");
        if (n.EndsWith('ة')) errors.Add($"{code}: nisba \"{n}\" ends with ة");
        nisba.Add(n);
    }

    Capital? capital = null;
    if (v is not null && v.ContainsKey("capital") && v["capital"] is JsonObject cap)
    {
        var id = cap["id"]?.GetValue<string>() ?? "";
        var nameEn = cap["name_en"]?.GetValue<string>() ?? "";
        var capNames = new List<string>();
        foreach (var n in Strings(cap["names"]).Select(Normalize).Where(s => s.Length > 0))
        {
            if (capNames.Any(x => Fold(x) == Fold(n))) { warnings.Add($"{code}: capital name \"{n}\" folds to the same form as an earlier one (drop it)"); continue; }
            capNames.Add(n);
        }
        if (!Regex.IsMatch(id, "^city:[a-z0-9]+(-[a-z0-9]+)*$")) errors.Add($"{code}: bad capital id \"{id}\"");
        if (nameEn.Length == 0) errors.Add($"{code}: capital without name_en");
        if (capNames.Count == 0) errors.Add($"{code}: capital without Arabic names");
        foreach (var n in capNames)
            if (!IsArabicName(n)) errors.Add($"{code}: capital name \"{n}\" is not plain Arabic");
        capital = new Capital(id, nameEn, capNames);
    }

    var nameEnCountry = v?["name_en"]?.GetValue<string>() ?? row["name_en_common"];
    countries.Add(new Country(code, nameEnCountry, names, nisba, capital));
}

// ---- cross checks ---------------------------------------------------------------------------
// Names are compared folded, as Rasd's matcher sees them.
var owner = new Dictionary<string, string>(StringComparer.Ordinal);
void Claim(string name, string who)
{
    var key = Fold(name);
    if (owner.TryGetValue(key, out var other) && other != who)
        errors.Add($"name \"{name}\" is used by both {other} and {who}");
    else
        owner[key] = who;
}
foreach (var c in countries)
    foreach (var n in c.Names) Claim(n, c.Code);
foreach (var c in countries.Where(c => c.Capital is not null))
    foreach (var n in c.Capital!.Names) Claim(n, c.Capital.Id);

var nisbaOwner = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var c in countries)
    foreach (var n in c.Nisba)
        if (!nisbaOwner.TryAdd(Fold(n), c.Code)) errors.Add($"nisba \"{n}\" is used by both {nisbaOwner[Fold(n)]} and {c.Code}");

foreach (var g in countries.Where(c => c.Capital is not null).GroupBy(c => c.Capital!.Id).Where(g => g.Count() > 1))
    errors.Add($"capital id {g.Key} is used by {string.Join(", ", g.Select(c => c.Code))}");

foreach (var w in warnings) Console.Error.WriteLine("warning: " + w);
if (errors.Count > 0)
{
    foreach (var e in errors) Console.Error.WriteLine("error: " + e);
    return 1;
}

// ---- output ---------------------------------------------------------------------------------
var text = Render(countries);
var outFull = Path.GetFullPath(outPath);
if (checkOnly)
{
    var current = File.Exists(outFull) ? File.ReadAllText(outFull, Encoding.UTF8) : "";
    if (current != text)
    {
        Console.Error.WriteLine($"{outFull} is not up to date (run without --check)");
        return 1;
    }
    Console.WriteLine($"{outFull} is up to date ({countries.Count} countries)");
    return 0;
}
Directory.CreateDirectory(Path.GetDirectoryName(outFull)!);
File.WriteAllText(outFull, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.WriteLine($"wrote {outFull}: {countries.Count} countries, {countries.Sum(c => c.Names.Count)} names, " +
                  $"{countries.Sum(c => c.Nisba.Count)} nisba stems, {countries.Count(c => c.Capital is not null)} capitals");
return 0;

// ---- helpers --------------------------------------------------------------------------------
static string ScriptPath([CallerFilePath] string path = "") => path;

static Dictionary<string, Dictionary<string, string>> ReadTsv(string path)
{
    var lines = File.ReadAllLines(path, Encoding.UTF8);
    var header = lines[0].Split('\t');
    var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
    foreach (var line in lines.Skip(1))
    {
        if (line.Length == 0) continue;
        var cells = line.Split('\t');
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++) row[header[i]] = i < cells.Length ? cells[i].Trim() : "";
        result[row["cca2"]] = row;
    }
    return result;
}

static string? CldrArabicName(string code, List<string> errors)
{
    string name;
    try
    {
        name = new RegionInfo("ar-" + code).NativeName;
    }
    catch (ArgumentException)
    {
        return null; // region unknown to this ICU; the tsv names still apply
    }
    if (!name.Any(ch => ch >= '\u0621' && ch <= '\u064A'))
    {
        errors.Add($"{code}: CLDR name \"{name}\" is not Arabic - is ICU missing (InvariantGlobalization)?");
        return null;
    }
    return name;
}

static IEnumerable<string> Strings(JsonNode? node) =>
    node is JsonArray a ? a.Select(x => x?.GetValue<string>() ?? "") : [];

static string Normalize(string s)
{
    s = s.Normalize(NormalizationForm.FormC);
    s = Regex.Replace(s, @"\s*[\(\[][^\)\]]*[\)\]]", "");                   // parenthesised parts
    s = Regex.Replace(s, "[\u064B-\u065F\u0670\u0640\u200E\u200F\u061C]", ""); // harakat, dagger alef, tatweel, bidi marks
    s = Regex.Replace(s, @"\s*[-\u2010-\u2015]\s*", " ");                     // hyphens / dashes
    s = Regex.Replace(s, @"\s+", " ").Trim();
    return s;
}

// The letter folding of Rasd's ArabicNormalizer.Fold (alef forms -> ا, ى -> ي, ة -> ه); names here
// carry no diacritics, tatweel or digits, so nothing else of that folding applies.
static string Fold(string s) =>
    s.Replace('\u0623', '\u0627').Replace('\u0625', '\u0627').Replace('\u0622', '\u0627')
     .Replace('\u0671', '\u0627').Replace('\u0649', '\u064A').Replace('\u0629', '\u0647');

static bool IsArabicName(string s) =>
    Regex.IsMatch(s, "^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$");

static string Render(List<Country> countries)
{
    var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    var sb = new StringBuilder("[\n");
    for (int i = 0; i < countries.Count; i++)
    {
        var c = countries[i];
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, options))
        {
            w.WriteStartObject();
            w.WriteString("code", c.Code);
            w.WriteString("name_en", c.NameEn);
            WriteArray(w, "names", c.Names);
            WriteArray(w, "nisba", c.Nisba);
            if (c.Capital is null)
                w.WriteNull("capital");
            else
            {
                w.WriteStartObject("capital");
                w.WriteString("id", c.Capital.Id);
                w.WriteString("name_en", c.Capital.NameEn);
                WriteArray(w, "names", c.Capital.Names);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        sb.Append(Encoding.UTF8.GetString(ms.ToArray()));
        sb.Append(i + 1 < countries.Count ? ",\n" : "\n");
    }
    return sb.Append("]\n").ToString();
}

static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<string> items)
{
    w.WriteStartArray(name);
    foreach (var s in items) w.WriteStringValue(s);
    w.WriteEndArray();
}

record Capital(string Id, string NameEn, List<string> Names);
record Country(string Code, string NameEn, List<string> Names, List<string> Nisba, Capital? Capital);
