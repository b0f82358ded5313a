package hadath.core.entity.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of a trained tagger: one weight per (feature hash, label), and the label transitions.
 * Immutable once built, so one model serves every thread.
 *
 * <p>File format (gzip of big-endian data): magic {@code HNER}, format version, the features version
 * ({@link NerFeatures#VERSION}), the label count and tags, the {@code (L + 1) × L} transition weights, the
 * feature count {@code n}, {@code n} feature hashes, and {@code n × L} weights.
 */
final class NerModel {

    private static final int MAGIC = 0x484E4552;
    private static final int FORMAT = 1;
    static final int L = NerLabel.count();

    private final String featuresVersion;
    private final long[] keys;
    private final FeatureIndex index;
    private final float[] weights;
    private final float[] transitions;

    NerModel(String featuresVersion, long[] keys, float[] weights, float[] transitions) {
        if (weights.length != keys.length * L || transitions.length != (L + 1) * L) {
            throw new IllegalArgumentException("a model needs " + L + " weights per feature and " + (L + 1) * L
                    + " transitions; got " + weights.length + " for " + keys.length + " features and " + transitions.length);
        }
        this.featuresVersion = featuresVersion;
        this.keys = keys.clone();
        this.index = FeatureIndex.of(this.keys);
        this.weights = weights.clone();
        this.transitions = transitions.clone();
    }

    String featuresVersion() {
        return featuresVersion;
    }

    int features() {
        return keys.length;
    }

    float[] transitions() {
        return transitions.clone();
    }

    /** The emission scores of each token and label, {@code [i * L + y]}. */
    float[] emissions(long[][] features) {
        float[] out = new float[features.length * L];
        for (int i = 0; i < features.length; i++) {
            score(features[i], features[i].length, out, i);
        }
        return out;
    }

    /** Adds the weights of the first {@code count} features of token {@code i} to its scores in {@code out}. */
    void score(long[] features, int count, float[] out, int i) {
        for (int k = 0; k < count; k++) {
            int f = index.get(features[k]);
            if (f >= 0) {
                for (int y = 0; y < L; y++) {
                    out[i * L + y] += weights[f * L + y];
                }
            }
        }
    }

    int[] decode(long[][] features) {
        return Viterbi.decode(emissions(features), features.length, transitions);
    }

    /** The best labels of {@code n} tokens given their {@link #emissions}. */
    int[] decode(float[] emissions, int n) {
        return Viterbi.decode(emissions, n, transitions);
    }

    void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(FORMAT);
        d.writeUTF(featuresVersion);
        d.writeInt(L);
        for (int y = 0; y < L; y++) {
            d.writeUTF(NerLabel.of(y).tag());
        }
        for (float t : transitions) {
            d.writeFloat(t);
        }
        d.writeInt(keys.length);
        for (long k : keys) {
            d.writeLong(k);
        }
        for (float w : weights) {
            d.writeFloat(w);
        }
        d.flush();
        gz.finish();
    }

    static NerModel read(InputStream in, String name) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException(name + ": not a Hadath NER model (bad magic number)");
        }
        int format = d.readInt();
        if (format != FORMAT) {
            throw new IOException(name + ": model format " + format + "; this code reads format " + FORMAT);
        }
        String version = d.readUTF();
        int labels = d.readInt();
        for (int y = 0; y < labels; y++) {
            String tag = d.readUTF();
            if (labels != L || !tag.equals(NerLabel.of(y).tag())) {
                throw new IOException(name + ": model labels differ from " + java.util.Arrays.toString(NerLabel.values()));
            }
        }
        float[] transitions = new float[(L + 1) * L];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = d.readFloat();
        }
        int n = d.readInt();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = d.readLong();
        }
        float[] weights = new float[n * L];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = d.readFloat();
        }
        return new NerModel(version, keys, weights, transitions);
    }
}
