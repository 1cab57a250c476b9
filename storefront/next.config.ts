import type { NextConfig } from "next"

const backendUrl = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")

const config: NextConfig = {
  // The test harness builds into its own folder so it never overwrites the shop's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  images: {
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
