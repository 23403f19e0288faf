/** The browser binary: `CHROME_PATH` when set, else the first known location that exists. */
export function findChrome(): string | undefined;

/** Flags for a headless run as root on a machine with no outside network. */
export function chromeArgs(): string[];
