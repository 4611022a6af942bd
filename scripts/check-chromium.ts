/** Stops `npm test` at once, with one sentence, when the browser tests would find no Chromium. */
import { findChromium } from "./chromium";

try {
  findChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
