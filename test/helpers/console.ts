/**
 * Bad settings log one console.error by design; tests that provoke them keep the output
 * quiet, or capture the calls to count them.
 */
export async function capturingConsoleErrors<T>(run: () => Promise<T>): Promise<{ result: T; calls: unknown[][] }> {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args);
  try {
    return { result: await run(), calls };
  } finally {
    console.error = original;
  }
}

/** Runs with console.error silenced and returns what `run` returns. */
export async function quietly<T>(run: () => Promise<T>): Promise<T> {
  return (await capturingConsoleErrors(run)).result;
}
