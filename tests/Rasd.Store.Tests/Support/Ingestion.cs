using Rasd.Data;
using Rasd.Stages;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;

namespace Rasd.Store.Tests.Support;

/// <summary>Runs the ingest service the way <c>rasd ingest</c> does, in process.</summary>
internal static class Ingestion
{
    public static IngestSummary Ingest(IArticleStore store, params string[] paths) => Ingest(store, batchSize: 4, paths);

    public static IngestSummary Ingest(IArticleStore store, int batchSize, params string[] paths) =>
        new IngestService(store, DefaultPipeline.Create(KnowledgeBase.Default), new IngestOptions { BatchSize = batchSize })
            .Run(new ArticleSources().Read(paths));
}
