package org.sitrep.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap use between {@link #reset()} and the readings: {@link #peakBytes()}, the peak of used heap summed over the
 * heap pools (garbage included, so it grows with -Xmx), and {@link #peakLiveBytes()}, the most heap still in use
 * right after a garbage collection (what the run needs to keep: models, caches and articles in flight).
 */
final class HeapMeter {
  private final AtomicLong peakLive = new AtomicLong();

  HeapMeter() {
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) heapPools.add(p.getName());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof NotificationEmitter emitter)) continue;
      emitter.addNotificationListener((n, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long heap = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) if (heapPools.contains(e.getKey())) heap += e.getValue().getUsed();
        peakLive.accumulateAndGet(heap, Math::max);
      }, null, null);
    }
  }

  void reset() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    peakLive.set(0);
  }

  long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }

  /** The most heap in use just after a collection since {@link #reset()}; 0 when no collection ran. */
  long peakLiveBytes() { return peakLive.get(); }
}
