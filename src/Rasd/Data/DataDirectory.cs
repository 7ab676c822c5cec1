namespace Rasd.Data;

/// <summary>
/// Finds the folder of data files: <c>RASD_DATA</c> when set, else the <c>data</c> folder shipped
/// beside the assemblies, else the <c>data</c> folder of the source tree above the working folder.
/// </summary>
public static class DataDirectory
{
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("RASD_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new DirectoryNotFoundException($"RASD_DATA points at {fromEnvironment}, which does not exist");
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(beside))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "lexicons", "calendar.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("no data folder found beside the program or above the working folder (set RASD_DATA)");
    }
}
