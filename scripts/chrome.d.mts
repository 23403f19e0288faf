/** The browser binary: `CHROME_PATH` when set, else the first known location that exists. */
export function findChrome(): string | undefined;

/** The flags Chromium needs here (launchers add headless and a temporary profile). */
export function chromeArgs(): string[];
