import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { Footer } from "@/components/layout/Footer"
import { Header } from "@/components/layout/Header"
import { REGION_KEYS, isRegionKey } from "@/lib/region"

export function generateStaticParams() {
  return REGION_KEYS.map((region) => ({ region }))
}

export default async function RegionLayout({ children, params }: { children: ReactNode; params: Promise<{ region: string }> }) {
  const { region } = await params
  if (!isRegionKey(region)) notFound()
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <Header region={region} />
      <main id="content" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <Footer region={region} />
    </>
  )
}
