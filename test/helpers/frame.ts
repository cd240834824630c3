/**
 * A turn of the event loop. Not requestAnimationFrame: the runner tests two pages at once and
 * a page in the background gets no animation frames. A message is never throttled either, nor
 * clamped to 4 ms as nested timers are.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Appends an iframe of `width` × `height` px to the test page, showing an address (`src`) or
 * HTML of our own (`srcdoc`). Returns at once, so a caller can reach the frame's window before
 * the page's scripts run; `loaded` resolves on the frame's load event.
 */
export function appendFrame(
  content: { src: string } | { srcdoc: string },
  width: number,
  height = 900,
): { frame: HTMLIFrameElement; loaded: Promise<void> } {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  if ('src' in content) frame.src = content.src;
  else frame.srcdoc = content.srcdoc;
  document.body.append(frame);
  return { frame, loaded };
}
