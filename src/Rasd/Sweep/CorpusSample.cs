using Rasd.Input;

namespace Rasd.Sweep;

/// <summary>A fixed, repeatable sample of a corpus: every Nth article, up to a limit.</summary>
public static class CorpusSample
{
    /// <summary>
    /// Every <paramref name="every"/>th article of <paramref name="items"/>, up to <paramref name="limit"/>
    /// (0: no limit). Problems are kept wherever they fall, so a sample never hides one.
    /// </summary>
    public static IEnumerable<InputItem> Every(IEnumerable<InputItem> items, int every, int limit = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        var index = 0;
        var taken = 0;
        foreach (var item in items)
        {
            if (item.Article is null)
            {
                yield return item;
                continue;
            }
            if (index++ % every != 0)
            {
                continue;
            }
            yield return item;
            if (limit > 0 && ++taken >= limit)
            {
                yield break;
            }
        }
    }
}
