using Rasd.Data;
using Rasd.Stages;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;

namespace Rasd.Store.Tests.Support;

/// <summary>Runs the ingest service the way <c>rasd ingest</c> does, in process.</summary>
internal static class Ingestion
{
    public static IngestSummary Ingest(IArticleStore store, params string[] paths) =>
        new IngestService(store, DefaultPipeline.Create(KnowledgeBase.Default), new IngestOptions { BatchSize = 4 })
            .Run(new ArticleSources().Read(paths));
}
