import type { ReactNode } from "react"

export const metadata = { title: "Stillpoint — meditation cushions and a journal" }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
