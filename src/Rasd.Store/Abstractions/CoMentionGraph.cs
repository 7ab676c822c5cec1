namespace Rasd.Store.Abstractions;

/// <summary>The entity co-mention graph: nodes are entities, an edge weight counts the original articles naming both.</summary>
public sealed record CoMentionGraph(IReadOnlyList<EntitySummary> Nodes, IReadOnlyList<CoMentionEdge> Edges);

/// <summary>An undirected edge, <see cref="Source"/> ordinally before <see cref="Target"/>.</summary>
public sealed record CoMentionEdge(string Source, string Target, long Weight);
