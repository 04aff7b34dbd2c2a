/**
 * Lets the worker's event loop turn (setImmediate) inside a long synchronous sweep. Vitest's worker waits at most 60 s for
 * its report calls to the main process (onTaskUpdate) and reads the answers only when the loop turns: a sweep that holds
 * the loop past that limit after a report was sent fails the run with '[vitest-worker]: Timeout calling "onTaskUpdate"'
 * though every test passed (vitest-dev/vitest#8164; seen in session 31's clean-clone CI). Awaiting this between the units
 * of a sweep changes nothing the sweep checks.
 */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
