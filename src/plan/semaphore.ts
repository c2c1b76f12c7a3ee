interface Waiter {
  priority: number;
  order: number;
  start: () => void;
}

/**
 * Bounds concurrent API calls. Waiting tasks start highest priority first (FIFO among equals): when applies queue
 * up, the ones on the critical path should not wait behind leaves. The queue is a binary heap, so a burst of
 * thousands of waiters (a 500-component app) costs O(n log n), not a sort per arrival.
 */
export class Semaphore {
  private active = 0;
  private sequence = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>, priority = 0): Promise<T> {
    if (this.active >= this.limit) {
      await new Promise<void>((start) => this.push({ priority, order: this.sequence++, start }));
    }
    this.active += 1;
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.pop()?.start();
    }
  }

  /** Whether `a` starts before `b`. */
  private static before(a: Waiter, b: Waiter): boolean {
    return a.priority !== b.priority ? a.priority > b.priority : a.order < b.order;
  }

  private push(waiter: Waiter): void {
    const heap = this.waiting;
    heap.push(waiter);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!Semaphore.before(heap[index]!, heap[parent]!)) break;
      [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
      index = parent;
    }
  }

  private pop(): Waiter | undefined {
    const heap = this.waiting;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || !last) return top;
    heap[0] = last;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let first = index;
      if (left < heap.length && Semaphore.before(heap[left]!, heap[first]!)) first = left;
      if (right < heap.length && Semaphore.before(heap[right]!, heap[first]!)) first = right;
      if (first === index) return top;
      [heap[index], heap[first]] = [heap[first]!, heap[index]!];
      index = first;
    }
  }
}
