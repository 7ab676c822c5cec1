using System.Collections.Concurrent;
using System.Data.Common;
using Rasd.Store.Abstractions;

namespace Rasd.Web.Hosting;

/// <summary>Which stores a request borrows: lookups by key are quick and never wait behind ranked queries.</summary>
public enum StoreLane
{
    /// <summary>Searches, lists, profiles, exports and writes.</summary>
    Queries,

    /// <summary>One article by its id.</summary>
    Lookups,
}

/// <summary>
/// Bounded sets of open stores. A store instance serves one thread at a time and opening one runs
/// the migration check, so requests borrow an open instance and give it back instead of opening
/// their own; when all of a lane's are lent, a request waits for one. Reading one article by its
/// id takes a millisecond while a ranked search over a common word takes far longer, so the two
/// have separate lanes: under load an article is never queued behind searches.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly Lane _queries;
    private readonly Lane _lookups;

    public StorePool(Func<IArticleStore> open, int queries, int lookups = 2)
    {
        _queries = new Lane(open, queries);
        _lookups = new Lane(open, lookups);
        // Opened once at start, so that a store that cannot be opened stops the server with its reason.
        using var first = _queries.Rent();
    }

    public string Backend
    {
        get
        {
            using var lease = _queries.Rent();
            return lease.Store.Backend;
        }
    }

    public StoreLease Rent(StoreLane lane = StoreLane.Queries) => Of(lane).Rent();

    public ValueTask<StoreLease> RentAsync(CancellationToken cancellation, StoreLane lane = StoreLane.Queries) => Of(lane).RentAsync(cancellation);

    /// <summary>Runs work on a borrowed store; a store whose connection failed is closed rather than lent again.</summary>
    public async ValueTask<T> UseAsync<T>(Func<IArticleStore, T> work, CancellationToken cancellation, StoreLane lane = StoreLane.Queries)
    {
        using var lease = await RentAsync(cancellation, lane).ConfigureAwait(false);
        try
        {
            return work(lease.Store);
        }
        catch (DbException)
        {
            lease.Discard();
            throw;
        }
    }

    public void Dispose()
    {
        _queries.Dispose();
        _lookups.Dispose();
    }

    private Lane Of(StoreLane lane) => lane == StoreLane.Lookups ? _lookups : _queries;

    private sealed class Lane(Func<IArticleStore> open, int size) : IDisposable
    {
        private readonly ConcurrentBag<IArticleStore> _idle = [];
        private readonly SemaphoreSlim _slots = new(Positive(size), size);
        private bool _disposed;

        public StoreLease Rent()
        {
            _slots.Wait();
            return Take();
        }

        public async ValueTask<StoreLease> RentAsync(CancellationToken cancellation)
        {
            await _slots.WaitAsync(cancellation).ConfigureAwait(false);
            return Take();
        }

        public void Dispose()
        {
            _disposed = true;
            while (_idle.TryTake(out var store))
            {
                store.Dispose();
            }
            _slots.Dispose();
        }

        private StoreLease Take()
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryTake(out var store))
            {
                return new StoreLease(this.Return, store);
            }
            try
            {
                return new StoreLease(this.Return, open());
            }
            catch
            {
                _slots.Release();
                throw;
            }
        }

        private void Return(IArticleStore store, bool broken)
        {
            if (broken || _disposed)
            {
                store.Dispose();
            }
            else
            {
                _idle.Add(store);
            }
            if (!_disposed)
            {
                _slots.Release();
            }
        }

        private static int Positive(int value)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            return value;
        }
    }
}

/// <summary>A borrowed store, given back when disposed; <see cref="Discard"/> closes it instead (after a connection failure).</summary>
public sealed class StoreLease(Action<IArticleStore, bool> giveBack, IArticleStore store) : IDisposable
{
    private bool _broken;
    private bool _returned;

    public IArticleStore Store { get; } = store;

    public void Discard() => _broken = true;

    public void Dispose()
    {
        if (!_returned)
        {
            _returned = true;
            giveBack(Store, _broken);
        }
    }
}
