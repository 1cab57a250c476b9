import { defineConfig } from "@playwright/test"

/**
 * Browser tests against a running shop. `npm test` starts a throwaway stack and sets
 * STOREFRONT_URL; to run them against `npm start`, set it yourself:
 *   STOREFRONT_URL=http://localhost:8000 npx playwright test -c tests/e2e/playwright.config.ts
 * Debian's Chromium drives them (never `playwright install`: it downloads browsers).
 */
export default defineConfig({
  testDir: ".",
  outputDir: "../.artifacts/playwright",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // npm test reads the skipped tests' names from the JSON report (tests/support/run-stage.ts).
  reporter: process.env.PLAYWRIGHT_JSON_REPORT ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_REPORT }]] : [["list"]],
  use: {
    baseURL: process.env.STOREFRONT_URL || "http://localhost:8000",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
})
