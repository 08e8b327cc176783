package org.dateline.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs the items of some work on the calling thread and the common fork-join pool: each thread
 * takes the next few items in order until none is left, so items start in about the order given
 * (put the costliest first) and no thread waits long for another at the end. A parallel stream
 * instead cuts its items into about four pieces a pool thread up front; on two cores (one pool
 * thread and the caller) one core then idles while the other finishes the last quarter. What an
 * item throws is thrown here, once every thread has stopped taking items.
 *
 * <pre>{@code
 * Parallel.forEach(articles, article -> render(article));
 * List<Article> assembled = Parallel.map(stories.size(), i -> assemble(stories.get(i)));
 * }</pre>
 */
public final class Parallel {
  /** How many takes a thread makes at the least, when all take alike. */
  static final int TAKES_PER_THREAD = 16;

  private Parallel() {}

  /** Calls {@code action} with every number from 0 to {@code count - 1}, lower ones first. */
  public static void forEach(int count, IntConsumer action) {
    if (count <= 0) {
      return;
    }
    int grain = grain(count);
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failed = new AtomicReference<>();
    Runnable take = () -> {
      try {
        for (int start = next.getAndAdd(grain); start < count; start = next.getAndAdd(grain)) {
          for (int i = start; i < Math.min(count, start + grain); i++) {
            action.accept(i);
          }
        }
      } catch (RuntimeException e) {
        next.set(count); // no more takes
        if (!failed.compareAndSet(null, e)) {
          failed.get().addSuppressed(e);
        }
      }
    };
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), (count - 1) / grain);
    List<ForkJoinTask<?>> forked = new ArrayList<>(helpers);
    for (int h = 0; h < helpers; h++) {
      forked.add(ForkJoinTask.adapt(take).fork());
    }
    take.run();
    forked.forEach(ForkJoinTask::join);
    // what the item threw itself, not the copy that the pool makes of what another thread threw
    if (failed.get() != null) {
      throw failed.get();
    }
  }

  /** Calls {@code action} with every item of {@code items}, the first ones first. */
  public static <T> void forEach(List<T> items, Consumer<? super T> action) {
    forEach(items.size(), i -> action.accept(items.get(i)));
  }

  /** {@code function} of every number from 0 to {@code count - 1}, in that order (nulls kept). */
  @SuppressWarnings("unchecked")
  public static <T> List<T> map(int count, IntFunction<? extends T> function) {
    Object[] results = new Object[count];
    forEach(count, i -> results[i] = function.apply(i));
    return Collections.unmodifiableList((List<T>) Arrays.asList(results));
  }

  /** How many items a thread takes at once. */
  static int grain(int count) {
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1; // the calling thread works too
    return Math.max(1, count / (threads * TAKES_PER_THREAD));
  }
}
