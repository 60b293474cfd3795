import { AsyncLocalStorage } from 'node:async_hooks';
// exceljs' own dependency, so the very instance it loads (a nested copy would fail xlsx-cleanup.spec.ts).
import tmp from 'tmp';
import { logger } from '../../common/logger';

type Remove = (done?: (error?: Error) => void) => void;
type FileCreated = (error: Error | null, path: string, fd: number, remove: Remove) => void;

const scope = new AsyncLocalStorage<Set<Remove>>();
let hooked = false;

/**
 * exceljs parks a sheet that comes before the shared strings in a temp file (package tmp, which
 * keeps the file open) and removes it only when iteration runs past that sheet, never when it
 * stops early or fails. So tmp.file records every file created within a scope of ours.
 */
function hookTmp(): void {
  if (hooked) return;
  hooked = true;
  const file = tmp.file.bind(tmp);
  tmp.file = (...args: unknown[]): void => {
    const created = scope.getStore();
    const callback = args.at(-1);
    if (!created || typeof callback !== 'function') return file(...args);
    const record: FileCreated = (error, path, fd, remove) => {
      if (error) return (callback as FileCreated)(error, path, fd, remove);
      // Forgotten once removed, by exceljs or by us (tmp ignores a second call, without calling back).
      const removeOnce: Remove = (done) => {
        created.delete(removeOnce);
        remove(done);
      };
      created.add(removeOnce);
      (callback as FileCreated)(error, path, fd, removeOnce);
    };
    file(...args.slice(0, -1), record);
  };
}

/** The temp files exceljs creates while reading one workbook, removed by `release`. */
export class XlsxTempFiles {
  private readonly created = new Set<Remove>();

  constructor() {
    hookTmp();
  }

  /** Runs a step of exceljs' reading (e.g. a sheet iterator's next) within this scope. */
  run<T>(step: () => T): T {
    return scope.run(this.created, step);
  }

  /** Closes and deletes the files exceljs has not removed itself. */
  async release(): Promise<void> {
    const removed = [...this.created].map(
      (remove) =>
        new Promise<void>((resolve) =>
          remove((error) => {
            if (error) logger.warn({ err: error }, 'XLSX temp file not removed');
            resolve();
          }),
        ),
    );
    await Promise.all(removed);
  }
}
