import type { Observable, Subscription } from 'rxjs';

/**
 * An rxjs stream as the AsyncIterator graphql-js subscribes to. Subscribes lazily; return()
 * (client unsubscribed, socket closed) unsubscribes. Keeps at most `maxBuffered` values for a
 * slow reader, dropping the oldest: each value only says "re-read", so the newest suffices.
 */
export function toAsyncIterator<T>(source: Observable<T>, maxBuffered = 50): AsyncIterableIterator<T> {
  const buffered: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let failure: { error: unknown } | undefined;
  let done = false;
  let subscription: Subscription | undefined;

  const finish = (): void => {
    done = true;
    subscription?.unsubscribe();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };
  const start = (): void => {
    subscription ??= source.subscribe({
      next: (value) => {
        const resolve = waiting.shift();
        if (resolve) resolve({ value, done: false });
        else if (buffered.push(value) > maxBuffered) buffered.shift();
      },
      error: (error: unknown) => {
        failure = { error };
        finish();
      },
      complete: () => {
        // Values still buffered are delivered before the end.
        done = true;
        for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
      },
    });
  };

  return {
    next(): Promise<IteratorResult<T>> {
      start();
      if (buffered.length) return Promise.resolve({ value: buffered.shift() as T, done: false });
      if (failure) {
        const { error } = failure;
        failure = undefined;
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return(): Promise<IteratorResult<T>> {
      buffered.length = 0;
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
