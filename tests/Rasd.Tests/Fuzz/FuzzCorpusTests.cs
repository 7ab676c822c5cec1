using Rasd.Fuzz.Targets;

namespace Rasd.Tests.Fuzz;

/// <summary>
/// Every seed of the fuzzing corpus (fuzz/corpus) and every input a campaign found a defect with
/// (Fuzz/Inputs) passes every fuzz target: the defects stay fixed, and the targets' checks hold on
/// the inputs they start from, as afl-fuzz requires of its seeds.
/// </summary>
public sealed class FuzzCorpusTests
{
    private static readonly string[] Folders = [Path.Combine("fuzz", "corpus"), Path.Combine("tests", "Rasd.Tests", "Fuzz", "Inputs")];

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Folders.Select(f => Path.Combine(TestPaths.Repository, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                foreach (var target in FuzzTargets.All)
                {
                    data.Add(target.Name, Path.GetRelativePath(TestPaths.Repository, file));
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_keeps_every_promise_of_the_target(string target, string file) =>
        FuzzTargets.Find(target)!.Run(File.ReadAllBytes(Path.Combine(TestPaths.Repository, file)));

    [Fact]
    public void Every_target_has_seeds_of_its_own()
    {
        foreach (var target in FuzzTargets.All)
        {
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "fuzz", "corpus", target.Name)));
        }
    }

    [Fact]
    public void Seeds_stay_small_enough_for_afl_fuzz_to_mutate_quickly()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "fuzz", "corpus"), "*", SearchOption.AllDirectories))
        {
            Assert.True(new FileInfo(file).Length <= 8 * 1024, $"{file} is over 8 KiB");
        }
    }
}
