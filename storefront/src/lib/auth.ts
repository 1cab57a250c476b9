import "server-only"
import { redirect } from "next/navigation"
import { getCustomer } from "@/lib/medusa/customer"
import type { RegionKey } from "@/lib/medusa/types"

/** Account pages: the logged-in customer, or a redirect to the login form that comes back here. */
export async function requireCustomer(region: RegionKey, here: string) {
  const customer = await getCustomer()
  if (!customer) redirect(`/${region}/account?next=${encodeURIComponent(here)}`)
  return customer
}
