import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { notFound } from "next/navigation"
import { CACHE_TAGS } from "@stillpoint/shop-contracts"
import { REGION_CURRENCY, isRegionKey } from "../region"
import { storeFetch } from "./fetch"
import type { Region, RegionKey } from "./types"

function toRegion(key: RegionKey, region: HttpTypes.StoreRegion): Region {
  return {
    key,
    id: region.id,
    name: region.name,
    currency: region.currency_code,
    countries: (region.countries ?? [])
      .map((c) => ({ code: (c.iso_2 ?? "").toLowerCase(), name: c.display_name ?? c.name ?? c.iso_2 ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }
}

export async function listRegions(): Promise<Region[]> {
  const { regions } = await storeFetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries", limit: 20 },
    tags: [CACHE_TAGS.regions],
  })
  return (Object.keys(REGION_CURRENCY) as RegionKey[]).flatMap((key) => {
    const region = regions.find((r) => r.currency_code === REGION_CURRENCY[key])
    return region ? [toRegion(key, region)] : []
  })
}

/** The Medusa region behind a URL key; a 404 page for anything else. */
export async function getRegion(key: string): Promise<Region> {
  if (!isRegionKey(key)) notFound()
  const region = (await listRegions()).find((r) => r.key === key)
  if (!region) throw new Error(`No Medusa region with currency ${REGION_CURRENCY[key]}`)
  return region
}
