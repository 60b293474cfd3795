import { useEffect, useState } from 'react';

const TICK_MS = 30_000;

/**
 * "Now" on the server's clock: the offset between the board's `generatedAt` and the device's
 * clock when it arrived, plus a local clock ticking every 30 s (a tablet's clock may be off).
 */
export function useServerNow(generatedAt: string | undefined): number {
  const [offset, setOffset] = useState(0);
  const [local, setLocal] = useState(() => Date.now());

  useEffect(() => {
    if (!generatedAt) return;
    const server = Date.parse(generatedAt);
    const here = Date.now();
    if (!Number.isNaN(server)) setOffset(server - here);
    setLocal(here);
  }, [generatedAt]);

  useEffect(() => {
    const timer = window.setInterval(() => setLocal(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  return local + offset;
}
