// A bounded number of renders at once in this instance, with a wait that ends. The limit is per
// instance on purpose (each instance has its own browser and its own memory to protect); nothing here
// needs to agree across instances.

export class SlotTimeoutError extends Error {
  constructor() {
    super("no free render slot in time");
    this.name = "SlotTimeoutError";
  }
}

export interface Slots {
  /** Runs `task` once a slot is free; rejects with SlotTimeoutError after `waitMs` in the queue. */
  run<T>(task: () => Promise<T>, waitMs: number): Promise<T>;
  /** Renders running and waiting, for measures and tests. */
  stats(): { running: number; waiting: number };
}

export function createSlots(limit: number): Slots {
  let running = 0;
  const queue: { start: () => void }[] = [];

  const release = () => {
    running -= 1;
    const next = queue.shift();
    if (next) next.start();
  };

  return {
    run<T>(task: () => Promise<T>, waitMs: number): Promise<T> {
      const execute = async (): Promise<T> => {
        running += 1;
        try {
          return await task();
        } finally {
          release();
        }
      };
      if (running < limit) return execute();
      return new Promise<T>((resolve, reject) => {
        const entry = {
          start: () => {
            clearTimeout(timer);
            execute().then(resolve, reject);
          },
        };
        const timer = setTimeout(() => {
          const at = queue.indexOf(entry);
          if (at >= 0) queue.splice(at, 1);
          reject(new SlotTimeoutError());
        }, waitMs);
        queue.push(entry);
      });
    },
    stats: () => ({ running, waiting: queue.length }),
  };
}
