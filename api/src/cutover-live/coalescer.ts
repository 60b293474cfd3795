import { UUID } from '../common/uuid';
/** One live-board change: something of this tenant (and location, if any) changed. */
export interface CutoverProgress {
  tenantId: string;
  locationId: string | null;
  at: Date;
}

/**
 * Folds bursts: the first change of a (tenant, location) opens a window of `windowMs`; every
 * further change of it inside the window is merged, and one event per key leaves at its end.
 * A 200-tick burst thus reaches browsers as a few events, each at most `windowMs` late.
 */
export class Coalescer {
  private readonly pending = new Map<string, CutoverProgress>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly windowMs: number,
    private readonly emit: (event: CutoverProgress) => void,
  ) {}

  push(event: CutoverProgress): void {
    this.pending.set(`${event.tenantId}/${event.locationId ?? ''}`, event);
    this.timer ??= setTimeout(() => this.flush(), this.windowMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const events = [...this.pending.values()];
    this.pending.clear();
    for (const event of events) this.emit(event);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}

/** The triggers' payload `{"tenantId":"…","locationId":"…"|null}`; anything else is dropped. */
export function parseNotification(payload: string | undefined, at: Date): CutoverProgress | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as { tenantId?: unknown; locationId?: unknown };
    if (typeof value.tenantId !== 'string' || !UUID.test(value.tenantId)) return null;
    const locationId = typeof value.locationId === 'string' && UUID.test(value.locationId) ? value.locationId : null;
    return { tenantId: value.tenantId, locationId, at };
  } catch {
    return null;
  }
}
