using Rasd.Text;

namespace Rasd.Data;

/// <summary>Cues of the relation topics of the contract (data/lexicons/topics.json).</summary>
public sealed class TopicLexicon
{
    public TopicLexicon(Dictionary<string, System.Text.Json.JsonElement> file)
    {
        foreach (var (topic, cues) in file)
        {
            if (topic.StartsWith('_') || cues.ValueKind != System.Text.Json.JsonValueKind.Array)
            {
                continue;
            }
            foreach (var cue in cues.EnumerateArray())
            {
                Cues.Add(cue.GetString()!, topic);
            }
        }
    }

    public PhraseMatcher<string> Cues { get; } = new();
}
