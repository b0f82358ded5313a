package hadath.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory a run needed: the peak of the Java heap (summed over the heap pools' peaks, as the JVM's own
 * MXBeans record them) and the peak resident set size of the process ({@code VmHWM} in
 * {@code /proc/self/status}, Linux only; -1 elsewhere).
 */
public record MemoryFigures(long peakHeapBytes, long liveHeapBytes, long peakRssBytes) {

    /** Figures now; {@code liveHeapBytes} is the heap in use after a full collection. */
    public static MemoryFigures now() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new MemoryFigures(peak, live, peakRss());
    }

    /** Starts peak tracking afresh, so the next {@link #now()} covers only what runs after this. */
    public static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakRss() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return kib(line) * 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** "VmHWM:	  123456 kB" → 123456. */
    static long kib(String line) {
        return Long.parseLong(line.substring(line.indexOf(':') + 1).replace("kB", "").strip());
    }

    public static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }
}
