// A once-a-second countdown to a deadline that calls `onExpire` once when it passes.
import { useEffect, useRef, useState } from 'react';

/** Milliseconds left until `deadline` (null: no time limit), refreshed every second. */
export function useCountdown(deadline: number | null, onExpire: () => void, clock: () => number = Date.now): number | null {
  const [left, setLeft] = useState(() => (deadline === null ? null : Math.max(0, deadline - clock())));
  const expire = useRef(onExpire);
  expire.current = onExpire;
  useEffect(() => {
    if (deadline === null) return;
    let fired = false;
    const tick = () => {
      const remaining = Math.max(0, deadline - clock());
      setLeft(remaining);
      if (remaining === 0 && !fired) {
        fired = true;
        expire.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, clock]);
  return left;
}

/** Milliseconds as `mm:ss` (or `h:mm:ss`). */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}
