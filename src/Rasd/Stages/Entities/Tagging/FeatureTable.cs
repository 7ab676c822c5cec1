namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Feature keys to rows of the weight matrix: open addressing with linear probing over a flat
/// array of keys at most five eighths full, so that a look-up is a multiply, a shift and usually one
/// comparison, with no object per feature. Key 0 marks an empty slot; a feature whose key is 0
/// (one chance in 2^64) is stored apart.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>Each slot's key beside its row, so that a look-up reads one place in memory, not two.</summary>
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _zeroRow = -1;

    /// <param name="keys">The key of each row, in row order; no key twice.</param>
    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        Count = keys.Length;
        var capacity = 16;
        var bits = 4;
        // At most five eighths full: a little above half costs a probe now and then, while doubling
        // the table past the caches (a model of just over 2^17 features) cost 7% of tagging speed.
        while (capacity * 5L < keys.Length * 8L)
        {
            capacity *= 2;
            bits++;
        }
        _shift = 64 - bits;
        _slots = new Slot[capacity];
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == 0)
            {
                _zeroRow = row;
                continue;
            }
            var slot = SlotOf(key);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                {
                    throw new ArgumentException($"feature key {key:x16} appears twice", nameof(keys));
                }
                slot = (slot + 1) & (capacity - 1);
            }
            _slots[slot] = new Slot(key, row);
        }
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1 when the model has no such feature.</summary>
    public int RowOf(ulong key)
    {
        if (key == 0)
        {
            return _zeroRow;
        }
        var slots = _slots;
        var mask = slots.Length - 1;
        var slot = SlotOf(key);
        while (true)
        {
            ref readonly var found = ref slots[slot];
            if (found.Key == key)
            {
                return found.Row;
            }
            if (found.Key == 0)
            {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    // Fibonacci hashing spreads keys whose low bits agree; the keys are already mixed, but cheaply so.
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Slot(ulong Key, int Row);
}
