/**
 * Bounds concurrent API calls. Waiting tasks start highest priority first (FIFO among equals): when applies queue
 * up, the ones on the critical path should not wait behind leaves.
 */
export class Semaphore {
  private active = 0;
  private sequence = 0;
  private readonly waiting: { priority: number; order: number; start: () => void }[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>, priority = 0): Promise<T> {
    if (this.active >= this.limit) {
      await new Promise<void>((start) => {
        this.waiting.push({ priority, order: this.sequence++, start });
        this.waiting.sort((a, b) => b.priority - a.priority || a.order - b.order);
      });
    }
    this.active += 1;
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.start();
    }
  }
}
