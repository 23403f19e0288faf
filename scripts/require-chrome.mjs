// Stops `npm test` / `npm run bench` with one clear line when no Chrome/Chromium can be found.
import { findChrome } from './chrome.mjs';

if (!findChrome()) {
  console.error(
    'No Chrome/Chromium found: install the Debian package `chromium` (apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
