using System.Collections.Concurrent;
using System.Data.Common;
using Rasd.Store.Abstractions;

namespace Rasd.Web.Hosting;

/// <summary>
/// A bounded set of open stores. A store instance serves one thread at a time and opening one runs
/// the migration check, so requests borrow an open instance and give it back instead of opening
/// their own; when all are lent, a request waits for one.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly Func<IArticleStore> _open;
    private readonly ConcurrentBag<IArticleStore> _idle = [];
    private readonly SemaphoreSlim _slots;
    private bool _disposed;

    public StorePool(Func<IArticleStore> open, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        _open = open;
        _slots = new SemaphoreSlim(size, size);
        // Opened once at start, so that a store that cannot be opened stops the server with its reason.
        _idle.Add(open());
    }

    public string Backend
    {
        get
        {
            using var lease = Rent();
            return lease.Store.Backend;
        }
    }

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

    /// <summary>Runs work on a borrowed store; a store whose connection failed is closed rather than lent again.</summary>
    public async ValueTask<T> UseAsync<T>(Func<IArticleStore, T> work, CancellationToken cancellation)
    {
        using var lease = await RentAsync(cancellation).ConfigureAwait(false);
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
            return new StoreLease(this, store);
        }
        try
        {
            return new StoreLease(this, _open());
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    internal void Return(IArticleStore store, bool broken)
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
}

/// <summary>A borrowed store, given back when disposed; <see cref="Discard"/> closes it instead (after a connection failure).</summary>
public sealed class StoreLease(StorePool pool, IArticleStore store) : IDisposable
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
            pool.Return(Store, _broken);
        }
    }
}
