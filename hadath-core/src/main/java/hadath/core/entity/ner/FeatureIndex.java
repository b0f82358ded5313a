package hadath.core.entity.ner;

/**
 * Feature hash → dense index, by open addressing. Training grows it with {@link #add}; a model builds
 * one in its constructor and only reads it afterwards, which makes concurrent lookups safe.
 *
 * <p>Each slot is two longs side by side, the hash and its index: a lookup (about fifty per token when
 * tagging, nearly all in a table far bigger than the CPU cache) then touches one cache line, not one in an
 * array of hashes and another in an array of indexes.
 */
final class FeatureIndex {

    /** {@code slots[2 * s]} is a hash (0: empty), {@code slots[2 * s + 1]} its index. */
    private long[] slots;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[2 * capacity];
    }

    /** Indexes {@code keys[i]} as {@code i}. */
    static FeatureIndex of(long[] keys) {
        FeatureIndex index = new FeatureIndex(keys.length);
        for (long k : keys) {
            index.add(k);
        }
        if (index.size != keys.length) {
            throw new IllegalArgumentException("duplicate feature hashes in a model: " + (keys.length - index.size));
        }
        return index;
    }

    int size() {
        return size;
    }

    private int capacity() {
        return slots.length >> 1;
    }

    /** The index of a hash, or -1. */
    int get(long key) {
        int mask = capacity() - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            long k = slots[2 * slot];
            if (k == key) {
                return (int) slots[2 * slot + 1];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** The index of a hash, adding it as the next index when it is new. */
    int add(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("0 is not a feature hash");
        }
        if (2 * (size + 1) > capacity()) {
            grow();
        }
        int mask = capacity() - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            long k = slots[2 * slot];
            if (k == key) {
                return (int) slots[2 * slot + 1];
            }
            if (k == 0) {
                slots[2 * slot] = key;
                slots[2 * slot + 1] = size;
                return size++;
            }
        }
    }

    /** The hashes in index order. */
    long[] keys() {
        long[] out = new long[size];
        for (int slot = 0; slot < capacity(); slot++) {
            if (slots[2 * slot] != 0) {
                out[(int) slots[2 * slot + 1]] = slots[2 * slot];
            }
        }
        return out;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = capacity() - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = spread(old[i]) & mask;
                while (slots[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = old[i];
                slots[2 * slot + 1] = old[i + 1];
            }
        }
    }

    private static int spread(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
