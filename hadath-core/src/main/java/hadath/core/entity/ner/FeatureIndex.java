package hadath.core.entity.ner;

/**
 * Feature hash → dense index, by open addressing. Training grows it with {@link #add}; a model builds
 * one in its constructor and only reads it afterwards, which makes concurrent lookups safe.
 */
final class FeatureIndex {

    private long[] keys;
    private int[] values;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
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

    /** The index of a hash, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
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
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == 0) {
                keys[slot] = key;
                values[slot] = size;
                return size++;
            }
        }
    }

    /** The hashes in index order. */
    long[] keys() {
        long[] out = new long[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                out[values[slot]] = keys[slot];
            }
        }
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = spread(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int spread(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
