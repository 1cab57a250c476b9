import "./globals.css"
import type { Metadata, Viewport } from "next"
import localFont from "next/font/local"
import type { ReactNode } from "react"
import { SITE_URL } from "@/lib/site"

export const metadata: Metadata = {
  // Canonical and Open Graph addresses are absolute, as search engines require.
  metadataBase: new URL(SITE_URL),
  title: { default: "Stillpoint — meditation cushions", template: "%s · Stillpoint" },
  description: "Zafus, zabutons, benches and bolsters, sewn to last. A quiet shop for a steady practice.",
}

/**
 * Headings only: body text is the system's own sans-serif, which needs no download. Fraunces
 * (its Latin subset, every weight in one variable file) is preloaded, and `optional`: when it
 * is not there within ~100 ms the page keeps Georgia rather than swap fonts later, so text is
 * never hidden and nothing moves once shown. The next page has it from the cache.
 */
const serif = localFont({
  src: "../fonts/fraunces-latin-wght-normal.woff2",
  weight: "100 900",
  display: "optional",
  variable: "--font-fraunces",
  adjustFontFallback: "Times New Roman",
})

export const viewport: Viewport = { themeColor: "#f4efe6", width: "device-width", initialScale: 1 }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={serif.variable}>
      <body>{children}</body>
    </html>
  )
}
