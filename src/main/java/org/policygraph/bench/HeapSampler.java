package org.policygraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use of a run, two ways: the peak of used heap sampled every few milliseconds (what the run needed at most,
 * plus garbage not yet collected, so it grows with the maximum heap allowed), and the peak of heap still in use right
 * after a garbage collection (what the run kept alive, the figure that decides whether it fits a smaller heap).
 */
public final class HeapSampler implements AutoCloseable {
    private static final double MB = 1024.0 * 1024.0;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener afterGc = this::afterGc;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakAfterGc;
    private long phasePeakAfterGc;

    public HeapSampler(long periodMillis) {
        peak = memory.getHeapMemoryUsage().getUsed();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(afterGc, null, null);
                emitters.add(e);
            }
        }
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void afterGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        synchronized (this) {
            peakAfterGc = Math.max(peakAfterGc, used);
            phasePeakAfterGc = Math.max(phasePeakAfterGc, used);
        }
    }

    public double peakMb() { return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / MB; }

    /** Peak of heap in use right after a collection (0 when no collection ran). */
    public double peakAfterGcMb() { return peakAfterGc / MB; }

    /** The peak of heap in use after a collection since the previous call (or the start), in MB; starts the next phase. */
    public synchronized double endPhaseAfterGcMb() {
        double mb = phasePeakAfterGc / MB;
        phasePeakAfterGc = 0;
        return mb;
    }

    /** The maximum heap of this JVM (-Xmx). */
    public double maxMb() { return memory.getHeapMemoryUsage().getMax() / MB; }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(afterGc);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
