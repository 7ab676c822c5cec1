using Rasd.Data;
using Rasd.Stages;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;

namespace Rasd.Web.Tests.Support;

/// <summary>Ingests files into a store the way <c>rasd ingest</c> does, in process.</summary>
internal static class CorpusIngest
{
    public static IngestSummary Ingest(IArticleStore store, IEnumerable<string> paths) =>
        new IngestService(store, DefaultPipeline.Create(KnowledgeBase.Default), new IngestOptions { BatchSize = 16 })
            .Run(new ArticleSources().Read(paths));
}
