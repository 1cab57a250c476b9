import "@fontsource-variable/fraunces"
import "@fontsource-variable/inter"
import "./globals.css"
import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { SITE_URL } from "@/lib/site"

export const metadata: Metadata = {
  // Canonical and Open Graph addresses are absolute, as search engines require.
  metadataBase: new URL(SITE_URL),
  title: { default: "Stillpoint — meditation cushions", template: "%s · Stillpoint" },
  description: "Zafus, zabutons, benches and bolsters, sewn to last. A quiet shop for a steady practice.",
}

export const viewport: Viewport = { themeColor: "#f4efe6", width: "device-width", initialScale: 1 }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
