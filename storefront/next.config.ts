import type { NextConfig } from "next"

const backendUrl = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")

// Next 16 refuses to optimise images from private addresses unless told; the shop's
// backend is on this machine in development, `npm start` and the test harness.
const backendIsLocal = ["localhost", "127.0.0.1", "[::1]"].includes(backendUrl.hostname)

const config: NextConfig = {
  // The test harness builds into its own folder so it never overwrites the shop's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  images: {
    dangerouslyAllowLocalIP: backendIsLocal,
    remotePatterns: [
      {
        protocol: backendUrl.protocol.replace(":", "") as "http" | "https",
        hostname: backendUrl.hostname,
        port: backendUrl.port,
        pathname: "/static/**",
      },
    ],
  },
}

export default config
