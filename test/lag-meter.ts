// Measures how long the main thread was blocked: the longest gap between ticks of a 10 ms timer (the bot's
// gateway heartbeats are timers too, so they would have been as late).
export function lagMeter(): { stop(): number } {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  return { stop: () => { clearInterval(timer); return worst; } };
}
